import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';

const skip = chromiumUnavailable() ?? false;

/**
 * A visitor's journey: homepage → latest item → library → filter by type and topic → next page.
 * Run with and without JavaScript; the site must work the same.
 */
for (const javaScriptEnabled of [true, false]) {
  describe(`journey: browse the library (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, { skip }, () => {
    let site: LiveSite;
    let browser: Browser;
    let page: Page;

    before(async () => {
      site = await startSite();
      browser = await launchBrowser();
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      page = await context.newPage();
    });
    after(async () => {
      await browser?.close();
      await site?.close();
    });

    it('opens the homepage and sees the six latest items', async () => {
      const res = await page.goto(site.baseUrl + '/');
      assert.equal(res?.status(), 200);
      await page.getByRole('heading', { name: 'Latest Items' }).waitFor();
      const items = page.locator('.latest-list > li');
      assert.equal(await items.count(), 6);
      assert.match((await items.first().innerText()), /6 Nov 2024/);
      assert.equal(await page.locator('img[alt="People in a room holding American flags."]').count(), 1);
      // Shown in capitals as on the organization's site; stored and announced in its own case.
      assert.equal((await page.locator('h1.org-name').innerText()).trim(), 'IMMIGRANT LEGAL RESOURCE CENTER');
    });

    it('opens a latest item', async () => {
      const first = page.locator('.latest-list > li').first().locator('h3 a');
      const title = (await first.innerText()).trim();
      await first.click();
      await page.waitForURL(/\/resources\/[a-z0-9-]+$/);
      assert.equal((await page.locator('h1').innerText()).trim(), title);
    });

    it('goes to the library, filters by type and topic, and pages forward', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
      await page.waitForURL(/\/resources$/);
      const total = async () => Number(((await page.locator('.result-count strong').innerText()).match(/[\d,]+/)?.[0] ?? '0').replace(/,/g, ''));
      const all = await total();
      assert.ok(all > 20, `library shows ${all} resources`);
      assert.equal(await page.locator('.result-list > li').count(), 20);

      // On a phone the filters wait behind the "Filter" disclosure, which opens without JavaScript too.
      await page.locator('details.filters > summary').click();
      await page.selectOption('#f-type', 'practice-advisory');
      await Promise.all([page.waitForURL(/type=practice-advisory/), page.getByRole('button', { name: 'Apply filters' }).click()]);
      const byType = await total();
      assert.ok(byType > 0 && byType < all);
      for (const label of await page.locator('.result-list .type-label').allTextContents()) assert.equal(label.trim(), 'Practice Advisory');

      // Choose a topic with the GET form; the type filter stays, and shows as a chip and in the disclosure's count.
      assert.equal((await page.locator('details.filters > summary').innerText()).trim(), 'Filter (1)');
      await page.locator('details.filters > summary').click();
      await page.selectOption('#f-topic', { index: 1 });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/topic=/);
      assert.match(page.url(), /type=practice-advisory/);
      const byBoth = await total();
      assert.ok(byBoth > 0 && byBoth <= byType);

      // Back to the whole library and forward one page.
      await page.goto(site.baseUrl + '/resources');
      const firstPage = await page.locator('.result-list h3 a').allInnerTexts();
      await page.getByRole('link', { name: 'Next' }).click();
      await page.waitForURL(/page=2/);
      const secondPage = await page.locator('.result-list h3 a').allInnerTexts();
      assert.ok(secondPage.length > 0);
      assert.ok(secondPage.every((t) => !firstPage.includes(t)));
    });
  });
}
