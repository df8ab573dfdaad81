import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { flushSearchLog } from '../src/features/search-report/search-log.ts';
import { signInWithForm, staffAccount } from './staff.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';

const skip = chromiumUnavailable() ?? false;

/** A phone browser as a visitor has it (headless Chromium's own User-Agent says "Headless" and is not counted). */
const PHONE = 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

/**
 * A visitor searches the library in Spanish without JavaScript and opens a result; the real
 * browser's Referer is what tells the site a result was followed. An editor then reads the week's
 * report with that search and that opened result in it.
 */
describe('journey: a search and the result opened show in the search report', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  let visitor: Page;

  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
    visitor = await (await browser.newContext({ javaScriptEnabled: false, userAgent: PHONE })).newPage();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('searches from the Spanish library page and opens the first result', async () => {
    await visitor.goto(`${site.baseUrl}/es/resources`);
    await visitor.locator('#f-q').fill('Asilo');
    await Promise.all([visitor.waitForURL(/\/es\/resources\?q=Asilo/), visitor.locator('#f-q').press('Enter')]);
    const first = visitor.locator('.result-list h3 a').first();
    const title = (await first.innerText()).trim();
    await Promise.all([visitor.waitForURL(/\/es\/resources\/[a-z0-9-]+$/), first.click()]);
    assert.equal((await visitor.locator('h1').innerText()).trim(), title);

    await flushSearchLog(site.env.db);
    const searches = await site.env.db.selectFrom('search_log').select(['language', 'query']).execute();
    assert.deepEqual(searches, [{ language: 'es', query: 'asilo' }]);
    const slug = new URL(visitor.url()).pathname.split('/').pop()!;
    const opened = await site.env.db.selectFrom('search_clicks').innerJoin('resources', 'resources.id', 'search_clicks.resource_id')
      .select(['search_clicks.language', 'search_clicks.query', 'resources.slug']).execute();
    assert.deepEqual(opened, [{ language: 'es', query: 'asilo', slug }], 'the browser sent the search page as Referer');
  });

  it('the editor sees that search, and the opened result, in this week’s report', async () => {
    const editor = await staffAccount(site, 'editor', 'Eva Editor');
    const page = await (await browser.newContext()).newPage();
    await signInWithForm(page, site, editor);
    await page.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Search report' }).click();
    await page.waitForURL(/\/admin\/search-report$/);
    const row = page.getByRole('table', { name: 'Most searched' }).getByRole('row', { name: /asilo/ });
    assert.deepEqual((await row.locator('th, td').allInnerTexts()).map((s) => s.trim()), ['asilo', '1', '0', '1']);
  });
});
