import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument, CITATION_PREFIX, documentNumberTerm, type SearchDocument } from './document.ts';
import { parseQuery, MAX_GROUPS } from './query.ts';
import { queryStems, stem } from './stem.ts';
import { SynonymSet } from './synonyms.ts';
import { letterCompounds, markdownToText, normalizeTyped } from './text.ts';

const noCitations = () => [];
const synonyms = new SynonymSet([['CIMT', 'crime involving moral turpitude'], ['green card', 'LPR', 'lawful permanent resident']]);
const parse = (q: string) => parseQuery(q, noCitations, synonyms);
const doc = (over: Partial<SearchDocument>): SearchDocument => ({ language: 'en', title: '', summary: '', body: '', pdfText: '', labels: [], ...over });

describe('search analysis', () => {
  it('stems English and Spanish with Snowball, and a query in both', () => {
    assert.equal(stem('waivers', 'en'), stem('waiver', 'en'));
    assert.equal(stem('peticiones', 'es'), stem('petición'.normalize('NFD').replace(/\p{M}/gu, ''), 'es'));
    assert.equal(stem('2024', 'en'), '2024', 'numbers are not stemmed');
    assert.equal(stem('naturalization', 'fr'), 'naturalization', 'a language without a stemmer keeps words whole');
    assert.deepEqual(new Set(queryStems('visas')), new Set([stem('visas', 'en'), stem('visas', 'es')]));
  });

  it('indexes a document number as one term and reads one typed in a query (any case, any dash) as that term', () => {
    const impacts = analyzeDocument(doc({ title: 'Waivers', documentNumber: 'ILRC-2025-0007' }), noCitations).impacts;
    assert.ok(impacts.get('#ilrc-2025-0007')! >= impacts.get(stem('waivers', 'en'))!, 'weighs as a title word');
    assert.equal(documentNumberTerm('ILRC-2025-0007'), '#ilrc-2025-0007');
    for (const q of ['ILRC-2025-0007', 'ilrc-2025-0007', 'ILRC\u20132025\u20130007', 'waiver ILRC-2025-0007']) {
      const groups = parse(q).groups.filter((g) => g.kind === 'document');
      assert.equal(groups.length, 1, q);
      assert.deepEqual(groups[0]!.alternatives, [{ terms: ['#ilrc-2025-0007'], weight: 1 }], q);
      assert.deepEqual(groups[0]!.words, ['ilrc', '2025', '0007'], 'its words, for when nobody has it');
    }
    assert.equal(parse('I-2025-0007x').groups.some((g) => g.kind === 'document'), false, 'only a whole number');
    assert.equal(parse('2025-0007').groups.some((g) => g.kind === 'document'), false);
  });

  it('weights a title word above many body mentions, and drops stop words and one-letter words', () => {
    const impacts = analyzeDocument(doc({ title: 'Waivers of inadmissibility', body: 'a the of waiver '.repeat(1) + 'asylum '.repeat(30) }), noCitations).impacts;
    assert.ok(impacts.get('waiver')! > impacts.get('asylum')!, 'one title word beats thirty body mentions');
    assert.equal(impacts.has('the'), false);
    assert.equal(impacts.has('a'), false);
    for (const value of impacts.values()) assert.ok(Number.isInteger(value) && value >= 1 && value <= 65_535);
  });

  it('is a function of the resource alone: the same input gives the same impacts', () => {
    const input = doc({ title: 'U visa certification', summary: 'For victims of crimes.', body: 'Law enforcement signs Form I-918 Supplement B.', labels: [{ text: 'U Visa/T Visa/VAWA', language: 'en' }] });
    assert.deepEqual([...analyzeDocument(input, noCitations).impacts], [...analyzeDocument(input, noCitations).impacts]);
  });

  it('indexes visa classes written as a capital letter and a word as one term', () => {
    assert.deepEqual(letterCompounds('Apply for a U visa or a T-visa; I think A visa is rare'), [{ letter: 'u', word: 'visa' }, { letter: 't', word: 'visa' }]);
    const impacts = analyzeDocument(doc({ title: 'U visa certification' }), noCitations).impacts;
    assert.ok(impacts.has('u_visa'));
  });

  it('indexes citation keys under their own prefix, counted per mention', () => {
    const cites = (text: string) => (text.includes('212(h)') ? ['INA 212(h)', 'INA 212'] : []);
    const impacts = analyzeDocument(doc({ body: "Under INA § 212(h) a waiver…" }), cites).impacts;
    assert.ok(impacts.has(`${CITATION_PREFIX}INA 212(h)`));
    assert.ok(impacts.has(`${CITATION_PREFIX}INA 212`));
  });

  it('reads Markdown as what a reader sees', () => {
    assert.equal(markdownToText('See [the rule](https://example.org/x "t") and <b>bold</b>').replace(/\s+/g, ' ').trim(), 'See the rule and bold');
    assert.equal(markdownToText('See *Matter of Pickering*, 23 I&N Dec. 621 (*BIA 2003*).'), 'See  Matter of Pickering, 23 I&N Dec. 621 ( BIA 2003).');
  });

  it('normalizes typographic quotes, dashes and invisible characters', () => {
    assert.equal(normalizeTyped('“Matter of Pickering” – I‑601A\u200b'), '"Matter of Pickering" - I-601A');
  });
});

