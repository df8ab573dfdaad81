import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { demo } from './pages.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';

const skip = chromiumUnavailable() ?? false;

/** The issue's budget: HTML, CSS, scripts and fonts of a first visit, compressed, headers included. */
const BUDGET_BYTES = 30_000;

interface Transfer {
  url: string;
  type: string;
  bytes: number;
  encoding: string;
}

interface Visit {
  transfers: Transfer[];
  /** Bytes by kind: the budgeted ones and, apart, images and anything else. */
  totals: { document: number; stylesheet: number; script: number; font: number; budgeted: number; image: number; other: number };
  blockingScripts: number;
  images: { src: string; currentSrc: string; width: string | null; height: string | null; srcset: string; loading: string; complete: boolean }[];
}

/**
 * Loads a page in a fresh browser profile (nothing cached) on a mid-size phone and counts the
 * bytes that cross the network, as Chromium's DevTools protocol reports them (encodedDataLength:
 * compressed body plus headers).
 */
async function firstVisit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { url: string; type: string; encoding: string }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    responses.set(e.requestId, { url: e.response.url, type: e.type, encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (r) transfers.push({ ...r, bytes: e.encodedDataLength });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const blockingScripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[src]')].filter((s) => !s.hasAttribute('async') && !s.hasAttribute('defer') && s.getAttribute('type') !== 'module').length);
  const images = await page.evaluate(() => [...document.images].map((img) => ({
    src: img.getAttribute('src') ?? '', currentSrc: img.currentSrc, width: img.getAttribute('width'), height: img.getAttribute('height'),
    srcset: img.getAttribute('srcset') ?? '', loading: img.getAttribute('loading') ?? 'eager', complete: img.complete && img.naturalWidth > 0,
  })));
  await context.close();
  const sum = (types: string[]) => transfers.filter((t) => types.includes(t.type)).reduce((n, t) => n + t.bytes, 0);
  const totals = {
    document: sum(['Document']), stylesheet: sum(['Stylesheet']), script: sum(['Script']), font: sum(['Font']),
    budgeted: sum(['Document', 'Stylesheet', 'Script', 'Font']),
    image: sum(['Image']),
    other: transfers.filter((t) => !['Document', 'Stylesheet', 'Script', 'Font', 'Image'].includes(t.type)).reduce((n, t) => n + t.bytes, 0),
  };
  return { transfers, totals, blockingScripts, images };
}

describe(`page weight: a first visit transfers at most ${BUDGET_BYTES} bytes of HTML, CSS, scripts and fonts`, { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  const report: string[] = [];

  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
  });
  after(async () => {
    console.log(`First-visit transfer, bytes on the wire (budget ${BUDGET_BYTES} for HTML+CSS+JS+fonts; images apart):\n${report.join('\n')}`);
    await browser?.close();
    await site?.close();
  });

  for (const [name, path] of [
    ['homepage', '/'],
    ['homepage (Spanish)', '/es'],
    ['library', '/resources'],
    ['library (Spanish)', '/es/resources'],
    ['resource page', `/resources/${demo.original.slug}`],
    ['resource page with a download (Spanish)', `/es/resources/${demo.attachment.slug}`],
    ['find legal help', '/help'],
    ['find legal help (Spanish)', '/es/help'],
  ] as const) {
    it(`${name}: ${path}`, async () => {
      const visit = await firstVisit(browser, site.baseUrl + path);
      const { totals } = visit;
      const doc = visit.transfers.find((t) => t.type === 'Document');
      const css = visit.transfers.find((t) => t.type === 'Stylesheet');
      report.push(`  ${name.padEnd(42)} ${String(totals.budgeted).padStart(6)}  (HTML ${totals.document} ${doc?.encoding}, CSS ${totals.stylesheet} ${css?.encoding}, `
        + `JS ${totals.script}, fonts ${totals.font}; images ${totals.image}, other ${totals.other})`);
      assert.ok(doc, 'the page itself was counted');
      assert.match(doc.encoding, /^(gzip|br)$/, 'the HTML is compressed');
      for (const css of visit.transfers.filter((t) => t.type === 'Stylesheet')) assert.match(css.encoding, /^(gzip|br)$/, `${css.url} is compressed`);
      assert.equal(visit.blockingScripts, 0, 'no render-blocking script');
      // The one script is the search boxes' suggestions (public/suggest.js, deferred, under 3 KB): a
      // progressive enhancement, so every page also works without it (browse-library's journey).
      assert.deepEqual(visit.transfers.filter((t) => t.type === 'Script').map((t) => new URL(t.url).pathname), ['/suggest.js'], 'no script but the suggestions');
      assert.ok(totals.script <= 3_072, `suggestions script ${totals.script} bytes`);
      assert.ok(totals.budgeted <= BUDGET_BYTES, `${totals.budgeted} bytes > ${BUDGET_BYTES}\n${visit.transfers.map((t) => `${t.type} ${t.bytes} ${t.url}`).join('\n')}`);
      for (const img of visit.images) {
        assert.ok(img.width && img.height, `${img.src} has width and height`);
        assert.match(img.srcset, /\.webp \d+w/, `${img.src} offers WebP sizes in srcset`);
      }
    });
  }

  it('loads the hero eagerly and the other homepage images lazily, as WebP', async () => {
    const visit = await firstVisit(browser, site.baseUrl + '/');
    assert.ok(visit.images.length >= 2, 'the hero and at least one feature image');
    const [hero, ...rest] = visit.images;
    assert.equal(hero.loading, 'eager');
    assert.ok(hero.complete, 'the hero loaded');
    assert.match(hero.currentSrc, /\.webp$/);
    for (const img of rest) assert.equal(img.loading, 'lazy', img.src);
    const fetched = visit.transfers.filter((t) => t.type === 'Image');
    assert.ok(fetched.every((t) => /\.webp$/.test(t.url)), fetched.map((t) => t.url).join(', '));
  });
});
