import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toBibtex, toCslJson, toRis, type CitableResource } from './cite-formats.ts';
import { bylineName, personName } from './person-name.ts';

const resource: CitableResource = {
  slug: 'ina-212h-waiver', title: 'The INA § 212(h) Waiver: 100% {hard} cases & more', summary: 'Line one.\nLine two\u2028with_under $ # ~ ^ \\',
  authors: [{ name: 'Jane Doe', affiliation: 'ILRC' }, { name: 'Smith, John', affiliation: null }], organization: 'Immigrant Legal Resource Center',
  publishedOn: '2024-11-06', documentNumber: 'ILRC-2024-0007', language: 'en',
  url: 'https://haven.example.org/resources/ina-212h-waiver', genre: 'Practice Advisory',
};

describe('"Cite this" downloads', () => {
  it('writes CSL-JSON that parses back to the resource', async () => {
    const [item] = JSON.parse(await toCslJson(resource));
    assert.equal(item.type, 'report');
    assert.equal(item.title, resource.title);
    assert.deepEqual(item.author, [{ family: 'Doe', given: 'Jane' }, { family: 'Smith', given: 'John' }]);
    assert.equal(item.number, 'ILRC-2024-0007', 'the document number is the report number');
    assert.deepEqual(item.issued, { 'date-parts': [[2024, 11, 6]] });
    assert.equal(item.URL, resource.url);
    assert.equal(item.abstract, 'Line one. Line two with_under $ # ~ ^ \\');
    const [org] = JSON.parse(await toCslJson({ ...resource, authors: [], documentNumber: null }));
    assert.deepEqual(org.author, [{ literal: 'Immigrant Legal Resource Center' }]);
    assert.equal(org.number, undefined);
    const [body] = JSON.parse(await toCslJson({ ...resource, authors: [{ name: 'Defending Immigrants Partnership', affiliation: null }] }));
    assert.deepEqual(body.author, [{ literal: 'Defending Immigrants Partnership' }], 'a body is cited as written');
  });

  it('writes RIS, one field a line, CRLF, no line breaks inside a value', async () => {
    const ris = await toRis(resource);
    const lines = ris.split('\r\n');
    assert.equal(lines[0], 'TY  - RPRT');
    assert.ok(lines.includes('AU  - Doe, Jane') && lines.includes('AU  - Smith, John'));
    assert.ok(lines.includes('AD  - ILRC'), 'affiliations as author addresses');
    assert.ok(lines.includes('SN  - ILRC-2024-0007'), 'the report number');
    assert.ok(lines.includes('DA  - 2024/11/6/') && lines.includes('PY  - 2024'));
    assert.ok(lines.includes('TI  - The INA § 212(h) Waiver: 100% {hard} cases & more'));
    assert.ok(lines.includes(`UR  - ${resource.url}`));
    assert.equal(lines.at(-2), 'ER  - ');
    for (const line of lines.slice(0, -1)) assert.match(line, /^[A-Z][A-Z0-9] {2}- /);
    assert.doesNotMatch(ris.replaceAll('\r\n', ''), /[\r\n\u2028]/);
  });

  it('writes BibTeX with every special character escaped and braces balanced', async () => {
    const bib = await toBibtex(resource);
    assert.match(bib, /^@techreport\{ina-212h-waiver,\n/);
    assert.ok(bib.includes('title = {The {INA} \\textsection{} 212(h) {Waiver}: 100\\% \\textbraceleft{}hard\\textbraceright{} cases \\& more}'), bib);
    assert.ok(bib.includes('author = {Doe, Jane and Smith, John}'), bib);
    assert.ok(bib.includes('number = {ILRC-2024-0007}'));
    assert.ok(bib.includes('institution = {Immigrant Legal Resource Center}'));
    assert.ok(bib.includes('month = {11}') && bib.includes('year = {2024}'), 'BibTeX has no day');
    const org = await toBibtex({ ...resource, authors: [{ name: 'Legal Aid & Defense Center_1 100%', affiliation: null }] });
    assert.ok(org.includes('author = {{Legal Aid \\& Defense Center\\_1 100\\%}}'), org);
    const accents = await toBibtex({ ...resource, authors: [{ name: 'García López, María', affiliation: null }] });
    assert.ok(accents.includes("author = {Garc{\\' i}a L{\\' o}pez, Mar{\\' i}a}"), accents);
    for (const text of [bib, org, accents]) assert.equal(braceDepth(text), 0, text);
  });
});

/** 0 when every brace a text opens it closes (escaped braces aside); fails if it ever closes more than it opened. */
function braceDepth(bib: string): number {
  let depth = 0;
  for (let i = 0; i < bib.length; i++) {
    if (bib[i] === '\\') { i++; continue; }
    if (bib[i] === '{') depth++;
    if (bib[i] === '}') depth--;
    assert.ok(depth >= 0, 'never closes more than it opened');
  }
  return depth;
}

describe('personName: family and given names where the name allows', () => {
  it('splits plain personal names, keeping particles and suffixes with the family name', () => {
    assert.deepEqual(personName('Jane Doe'), { family: 'Doe', given: 'Jane' });
    assert.deepEqual(personName('Maya R. Okafor'), { family: 'Okafor', given: 'Maya R.' });
    assert.deepEqual(personName('Ana de la Cruz'), { family: 'de la Cruz', given: 'Ana' });
    assert.deepEqual(personName('Martin Luther King Jr.'), { family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    assert.deepEqual(personName("Siobhán O'Brien-Nguyen"), { family: "O'Brien-Nguyen", given: 'Siobhán' });
  });

  it('takes "Family, Given" as typed, which is how two surnames are given', () => {
    assert.deepEqual(personName('García López, María José'), { family: 'García López', given: 'María José' });
    assert.deepEqual(personName('Doe, John, III'), { family: 'Doe', given: 'John', suffix: 'III' });
  });

  it('shows "Family, Given" to readers in reading order, any other name as typed', () => {
    assert.equal(bylineName('García López, María'), 'María García López');
    assert.equal(bylineName('Doe, John, III'), 'John Doe, III');
    assert.equal(bylineName('Jane Doe'), 'Jane Doe');
    assert.equal(bylineName('Legal Aid, Inc.'), 'Legal Aid, Inc.');
  });

  it('leaves bodies, single words and odd strings to be cited as written', () => {
    for (const name of ['Immigrant Legal Resource Center', 'Equipo de Defensa Legal', 'ILRC', 'Staff', 'R2-D2 Smith',
      'Team @ ILRC', 'A, B, C, D', '', 'One Two Three Four Five Six', 'Smith, ', 'Office of the Attorney']) {
      assert.equal(personName(name), undefined, name);
    }
  });
});