describe('search query reading', () => {
  it('drops stop words of both languages and one-letter words, and keeps the rest as parts', () => {
    assert.deepEqual(parse('what happens if ICE comes to my house').groups.map((g) => g.text), ['ice', 'comes', 'house']);
    assert.deepEqual(parse('¿qué hago si me detiene ICE?').groups.map((g) => g.text), ['detiene', 'ice']);
  });

  it('keeps a query of nothing but stop words', () => {
    assert.deepEqual(parse('the who').groups.map((g) => g.text), ['the', 'who']);
  });

  it('makes quoted words required and remembers the phrase', () => {
    const q = parse('"notice to appear" defects');
    assert.deepEqual(q.groups.map((g) => [g.text, g.required ?? false]), [['notice', true], ['appear', true], ['defects', false]]);
    assert.deepEqual(q.phrases[0], ['notice', 'to', 'appear']);
  });

  it('reads a letter and a word as a visa class, but not an article or a pronoun', () => {
    const q = parse('U visa certification');
    assert.deepEqual(q.groups.map((g) => g.kind), ['compound', 'word', 'word']);
    assert.deepEqual(parse('can I get a visa').groups.map((g) => g.text), ['visa']);
    assert.deepEqual(q.groups[0]!.alternatives.map((a) => a.terms[0]), [...new Set(queryStems('visa'))].map((s) => `u_${s}`));
  });

  it('expands synonym phrases, longest first', () => {
    const q = parse('CIMT and green card');
    assert.deepEqual(q.groups.map((g) => g.kind), ['synonym', 'synonym']);
    assert.ok(q.groups[0]!.alternatives.some((a) => a.terms.length === 4), 'crime involving moral turpitude, all four words');
    assert.ok(q.groups[1]!.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === 'lpr'));
  });

  it('marks an unfinished last word as a prefix, not a finished one', () => {
    assert.equal(parse('asylum immigr').groups[1]!.prefix, true);
    assert.equal(parse('asylum immigr ').groups[1]!.prefix, undefined);
    assert.equal(parse('"immigr"').groups[0]!.prefix, undefined);
  });

  it('turns hostile input into words or nothing, and never more than a bounded number of parts', () => {
    for (const q of ['"', '*', 'NEAR(', ':', '^', '§', '\\', '«»“”', '😀', '\u202e\u0000']) assert.ok(parse(q).groups.length <= 1, q);
    assert.equal(parse('word '.repeat(5000)).groups.length, 1, 'repeated words count once');
    assert.ok(parse(Array.from({ length: 500 }, (_, i) => `w${i}x`).join(' ')).groups.length <= MAX_GROUPS);
  });
});
