/**
 * Issue 13 "Interchange and bad input": the extractor is total and linear. Property tests over
 * random and adversarial strings (100,000 in all) assert it never throws and returns well-formed
 * citations; 1 MB inputs of the worst shapes assert a time bound per megabyte, measured in CPU
 * time so a busy machine does not make it flake. The figures are printed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractCitations, kindOfKey, readQueryCitations } from './index.ts';
import type { Citation } from './types.ts';

const FRAGMENTS = [
  '§', '§§', ' ', '  ', '\n', '.', ',', ';', '(', ')', '-', '–', '/', ':', '&', "'", '’', 'v.', 'v', 'vs.', ' v. ', 'Matter of ', 'In re ',
  'INA', 'INA § ', '8 U.S.C. § ', 'U.S.C.', 'USC', 'C.F.R.', '8 CFR ', 'I&N Dec.', 'I. & N. Dec.', 'U.S.', 'S. Ct.', 'F.3d', 'F. Supp. 2d',
  'Fed. Reg.', 'Pub. L. No. ', 'Stat.', 'Form ', 'I-', 'EOIR-', 'N-', 'Cal. Penal Code', 'N.Y.', 'ILCS', 'ch.', 'tit.', 'at', 'Id.',
  '212', '(h)', '(a)', '(1)', '(A)', '(i)', '(II)', '1182', '1003.23', '23', '621', '2003', '(BIA 2003)', '(9th Cir. 2015)', '240A', 'A',
  'Padilla', 'Kentucky', 'Smith', 'of', 'the', 'and', 'section', 'sec.', 'Section 8', '$1,000', '(415) 555-0123', '😀', '\u0000', 'é',
];
const adversarial = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const digitsAndMarks = fc.array(fc.constantFrom('1', '2', '0', '9', '§', '(', ')', '.', '-', ' ', 'v', 'a', 'A'), { maxLength: 200 }).map((a) => a.join(''));

function wellFormed(text: string, cites: readonly Citation[]) {
  let last = -1;
  for (const c of cites) {
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end <= text.length && c.start < c.end, JSON.stringify(c));
    assert.ok(c.start >= last, 'in order');
    last = c.start;
    assert.equal(typeof c.key, 'string');
    assert.equal(kindOfKey(c.key), c.kind, c.key);
  }
}

describe('extractor totality (fast-check)', () => {
  const runs = 20_000;
  it('never throws and returns well-formed citations on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => wellFormed(s, extractCitations(s))), { numRuns: runs });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => wellFormed(s, extractCitations(s))), { numRuns: runs });
  });
  it('never throws on adversarial mixtures of citation fragments', () => {
    // Found by an earlier run: a "Matter of … v. …" name the extractor reads as a court's was
    // keyed as an agency decision's.
    for (const s of ['A  Matter of N.Y. v. C.F.R.']) wellFormed(s, extractCitations(s));
    fc.assert(fc.property(adversarial, (s) => wellFormed(s, extractCitations(s))), { numRuns: runs });
    fc.assert(fc.property(digitsAndMarks, (s) => wellFormed(s, extractCitations(s))), { numRuns: runs });
  });
  it('reads queries of any shape without throwing', () => {
    fc.assert(fc.property(fc.oneof(adversarial, fc.string({ maxLength: 100 })), (q) => {
      for (const c of readQueryCitations(q)) assert.ok(c.start >= 0 && c.end <= q.length && c.start < c.end);
    }), { numRuns: runs });
  });
});

describe('extractor speed', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const shapes: Record<string, string> = {
    'digits': fill('1234567890'),
    '§§§§': fill('§'),
    'v. v. v.': fill('v. '),
    'parentheses': fill('((a)(1)'),
    'dotted numbers': fill('1.'),
    'hyphens': fill('1-'),
    'Matter of': fill('Matter of '),
    'names v. names': fill('Smith v. Jones '),
    'U.S.C. lists': 'INA §§ ' + fill('212(h), '),
    'state code names': fill('Cal. Penal Code '),
    'citation-dense prose': fill('Under INA § 212(h), 8 U.S.C. § 1182(h), see Matter of Pickering, 23 I&N Dec. 621 (BIA 2003); Padilla v. Kentucky, 559 U.S. 356 (2010); Cal. Penal Code § 1473.7; Form I-601A; 89 Fed. Reg. 12,345. Plain prose follows. '),
    'one 1 MB line of random words': Array.from({ length: MB / 8 }, (_, i) => ['the ', 'Court ', 'held ', '212 ', 'v. ', '§ ', 'I-9 ', 'of '][i % 8]).join('').slice(0, MB),
  };
  const BOUND_MS_PER_MB = 1500;
  it(`reads 1 MB of each adversarial shape in under ${BOUND_MS_PER_MB} ms of CPU`, () => {
    extractCitations(fill('warm up INA § 212(h) ').slice(0, 50_000));
    const lines: string[] = [];
    let worst = 0;
    for (const [name, text] of Object.entries(shapes)) {
      const before = process.cpuUsage();
      const count = extractCitations(text).length;
      const used = process.cpuUsage(before);
      const ms = (used.user + used.system) / 1000;
      worst = Math.max(worst, ms);
      lines.push(`${name.padEnd(32)} ${ms.toFixed(0).padStart(5)} ms/MB  ${count} citations`);
      assert.ok(ms < BOUND_MS_PER_MB, `${name}: ${ms.toFixed(0)} ms for 1 MB`);
    }
    console.log(`\nExtractor CPU time per MB:\n${lines.join('\n')}\nworst ${worst.toFixed(0)} ms/MB\n`);
  });
});
