import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toBibtex, toCslJson, toRis, type CitableResource } from './cite-formats.ts';

const resource: CitableResource = {
  slug: 'ina-212h-waiver', title: 'The INA § 212(h) Waiver: 100% {hard} cases & more', summary: 'Line one.\nLine two\u2028with_under $ # ~ ^ \\',
  authors: ['Jane Doe', 'Smith, John'], organization: 'Immigrant Legal Resource Center', publishedOn: '2024-11-06', language: 'en',
  url: 'https://haven.example.org/resources/ina-212h-waiver', genre: 'Practice Advisory',
};

describe('"Cite this" downloads', () => {
  it('writes CSL-JSON that parses back to the resource', () => {
    const [item] = JSON.parse(toCslJson(resource));
    assert.equal(item.type, 'report');
    assert.equal(item.title, resource.title);
    assert.deepEqual(item.author, [{ literal: 'Jane Doe' }, { literal: 'Smith, John' }]);
    assert.deepEqual(item.issued, { 'date-parts': [[2024, 11, 6]] });
    assert.equal(item.URL, resource.url);
    assert.equal(item.abstract, 'Line one. Line two with_under $ # ~ ^ \\');
    const [org] = JSON.parse(toCslJson({ ...resource, authors: [] }));
    assert.deepEqual(org.author, [{ literal: 'Immigrant Legal Resource Center' }]);
  });

  it('writes RIS, one field a line, CRLF, no line breaks inside a value', () => {
    const ris = toRis(resource);
    const lines = ris.split('\r\n');
    assert.equal(lines[0], 'TY  - RPRT');
    assert.ok(lines.includes('AU  - Jane Doe') && lines.includes('AU  - Smith, John'));
    assert.ok(lines.includes('DA  - 2024/11/06/') && lines.includes('PY  - 2024'));
    assert.ok(lines.includes(`UR  - ${resource.url}`));
    assert.equal(lines.at(-2), 'ER  - ');
    for (const line of lines.slice(0, -1)) assert.match(line, /^[A-Z][A-Z0-9] {2}- /);
    assert.doesNotMatch(ris.replaceAll('\r\n', ''), /[\r\n\u2028]/);
  });

  it('writes BibTeX with every special character escaped and braces balanced', () => {
    const bib = toBibtex(resource);
    assert.match(bib, /^@techreport\{ina-212h-waiver,\n/);
    assert.ok(bib.includes('title = {{The INA § 212(h) Waiver: 100\\% \\{hard\\} cases \\& more}}'));
    assert.ok(bib.includes('author = {{Jane Doe} and {Smith, John}}'));
    assert.ok(bib.includes('month = {nov}') && bib.includes('year = {2024}'));
    assert.ok(bib.includes('abstract = {Line one. Line two with\\_under \\$ \\# \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}'));
    let depth = 0;
    for (let i = 0; i < bib.length; i++) {
      if (bib[i] === '\\') { i++; continue; }
      if (bib[i] === '{') depth++;
      if (bib[i] === '}') depth--;
      assert.ok(depth >= 0, 'never closes more than it opened');
    }
    assert.equal(depth, 0);
  });
});
