import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { focused, tabTo } from './focus.ts';
import { demo, inLocale } from './pages.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';

const skip = chromiumUnavailable() ?? false;

describe('keyboard only', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
    // Reduced motion: a Tab jumps to its stop instead of scrolling smoothly, so a stop is checked
    // where it lands, not while an earlier scroll is still moving the page (a CI flake under load).
    // Smooth scrolling itself is checked below, in 'no sideways scrolling and reduced motion'.
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('skips to the main content from the first Tab on the homepage', async () => {
    await page.goto(site.baseUrl + '/');
    const first = await tabTo(page, () => true, 'the first stop', { max: 1 });
    assert.match(first.selector, /skip-link/);
    assert.equal(first.text, 'Skip to main content');
    await page.keyboard.press('Enter');
    assert.match(page.url(), /#main$/);
    assert.equal((await focused(page)).id, 'main');
    // The next stop is inside the main content, not back in the header.
    const next = await tabTo(page, () => true, 'the first link in main', { max: 1 });
    assert.ok(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)), next.selector);
  });

  it('reaches the search box, searches, skips the filters and opens a result', async () => {
    await page.goto(site.baseUrl + '/');
    await tabTo(page, (f) => f.id === 'site-search-q', 'the search box', { max: 15 });
    await page.keyboard.type('asylum');
    await Promise.all([page.waitForURL(/\/resources\?q=asylum$/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('#f-q').inputValue(), 'asylum');
    // Skip link, then the library's own "go to the results" link.
    await tabTo(page, (f) => /skip-link/.test(f.selector), 'the skip link', { max: 1 });
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.href === '#results', 'the jump to the results', { max: 3 });
    await page.keyboard.press('Enter');
    const result = await tabTo(page, (f) => f.href.startsWith('/resources/'), 'the first result', { max: 6 });
    const title = await page.locator('.result-list .card-title a').first().innerText();
    assert.equal(result.text, title.trim().slice(0, 80), 'the first result is the first link after the filter chips');
    await Promise.all([page.waitForURL(/\/resources\/[a-z0-9-]+$/), page.keyboard.press('Enter')]);
    assert.equal((await page.locator('h1').innerText()).trim(), title.trim());
  });

  it('filters the library by type with the form: select with arrow keys, submit with Space', async () => {
    await page.goto(site.baseUrl + '/resources');
    await tabTo(page, (f) => f.id === 'f-type', 'the Type select');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#f-type').inputValue();
    assert.notEqual(chosen, '', 'ArrowDown picks the first type');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Apply filters', 'the Apply filters button');
    await Promise.all([page.waitForURL(new RegExp(`type=${chosen}`)), page.keyboard.press('Space')]);
    const labels = await page.locator('.result-list .type-label').allInnerTexts();
    assert.ok(labels.length > 0);
    const name = (await page.locator('#f-type option:checked').innerText()).replace(/\s*\(.*\)$/, '');
    for (const label of labels) assert.equal(label.trim().toLowerCase(), name.trim().toLowerCase());
  });

  it('removes a filter with its chip and Enter', async () => {
    await page.goto(site.baseUrl + '/es/resources?type=practice-advisory');
    // The active filter chip comes before the filters and the results; Shift+Tab works backwards to it from the results.
    await page.locator('.result-list .card-title a').first().focus();
    const chip = await tabTo(page, (f) => f.selector === 'a' && !f.href.includes('type=') && f.href !== '/es/search-tips', 'the filter chip that removes it', { max: 25, back: true });
    await Promise.all([page.waitForURL(/\/es\/resources$/), page.keyboard.press('Enter')]);
    assert.equal(chip.href, '/es/resources');
  });

  it('shows focus on every kind of control: links, buttons, inputs, selects, pagination', async () => {
    await page.goto(site.baseUrl + '/resources');
    const kinds = new Set<string>();
    // Up to the pagination's Next link, the last control of the library (after it, the footer).
    for (let i = 0; i < 70 && !kinds.has('pagination'); i++) {
      const f = await tabTo(page, () => true, 'the next control', { max: 1 });
      kinds.add(f.tag === 'a' && f.href.includes('page=') ? 'pagination' : f.tag);
    }
    for (const kind of ['a', 'input', 'select', 'button', 'pagination']) assert.ok(kinds.has(kind), `reached a focused ${kind}: ${[...kinds].join(', ')}`);
  });
});

describe('no sideways scrolling and reduced motion', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  const paths = ['/', '/resources', `/resources?type=practice-advisory&topic=${demo.topic.slug}`, `/resources/${demo.series.slug}`,
    `/resources/${demo.attachment.slug}`, `/resources/${demo.superseded.slug}`, `/topics/${demo.topic.slug}`, '/pages/about'];

  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [name, options] of [
    ['320px wide phone', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }],
    ['200% zoom of a 1280px window (640 CSS px at scale 2)', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
  ] as const) {
    it(`fits ${name} in English and Spanish`, async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const wide: string[] = [];
      for (const locale of ['en', 'es'] as const) {
        for (const path of paths) {
          await page.goto(site.baseUrl + inLocale(path, locale));
          const { scroll, client, culprit } = await page.evaluate(() => {
            const root = document.documentElement;
            const over = [...document.querySelectorAll('body *')].find((el) => el.getBoundingClientRect().right > root.clientWidth + 1);
            return { scroll: root.scrollWidth, client: root.clientWidth, culprit: over ? `${over.tagName.toLowerCase()}.${over.className}` : '' };
          });
          if (scroll > client) wide.push(`${inLocale(path, locale)}: ${scroll} > ${client} (${culprit})`);
        }
      }
      await context.close();
      assert.deepEqual(wide, []);
    });
  }

  it('drops smooth scrolling and transitions when the visitor asks for reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(site.baseUrl + '/resources');
      const { scroll, transition } = await page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        transition: getComputedStyle(document.querySelector('.filter-form button')!).transitionDuration,
      }));
      await context.close();
      if (reducedMotion === 'reduce') {
        assert.equal(scroll, 'auto');
        assert.equal(transition, '0s');
      } else {
        assert.equal(scroll, 'smooth');
        assert.notEqual(transition, '0s');
      }
    }
  });
});
