import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manyPagesPdf, nestedXObjectPdf, pagesPdf } from '../../test/support/hostile-pdf.ts';
import { extractPdfText, PdfUnreadableError } from './pdf-text.ts';
import { minimalPdf } from '../../test/support/factories.ts';

/** Runs `work` while a 10 ms timer ticks; returns its result and the longest gap between ticks. */
async function withLoopWatch<T>(work: () => Promise<T>): Promise<{ value: T; worstGapMs: number; ms: number }> {
  const started = performance.now();
  let last = started;
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    const value = await work();
    return { value, worstGapMs: Math.max(worst, performance.now() - last), ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

describe('PDF text extraction', () => {
  it('returns the text page by page, pages separated by a form feed as pdftotext does', async () => {
    const { text, state } = await extractPdfText(pagesPdf(['Matter of Pickering', '', 'INA 212(h) waiver']));
    assert.equal(text, 'Matter of Pickering\f\fINA 212(h) waiver');
    assert.equal(state, null);
    assert.equal(text!.split('\f')[2], 'INA 212(h) waiver', 'page 3 is the third part');
  });

  it('stops a 2 KB PDF of nested form XObjects at the time budget, off the event loop: kept, text not indexed', async () => {
    const { value, worstGapMs, ms } = await withLoopWatch(() => extractPdfText(nestedXObjectPdf(12, 4), { timeoutMs: 1000 }));
    assert.deepEqual({ text: value.text, state: value.state }, { text: null, state: 'not_indexed' });
    assert.match(value.note ?? '', /not indexed: reading it took longer than 1 s/);
    assert.ok(ms < 8_000, `gave up after ${Math.round(ms)} ms`);
    assert.ok(worstGapMs < 200, `the event loop stalled ${Math.round(worstGapMs)} ms`);
  });

  it('reads the first pages of a PDF over the page limit and marks it partly indexed', async () => {
    const { text, state, note } = await extractPdfText(manyPagesPdf(30), { maxPages: 10 });
    assert.equal(state, 'partial');
    assert.equal(text!.split('\f').length, 10);
    assert.equal(text!.split('\f')[9], 'Page 10 text');
    assert.match(note ?? '', /first 10 of 30 pages/);
  });

  it('still refuses a damaged PDF, and reads the next one normally afterwards', async () => {
    await assert.rejects(extractPdfText(new TextEncoder().encode('%PDF-1.7\nnot really')), (err) => err instanceof PdfUnreadableError && err.reason === 'unreadable');
    assert.equal((await extractPdfText(minimalPdf('After a bad one'))).text, 'After a bad one');
  });
});
