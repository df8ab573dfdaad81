import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authoritiesOf, extractCitations } from './index.ts';

const only = (text: string) => {
  const cites = extractCitations(text);
  assert.equal(cites.length, 1, JSON.stringify(cites.map((c) => c.key)));
  return cites[0];
};

describe('extractCitations', () => {
  it('gives offsets into the original text, a clean display, pin, name, court and year', () => {
    const text = 'The Board so held. Matter of Pickering, 23 I&N Dec. 621, 624 (BIA 2003), rev\'d on other grounds.';
    const c = only(text);
    assert.equal(text.slice(c.start, c.end), 'Matter of Pickering, 23 I&N Dec. 621, 624 (BIA 2003)');
    assert.deepEqual(
      { key: c.key, kind: c.kind, display: c.display, pin: c.pin, name: c.name, court: c.court, year: c.year },
      { key: '23 I&N Dec. 621', kind: 'agency-decision', display: 'Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)', pin: 'at 624', name: 'Matter of Pickering', court: 'BIA', year: 2003 },
    );
  });

  it('keeps parallel citations with the first and does not count them again', () => {
    const c = only('Padilla v. Kentucky, 559 U.S. 356, 374, 130 S. Ct. 1473, 176 L. Ed. 2d 284 (2010).');
    assert.equal(c.key, '559 US 356');
    assert.equal(c.pin, 'at 374');
    assert.deepEqual(c.parallel, ['130 S. Ct. 1473', '176 L. Ed. 2d 284']);
    assert.equal(c.display, 'Padilla v. Kentucky, 559 U.S. 356 (2010)');
    assert.equal(c.court, null);
    assert.equal(c.year, 2010);
  });

  it('reads the court of a circuit decision', () => {
    const c = only('See Lopez-Valenzuela v. Arpaio, 770 F.3d 772, 780-81 (9th Cir. 2014) (en banc).');
    assert.equal(c.court, '9th Cir.');
    assert.equal(c.pin, 'at 780-81');
    assert.equal(c.name, 'Lopez-Valenzuela v. Arpaio');
  });

  it('writes statutes cited through the U.S. Code under their INA key, keeping the cited display', () => {
    const c = only('8 U.S.C. § 1229b(b)(1)(D)');
    assert.equal(c.key, 'INA 240A(b)(1)(D)');
    assert.equal(c.display, '8 U.S.C. § 1229b(b)(1)(D)');
    assert.equal(only('18 U.S.C. § 16(a)').key, '18 USC 16(a)');
    assert.equal(only('8 U.S.C. § 1367(a)(2)').key, '8 USC 1367(a)(2)');
  });

  it('reads lists, ranges and continuations', () => {
    const keys = (t: string) => extractCitations(t).map((c) => c.key);
    assert.deepEqual(keys('INA §§ 212(h), 237(a)(2)(A)(i), and 240A(a)'), ['INA 212(h)', 'INA 237(a)(2)(A)(i)', 'INA 240A(a)']);
    assert.deepEqual(keys('INA § 212(a)(2)(A)(i)(I) and (II)'), ['INA 212(a)(2)(A)(i)(I)', 'INA 212(a)(2)(A)(i)(II)']);
    assert.deepEqual(keys('8 C.F.R. § 1003.23(b)(1), (b)(4)'), ['8 CFR 1003.23(b)(1)', '8 CFR 1003.23(b)(4)']);
    assert.deepEqual(keys('8 U.S.C. §§ 1101–1103'), ['INA 101', 'INA 103']);
    assert.deepEqual(keys('INA § 212(h), 240 days later'), ['INA 212(h)']);
  });

  it('ignores short forms, Id., supra, and sections of other named acts', () => {
    assert.deepEqual(extractCitations('Pickering, 23 I&N Dec. at 624; Id. at 625; see supra note 3; section 504 of the Rehabilitation Act.'), []);
  });

  it('reads a bare section by what the text cited before', () => {
    const keys = (t: string) => extractCitations(t).map((c) => c.key);
    assert.deepEqual(keys('Cal. Penal Code § 273.5(a). A conviction under § 273.5 is a crime of domestic violence.'), ['Cal. Penal Code 273.5(a)', 'Cal. Penal Code 273.5']);
    assert.deepEqual(keys('8 C.F.R. § 1003.1(e)(4). See id. § 1003.1(e)(5).'), ['8 CFR 1003.1(e)(4)', '8 CFR 1003.1(e)(5)']);
    assert.deepEqual(keys('A conviction under § 273.5 is a crime of domestic violence.'), []);
    assert.deepEqual(keys('Cal. Penal Code § 1473.7. An expungement under § 1203.4 does not help.'), ['Cal. Penal Code 1473.7', 'Cal. Penal Code 1203.4']);
    assert.deepEqual(keys('Cal. Penal Code § 1473.7; 28 U.S.C. § 2241; section 2254.'), ['Cal. Penal Code 1473.7', '28 USC 2241']);
  });

  it('reads state codes named without the state only for the default state', () => {
    assert.equal(only('Penal Code § 1016.5').key, 'Cal. Penal Code 1016.5');
    assert.deepEqual(extractCitations('Penal Code § 1016.5', { defaultState: null }), []);
    assert.equal(extractCitations('N.Y. Penal Law § 155.25', { defaultState: null })[0].key, 'N.Y. Penal Law 155.25');
  });

  it('gives a case named alone the key of its full citation in the same text', () => {
    const cites = extractCitations('Matter of Pickering, 23 I&N Dec. 621 (BIA 2003). Later, *Matter of Pickering* was applied again.');
    assert.deepEqual(cites.map((c) => [c.key, c.name]), [['23 I&N Dec. 621', 'Matter of Pickering'], ['23 I&N Dec. 621', 'Matter of Pickering']]);
    assert.equal(extractCitations('Only Matter of Pickering is named here.')[0].key, 'Matter of Pickering');
  });

  it('groups citations into the distinct authorities a text cites', () => {
    const text = 'Matter of Pickering, 23 I&N Dec. 621, 624 (BIA 2003). See INA § 212(h); later Matter of Pickering again, '
      + 'and 23 I&N Dec. 621, 625. 8 U.S.C. § 1182(h).';
    const list = authoritiesOf(extractCitations(text));
    assert.deepEqual(list.map((a) => [a.key, a.count]), [['23 I&N Dec. 621', 3], ['INA 212(h)', 2]]);
    assert.deepEqual(list[0].pins, ['at 624', 'at 625']);
    assert.equal(list[0].display, 'Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)');
    assert.equal(list[0].kind, 'agency-decision');
  });

  it('returns an empty list for empty or non-string input', () => {
    assert.deepEqual(extractCitations(''), []);
    assert.deepEqual(extractCitations(null as unknown as string), []);
    assert.deepEqual(extractCitations(42 as unknown as string), []);
  });
});
