import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demo } from './pages.ts';
import { chromiumUnavailable, livePage } from './support.ts';

const skip = chromiumUnavailable() ?? false;
const PHONE = { width: 390, height: 844 };

/** The page's full height and whether anything sticks out sideways, in CSS pixels. */
function measure(page: Page) {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    header: document.querySelector('.site-header')!.getBoundingClientRect().height,
  }));
}

describe('on a 390×844 phone', { skip }, () => {
  const live = livePage({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

  for (const locale of ['', '/es']) {
    it(`shows a resource's PDF link and summary on the first screen (${locale || '/'})`, async (t) => {
      const { site, page } = live;
      await page.goto(`${site.baseUrl}${locale}/resources/${demo.attachment.slug}`);
      const link = await page.locator('.download-link').first().boundingBox();
      const summary = await page.locator('.resource > .summary').boundingBox();
      assert.ok(link && summary);
      t.diagnostic(`PDF link bottom: ${Math.round(link.y + link.height)} px (first screen: ${PHONE.height} px); summary top: ${Math.round(summary.y)} px`);
      assert.ok(link.y + link.height <= PHONE.height, `the PDF link ends at ${link.y + link.height} px`);
      assert.ok(summary.y < PHONE.height, 'the summary starts on the first screen');
      const meta = await page.locator('.downloads .meta').first().innerText();
      assert.match(meta, /^PDF, [\d.,]+ (KB|MB) · (English|Inglés)$/);
    });

    it(`keeps the homepage compact and the header whole (${locale || '/'})`, async (t) => {
      const { site, page } = live;
      await page.goto(`${site.baseUrl}${locale || '/'}`);
      const m = await measure(page);
      t.diagnostic(`homepage height: ${m.height} px (limit 3,500); header: ${Math.round(m.header)} px; sideways overflow: ${m.overflowX} px`);
      assert.ok(m.height <= 3500, `the homepage is ${m.height} px tall`);
      assert.equal(m.overflowX, 0, 'nothing is cut off sideways');
      const search = await page.locator('.site-search button').boundingBox();
      assert.ok(search && search.x + search.width <= PHONE.width, 'the header search button is inside the screen');
      assert.ok(m.header <= 180, `the header is ${m.header} px tall`);
    });
  }
});
