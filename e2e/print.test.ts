import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoOrganization } from '../test/support/demo.ts';
import { demo } from './pages.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';

const skip = chromiumUnavailable() ?? false;

/** Whether an element takes up space on the page (display not none, some size). */
function shown(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
  }, selector);
}

describe('printing a resource page', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  let page: Page;

  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows a "Cite as" line on screen: title, organization, date and address', async () => {
    await page.goto(`${site.baseUrl}/resources/${demo.original.slug}`);
    const citation = (await page.locator('.citation').innerText()).replace(/\s+/g, ' ');
    assert.ok(citation.startsWith('Cite as: '), citation);
    assert.ok(citation.includes(demo.original.title), citation);
    assert.ok(citation.includes(demoOrganization.name), citation);
    assert.ok(citation.includes(`http://haven.test/resources/${demo.original.slug}`), citation);
    await page.goto(`${site.baseUrl}/es/resources/${demo.translation.slug}`);
    // Title, organization, the date in Spanish, the document number (ILRC-2017-0002), the address.
    assert.match(await page.locator('.citation').innerText(), /^Cómo citar: .+ \d{1,2} [a-z]+ \d{4}\. [A-Z][A-Z0-9]*-\d{4}-\d{4,}\. http:\/\/haven\.test\/es\/resources\//);
  });

  it('prints without navigation, search or filters, and keeps dates, citation and link addresses', async () => {
    await page.goto(`${site.baseUrl}/resources/${demo.superseded.slug}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-nav', '.site-search', '.skip-link']) assert.equal(await shown(page, hidden), false, `${hidden} is not printed`);
    for (const kept of ['h1', '.resource-meta', '.resource-meta time', '.citation', '.notice-warning']) assert.equal(await shown(page, kept), true, `${kept} is printed`);
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('.notice-warning a[href]')!, '::after').content);
    assert.match(after, /\(http:\/\/haven\.test\/resources\/[a-z0-9-]+\)/, 'the replacement resource link prints its full address');
    // Paper starts with the content: the resource (here its "replaced" notice) is at the top of the first page.
    const top = await page.evaluate(() => document.querySelector('article.resource')!.getBoundingClientRect().top);
    assert.ok(top < 60, `the content starts ${top} px down the printed page`);
    for (const hidden of ['.share']) assert.equal(await shown(page, hidden), false, `${hidden} is not printed`);
    const pdf = await page.pdf({ format: 'Letter' });
    assert.ok(pdf.length > 1000, 'Chromium prints it');
    await page.emulateMedia({ media: 'screen' });
  });
});
