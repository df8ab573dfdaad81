import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryWithoutCitations, readQueryCitations } from './index.ts';

const keysOf = (q: string) => readQueryCitations(q).map((c) => c.key);

describe('readQueryCitations', () => {
  const cases: [string, string[]][] = [
    ['212h', ['INA 212(h)']],
    ['212 (h)', ['INA 212(h)']],
    ['§212(h)', ['INA 212(h)']],
    ['INA 212h', ['INA 212(h)']],
    ['ina sec. 212(h)', ['INA 212(h)']],
    ['INA 212', ['INA 212']],
    ['section 212', ['INA 212']],
    ['240A(b)(1)', ['INA 240A(b)(1)']],
    ['240a', ['INA 240A']],
    ['101a43', ['INA 101(a)(43)']],
    ['101(a)(15)(u)', ['INA 101(a)(15)(U)']],
    ['1182(h)', ['INA 212(h)']],
    ['8 U.S.C. 1101(a)(48)(A)', ['INA 101(a)(48)(A)']],
    ['8 usc 1101 a 43', ['INA 101(a)(43)']],
    ['8 USC 1367', ['8 USC 1367']],
    ['18 usc 16', ['18 USC 16']],
    ['8 cfr 1003.23', ['8 CFR 1003.23']],
    ['8 CFR 1003.23(b)(1)', ['8 CFR 1003.23(b)(1)']],
    ['8 cfr 1003', ['8 CFR part 1003']],
    ['1003.23', ['8 CFR 1003.23']],
    ['I601A', ['Form I-601A']],
    ['I-601a', ['Form I-601A']],
    ['i 601 a', ['Form I-601A']],
    ['eoir 42b', ['Form EOIR-42B']],
    ['n-400 fee', ['Form N-400']],
    ['23 I. & N. Dec. 621', ['23 I&N Dec. 621']],
    ['23 i&n dec 621', ['23 I&N Dec. 621']],
    ['559 us 356', ['559 US 356']],
    ['770 f3d 772', ['770 F.3d 772']],
    ['2019 wl 123456', ['2019 WL 123456']],
    ['Cal Penal Code section 1473.7', ['Cal. Penal Code 1473.7']],
    ['pc 1473.7', ['Cal. Penal Code 1473.7']],
    ['Padilla vs. Kentucky', ['Padilla v. Kentucky']],
    ['padilla v kentucky plea', ['Padilla v. Kentucky']],
    ['Matter of Thomas and Thompson', ['Matter of Thomas and Thompson']],
    ['matter of thomas & thompson', ['Matter of Thomas and Thompson']],
    ['matter of pickering vacatur', ['Matter of Pickering']],
    ['ins v st cyr', ['Ins v. St Cyr']],
    ['89 fr 12345', ['89 Fed. Reg. 12345']],
    ['pub l 104-208', ['Pub. L. 104-208']],
    ['I-130 and I-485', ['Form I-130', 'Form I-485']],
  ];
  for (const [q, expected] of cases) it(`reads ${JSON.stringify(q)}`, () => assert.deepEqual(keysOf(q), expected));

  it('leaves plain words, years, amounts and visa names alone', () => {
    for (const q of ['asylum', 'u visa', 'h-1b', 'asylum 2019', '212 waiver', 'tps 2024 $500', 'what happens if ICE comes to my house',
      'can my brother petition for me', 'traveling with TPS', '1,000 dollars', 'call 415 555 0123', 'form letter', 'i-95', 'g-20', 'n95 mask',
      'a matter of time', 'título 8', 'visa at 18 or 21', '12 so 3', 'v', 'vs', 'INA', 'ina', '8 usc', 'section 8 housing', '§§§§', '(((']) {
      assert.deepEqual(keysOf(q), [], q);
    }
  });

  it('gives the span of each citation so the plain-word part can be searched', () => {
    const q = 'waiver 212(h) for LPR with Form I-601A';
    const cites = readQueryCitations(q);
    assert.deepEqual(cites.map((c) => q.slice(c.start, c.end)), ['212(h)', 'Form I-601A']);
    assert.equal(queryWithoutCitations(q, cites), 'waiver for LPR with');
    assert.equal(cites[0].display, 'INA § 212(h)');
    assert.equal(cites[0].kind, 'statute');
  });

  it('is safe on anything typed', () => {
    for (const q of ['', ' ', '\u0000', '"unbalanced', 'NEAR(a b)', 'col:212(h)', '^*', '😀 212(h) 😀', 'עברית 212(h)', 'x'.repeat(10_000), '212(h)'.repeat(2_000)]) {
      const cites = readQueryCitations(q);
      for (const c of cites) assert.ok(c.start >= 0 && c.end <= q.length && c.start < c.end);
    }
    assert.deepEqual(readQueryCitations(undefined as unknown as string), []);
    assert.deepEqual(keysOf('😀 212(h) 😀'), ['INA 212(h)']);
  });
});
