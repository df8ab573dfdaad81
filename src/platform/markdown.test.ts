import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainParagraphs, renderMarkdown, renderMarkdownChecked } from './markdown.ts';

/** Runs `work` while a 10 ms timer ticks; returns its result and the longest gap between ticks. */
async function withLoopWatch<T>(work: () => Promise<T>): Promise<{ value: T; worstGapMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    const value = await work();
    worst = Math.max(worst, performance.now() - last);
    return { value, worstGapMs: worst };
  } finally {
    clearInterval(timer);
  }
}

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and links', async () => {
    const html = await renderMarkdown('## Heading\n\n- one\n- **two**\n\nSee [INA](https://example.org/ina) and *Matter of Pickering*.');
    assert.match(html, /<h2>Heading<\/h2>/);
    assert.match(html, /<li><strong>two<\/strong><\/li>/);
    assert.match(html, /<a href="https:\/\/example.org\/ina" rel="noopener noreferrer">INA<\/a>/);
    assert.match(html, /<em>Matter of Pickering<\/em>/);
  });

  it('removes scripts, event handlers, javascript: links and iframes', async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<a href="JaVaScRiPt:alert(4)" onclick="alert(5)">x</a>\n\n<iframe src="https://evil.example"></iframe><style>body{}</style>',
    );
    assert.doesNotMatch(html, /<script|onerror|onclick|javascript:|<iframe|<style|<img/i);
    assert.match(html, /<a>click<\/a>/);
  });

  it('demotes a top-level heading below the page title', async () => {
    assert.match(await renderMarkdown('# Title'), /^<h2>Title<\/h2>/);
  });

  it('renders "_a" × 80,000 (quadratic in the parser) off the event loop, within the time budget, as plain text', async () => {
    const text = '_a'.repeat(80_000);
    const started = performance.now();
    const { value, worstGapMs } = await withLoopWatch(() => renderMarkdownChecked(text));
    const took = performance.now() - started;
    assert.ok(worstGapMs < 200, `the event loop stalled ${Math.round(worstGapMs)} ms`);
    assert.ok(took < 6_000, `answered after ${Math.round(took)} ms`);
    assert.equal(value.formatted, false);
    assert.ok(value.html.startsWith('<p>_a_a_a'), 'the text is kept, unformatted');
    const again = await withLoopWatch(() => renderMarkdownChecked(text));
    assert.ok(again.worstGapMs < 200);
    assert.equal(again.value.html, value.html, 'the outcome is remembered, not recomputed');
  });

  it('shows text that could not be formatted as escaped paragraphs', () => {
    assert.equal(plainParagraphs('a <b>\n c & "d"\n\n\n e'), '<p>a &lt;b&gt;<br> c &amp; &quot;d&quot;</p>\n<p>e</p>');
  });
});
