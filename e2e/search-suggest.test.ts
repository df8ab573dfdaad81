import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { AXE_TAGS } from './axe.ts';
import { chromiumUnavailable, launchBrowser, livePage, startSite, type LiveSite } from './support.ts';

const skip = chromiumUnavailable() ?? false;
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Suggestions as one types (public/suggest.js): the keyboard journey, and axe with the list open. */
describe('search suggestions: keyboard and screen reader', { skip }, () => {
  // axe is injected as an init script, which the site's CSP would block: bypassed for this suite only.
  const live = livePage({ bypassCSP: true, viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' },
    (context) => context.addInitScript({ path: AXE_PATH }));

  const box = () => live.page.locator('#site-search-q');
  const options = () => live.page.locator('#site-search-q ~ [role="listbox"] [role="option"]');

  it('type, ArrowDown, Enter opens the suggestion', async () => {
    const { site, page } = live;
    await page.goto(`${site.baseUrl}/`);
    assert.equal(await box().getAttribute('role'), 'combobox');
    assert.equal(await box().getAttribute('aria-expanded'), 'false');
    await box().focus();
    await page.keyboard.type('asy');
    await options().first().waitFor();
    assert.equal(await box().getAttribute('aria-expanded'), 'true');
    const labels = await options().allInnerTexts();
    assert.ok(labels.length >= 2, labels.join(' | '));
    await page.keyboard.press('ArrowDown');
    const first = options().first();
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    assert.equal(await box().getAttribute('aria-activedescendant'), await first.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await first.getAttribute('aria-selected'), 'true', 'ArrowUp goes back');
    await Promise.all([page.waitForURL(/\/topics\/asylum$/), page.keyboard.press('Enter')]);
  });

  it('Escape closes the list and keeps what was typed; Enter then searches it', async () => {
    const { site, page } = live;
    await page.goto(`${site.baseUrl}/resources`);
    await box().focus();
    await page.keyboard.type('INA 212');
    await options().first().waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await box().getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#site-search-q ~ [role="listbox"]').isHidden(), true);
    assert.equal(await box().inputValue(), 'INA 212');
    await Promise.all([page.waitForURL(/\/resources\?q=INA\+212$/), page.keyboard.press('Enter')]);
  });

  it('has no axe violations with the list open, in the header and in the library form', async () => {
    const { site, page } = live;
    for (const [path, input] of [['/es/search-tips', '#site-search-q'], ['/resources', '#f-q']] as const) {
      await page.goto(site.baseUrl + path);
      if (input === '#f-q') await page.locator('details.filters > summary').isVisible() && await page.locator('details.filters > summary').click();
      await page.locator(input).focus();
      await page.keyboard.type('asi');
      await page.locator(`${input} ~ [role="listbox"] [role="option"]`).first().waitFor();
      await page.keyboard.press('ArrowDown');
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help}`);
      }, AXE_TAGS);
      assert.deepEqual(violations, [], path);
    }
  });
});

/** Issue 14: on a 390×844 phone, a search's first result starts within the first screen. */
describe('phone-first library', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;

  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`puts the first result of /resources?q=asylum within 700px, filters one tap away (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      for (const path of ['/resources?q=asylum', '/resources?q=asylum&lang=en']) {
        await page.goto(site.baseUrl + path);
        const top = await page.locator('.result-list > li').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        console.log(`first result's top at 390×844 on ${path}: ${Math.round(top)} px (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`);
        assert.ok(top <= 700, `${path}: ${top}px`);
      }
      // One active filter: the disclosure says so, its chip is above the results, and it opens without script.
      const summary = page.locator('details.filters > summary');
      assert.equal((await summary.innerText()).trim(), 'Filter (1)');
      assert.equal(await page.locator('.active-filters a', { hasText: 'Language: English' }).count(), 1);
      assert.equal(await page.locator('#f-type').isVisible(), false);
      await summary.click();
      assert.equal(await page.locator('#f-type').isVisible(), true);
      // One facet list, compact cards.
      assert.equal(await page.locator('.facet').count(), 0);
      assert.equal(await page.locator('.result-list .tags').count(), 0);
      await context.close();
    });
  }
});
