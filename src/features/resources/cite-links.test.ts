import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitize } from '../../platform/markdown.render.ts';
import { renderMarkdownSync } from '../../platform/markdown.render.ts';
import { linkCitations } from './cite-links.ts';

const href = (slug: string) => `/authorities/${slug}`;
const keys = new Set(['INA 212(h)', '23 I&N Dec. 621', 'Form I-601A', '8 CFR 1003.23(b)(1)']);
const link = (md: string, only = keys) => linkCitations(renderMarkdownSync(md), only, href);

describe('citations linked in a rendered body', () => {
  it('links each citation of a stored authority to its page, leaving the text as it was', () => {
    const html = link('A waiver under INA § 212(h) and Form I-601A; see 8 C.F.R. § 1003.23(b)(1).');
    assert.equal(html, '<p>A waiver under <a class="cite-link" href="/authorities/ina-212-h">INA § 212(h)</a> and <a class="cite-link" href="/authorities/form-i-601a">Form I-601A</a>; see <a class="cite-link" href="/authorities/8-cfr-1003.23-b-1">8 C.F.R. § 1003.23(b)(1)</a>.</p>\n');
    assert.equal(html.replace(/<[^>]+>/g, ''), renderMarkdownSync('A waiver under INA § 212(h) and Form I-601A; see 8 C.F.R. § 1003.23(b)(1).').replace(/<[^>]+>/g, ''));
  });

  it('reads a citation split by emphasis whole, and links each piece; ampersands stay escaped', () => {
    const html = link('See *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003).');
    assert.match(html, /<em><a class="cite-link" href="\/authorities\/23-in-dec-621">Matter of Pickering<\/a><\/em><a class="cite-link" href="\/authorities\/23-in-dec-621">, 23 I&amp;N Dec. 621 \(BIA 2003\)<\/a>/);
  });

  it('links only stored authorities, never inside links or code, never across paragraphs', () => {
    assert.equal(link('INA § 237(a) is not stored.'), renderMarkdownSync('INA § 237(a) is not stored.'));
    const inLink = link('[INA § 212(h)](https://example.org/x) and `INA § 212(h)`');
    assert.doesNotMatch(inLink, /cite-link/);
    const split = link('INA § 212\n\n(h) is not one citation');
    assert.doesNotMatch(split, /cite-link/);
  });

  it('keeps hostile text inert: what was escaped stays escaped', () => {
    const hostile = sanitize('<p>&lt;script&gt;alert(1)&lt;/script&gt; INA § 212(h) &quot;x&quot; <a href="https://e.org/?a=1&amp;b=2">y</a></p>');
    const html = linkCitations(hostile, keys, href);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; <a class="cite-link" href="\/authorities\/ina-212-h">INA § 212\(h\)<\/a> &quot;x&quot;/);
    assert.match(html, /href="https:\/\/e\.org\/\?a=1&amp;b=2"/);
    assert.equal(linkCitations('', keys, href), '');
    assert.equal(linkCitations('<p>x</p>', new Set(), href), '<p>x</p>');
  });
});
