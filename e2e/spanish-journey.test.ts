import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tabTo } from './focus.ts';
import { chromiumUnavailable, livePage } from './support.ts';

const skip = chromiumUnavailable() ?? false;
const SPANISH = 'tarjetas-rojas-conozca-sus-derechos';

describe('a Spanish reader on a phone, keyboard only', { skip }, () => {
  const live = livePage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

  it('lands on /es, searches, opens a Spanish resource and downloads its PDF', async () => {
    const { site, page } = live;
    await page.goto(`${site.baseUrl}/es`);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await tabTo(page, (f) => f.id === 'site-search-q', 'the search box', { max: 15 });
    await page.keyboard.type('tarjeta roja');
    await Promise.all([page.waitForURL(/\/es\/resources\?q=/), page.keyboard.press('Enter')]);
    const result = await tabTo(page, (f) => f.href === `/es/resources/${SPANISH}`, 'the Spanish result', { max: 80 });
    assert.ok(result.onScreen, 'the focused result is scrolled into view');
    await Promise.all([page.waitForURL(new RegExp(`/es/resources/${SPANISH}$`)), page.keyboard.press('Enter')]);
    const download = await tabTo(page, (f) => /\/attachments\/\d+\/[^/]+\.pdf$/.test(f.href), 'the PDF link', { max: 30 });
    assert.ok(download.onScreen, 'the PDF link is on the first screen');
    assert.match(await page.locator('.downloads .meta').first().innerText(), /^PDF, \d+ KB · Español$/);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/attachments/')),
      page.keyboard.press('Enter'),
    ]);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /application\/pdf/);
  });
});
