import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  ancestorKeys, canonicalKey, caseNameKey, citationSearchKeys, displayKey, equivalentKeys, extractCitations, fullName,
  keyToSlug, kindOfKey, parentKey, slugToKey,
} from './index.ts';

/** Does a resource whose text is `text` come up for the exact key `queryKey`? */
const finds = (text: string, queryKey: string) => extractCitations(text).some((c) => citationSearchKeys(c).includes(queryKey));

describe('search keys', () => {
  it('index a citation under every ancestor, so the section finds its subsections but not the reverse', () => {
    assert.deepEqual(citationSearchKeys({ key: 'INA 212(h)(1)(A)' }).slice(0, 4), ['INA 212(h)(1)(A)', 'INA 212(h)(1)', 'INA 212(h)', 'INA 212']);
    assert.ok(finds('a waiver under INA § 212(h)', 'INA 212'));
    assert.ok(finds('a waiver under INA § 212(h)', 'INA 212(h)'));
    assert.ok(!finds('inadmissible under INA § 212(a)(2)', 'INA 212(h)'));
    assert.ok(!finds('a waiver under INA § 212(h)', 'INA 212(h)(1)'));
    assert.ok(finds('8 C.F.R. § 1003.23(b)(1)', '8 CFR part 1003'));
    assert.ok(finds('8 C.F.R. § 1003.23(b)(1)', '8 CFR 1003.23'));
    assert.ok(!finds('8 C.F.R. § 1003.2(c)', '8 CFR 1003.23'));
  });

  it('make an INA section and its Title 8 U.S. Code section find each other', () => {
    assert.ok(finds('8 U.S.C. § 1182(h)', 'INA 212(h)'));
    assert.ok(finds('INA § 212(h)', '8 USC 1182(h)'));
    assert.ok(finds('INA § 236(c)', '8 USC 1226(c)'));
    assert.ok(finds('8 U.S.C. § 1226(c)', 'INA 236(c)'));
    assert.ok(finds('INA § 101(a)(43)', '8 USC 1101(a)(43)'));
    assert.ok(finds('8 U.S.C. § 1101(a)(43)(G)', 'INA 101(a)(43)'));
    assert.deepEqual(equivalentKeys('INA 240A(b)(1)'), ['8 USC 1229b(b)(1)']);
    assert.deepEqual(equivalentKeys('8 USC 1254a'), ['INA 244']);
    assert.deepEqual(equivalentKeys('8 USC 1367'), []);
    assert.equal(canonicalKey('8 USC 1182(h)'), 'INA 212(h)');
    assert.equal(canonicalKey('8 USC 1367(a)'), '8 USC 1367(a)');
  });

  it('normalize case names, and index a named decision under its name too', () => {
    assert.equal(caseNameKey('Matter of Thomas & Thompson'), caseNameKey('Matter of Thomas and Thompson'));
    assert.equal(caseNameKey('In re Pickering'), 'Matter of Pickering');
    assert.equal(caseNameKey('Padilla vs. Kentucky'), 'Padilla v. Kentucky');
    assert.equal(caseNameKey('padilla v kentucky'), 'Padilla v. Kentucky');
    assert.equal(caseNameKey('Matter of A-B-'), 'Matter of A-B-');
    assert.ok(finds('Matter of Thomas & Thompson, 27 I&N Dec. 674 (A.G. 2019)', 'Matter of Thomas and Thompson'));
    assert.ok(finds('Padilla v. Kentucky, 559 U.S. 356, 130 S. Ct. 1473 (2010)', '130 S. Ct. 1473'));
    assert.ok(finds('Padilla v. Kentucky, 559 U.S. 356 (2010)', 'Padilla v. Kentucky'));
  });

  it('give parents, ancestors, kinds and names', () => {
    assert.equal(parentKey('INA 212(h)(1)'), 'INA 212(h)');
    assert.equal(parentKey('INA 212(h)'), 'INA 212');
    assert.equal(parentKey('INA 212'), null);
    assert.equal(parentKey('8 CFR 1003.23'), '8 CFR part 1003');
    assert.equal(parentKey('Cal. Penal Code 1473.7(a)(1)'), 'Cal. Penal Code 1473.7(a)');
    assert.equal(parentKey('Form I-918 Supplement B'), 'Form I-918');
    assert.equal(parentKey('23 I&N Dec. 621'), null);
    assert.deepEqual(ancestorKeys('8 CFR 1003.23(b)(4)(i)'), ['8 CFR 1003.23(b)(4)', '8 CFR 1003.23(b)', '8 CFR 1003.23', '8 CFR part 1003']);
    assert.equal(kindOfKey('Pub. L. 104-208'), 'public-law');
    assert.equal(kindOfKey('110 Stat. 3009-546'), 'public-law');
    assert.equal(kindOfKey('89 Fed. Reg. 12345'), 'federal-register');
    assert.equal(kindOfKey('559 US 356'), 'court-decision');
    assert.equal(kindOfKey('not a key'), null);
    assert.equal(fullName('INA 212(h)'), 'Immigration and Nationality Act § 212(h)');
    assert.equal(fullName('INA 212(h)', 'es'), 'Ley de Inmigración y Nacionalidad § 212(h)');
    assert.equal(fullName('8 USC 1367'), '8 U.S.C. § 1367');
    assert.equal(fullName('Cal. Penal Code 1473.7'), 'California Penal Code § 1473.7');
    assert.equal(fullName('Form I-601A', 'es'), 'Formulario I-601A');
    assert.equal(displayKey('559 US 356'), '559 U.S. 356');
    assert.equal(displayKey('89 Fed. Reg. 41292'), '89 Fed. Reg. 41,292');
  });
});

describe('slugs', () => {
  it('turn keys into URL slugs and back', () => {
    assert.equal(keyToSlug('INA 212(h)'), 'ina-212-h');
    assert.equal(keyToSlug('23 I&N Dec. 621'), '23-in-dec-621');
    assert.equal(keyToSlug('8 CFR 1003.23(b)(1)'), '8-cfr-1003.23-b-1');
    assert.equal(slugToKey('ina-212-h'), 'INA 212(h)');
    assert.equal(slugToKey('ina-101-a-15-u'), 'INA 101(a)(15)(U)');
    assert.equal(slugToKey('23-in-dec-621'), '23 I&N Dec. 621');
    assert.equal(slugToKey('559-us-356'), '559 US 356');
    assert.equal(slugToKey('form-i-601a'), 'Form I-601A');
    assert.equal(slugToKey('8-usc-1182-h'), '8 USC 1182(h)');
    for (const bad of ['', 'ina', 'ina-999', '../etc/passwd', 'INA-212-H', 'x'.repeat(500), 'matter-of-']) assert.equal(slugToKey(bad), null, bad);
  });

  it('round-trip every key of the test sets', () => {
    const keys = new Set<string>();
    for (const file of ['advisory-passages.jsonl', 'other-styles.jsonl']) {
      for (const line of readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8').split('\n')) {
        if (line.trim()) for (const k of (JSON.parse(line) as { expected: string[] }).expected) keys.add(k);
      }
    }
    assert.ok(keys.size > 300);
    for (const k of keys) {
      const slug = keyToSlug(k);
      assert.match(slug, /^[a-z0-9._~-]+$/, k);
      assert.equal(slugToKey(slug), k, `${k} → ${slug}`);
      for (const a of ancestorKeys(k)) assert.equal(slugToKey(keyToSlug(a)), a, a);
    }
  });
});
