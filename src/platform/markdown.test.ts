import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and links', () => {
    const html = renderMarkdown('## Heading\n\n- one\n- **two**\n\nSee [INA](https://example.org/ina) and *Matter of Pickering*.');
    assert.match(html, /<h2>Heading<\/h2>/);
    assert.match(html, /<li><strong>two<\/strong><\/li>/);
    assert.match(html, /<a href="https:\/\/example.org\/ina" rel="noopener noreferrer">INA<\/a>/);
    assert.match(html, /<em>Matter of Pickering<\/em>/);
  });

  it('removes scripts, event handlers, javascript: links and iframes', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<a href="JaVaScRiPt:alert(4)" onclick="alert(5)">x</a>\n\n<iframe src="https://evil.example"></iframe><style>body{}</style>',
    );
    assert.doesNotMatch(html, /<script|onerror|onclick|javascript:|<iframe|<style|<img/i);
    assert.match(html, /<a>click<\/a>/);
  });

  it('demotes a top-level heading below the page title', () => {
    assert.match(renderMarkdown('# Title'), /^<h2>Title<\/h2>/);
  });
});
