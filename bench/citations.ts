import fs from 'node:fs';
import { ADVISORIES_FILE } from './eval/fixtures.ts';
import { extractCitations, readQueryCitations } from '../src/features/citations/index.ts';

/**
 * `npm run bench -- citations`: CPU time of the citation grammar (process.cpuUsage, so other
 * processes on a shared machine disturb it less than wall time) on ordinary advisory prose: a
 * short sentence, a 3 KB advisory body, a 30 KB text, 1 MB of the evaluation advisories' text,
 * and search queries. Each figure is the median of `RUNS` timed runs after a warm-up.
 */

const RUNS = 5;
const SENTENCE = 'In practice, the analysis of sentence modifications turns on the date of filing. See Matter of Pickering, '
  + '23 I&N Dec. 621 (BIA 2003) and Matter of Thomas & Thompson, 27 I&N Dec. 674 (A.G. 2019) for the governing standard. '
  + 'Under INA § 101(a)(43), DUI convictions may limit eligibility.';

/** Titles, summaries and bodies of the advisory set, one after another, cycled up to `size` characters. */
function advisoryText(size: number): string {
  const parts = fs.readFileSync(ADVISORIES_FILE, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title: string; summary?: string; body?: string })
    .map((a) => [a.title, a.summary ?? '', a.body ?? ''].join('\n\n'));
  let text = '';
  for (let n = 0; text.length < size; n += 1) text += `${parts[n % parts.length]}\n\n`;
  return text.slice(0, size);
}

/** A 3 KB body: the first advisory body at least that long, cut at a paragraph near 3 KB. */
function body3k(): string {
  const text = advisoryText(200_000);
  const cut = text.indexOf('\n\n', 3000);
  return text.slice(0, cut > 0 ? cut : 3072);
}

const QUERIES = ['Matter of Pickering', '8 cfr 1003.23', 'INA 212(h)', 'i601a', 'padilla vs kentucky', 'what happens if ICE comes to my house',
  'Cal Penal Code section 1473.7', 'asylum one year deadline', '8 USC 1101(a)(48)(A)', 'crimmigration'];

function timeCpu(fn: () => void, calls: number): number {
  const before = process.cpuUsage();
  for (let n = 0; n < calls; n += 1) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls; // µs per call
}

const cpuMsSince = (start: NodeJS.CpuUsage) => { const used = process.cpuUsage(start); return (used.user + used.system) / 1000; };
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

export interface CitationFigure { label: string; chars: number; usPerCall: number; msPerMb: number; citations: number }

/** Measures extractCitations on the four texts and readQueryCitations on ten queries; prints and returns the figures. */
export function benchCitations(): CitationFigure[] {
  const texts: [string, string][] = [
    ['short sentence', SENTENCE],
    ['3 KB advisory body', body3k()],
    ['30 KB text', advisoryText(30 * 1024)],
    ['1 MB eval advisories', advisoryText(1 << 20)],
  ];
  // The JIT needs hundreds of milliseconds of this work before it settles (a cold 30 KB text reads
  // several times slower than a warm one): warm every text and the queries up for ~2 s of CPU first.
  const warmStart = process.cpuUsage();
  while (cpuMsSince(warmStart) < 2000) {
    for (const [, text] of texts) extractCitations(text);
    for (const q of QUERIES) readQueryCitations(q);
  }
  const figures: CitationFigure[] = [];
  for (const [label, text] of texts) {
    // about 50 ms of work per timed run, at least one call
    const calls = Math.max(1, Math.round(150_000 / text.length));
    for (let n = 0; n < calls; n += 1) extractCitations(text);
    const us = median(Array.from({ length: RUNS }, () => timeCpu(() => extractCitations(text), calls)));
    figures.push({ label, chars: text.length, usPerCall: us, msPerMb: (us / text.length) * ((1 << 20) / 1000), citations: extractCitations(text).length });
  }
  const queryCalls = 200;
  for (let n = 0; n < queryCalls; n += 1) for (const q of QUERIES) readQueryCitations(q);
  const qus = median(Array.from({ length: RUNS }, () => timeCpu(() => { for (const q of QUERIES) readQueryCitations(q); }, queryCalls))) / QUERIES.length;
  const qchars = QUERIES.reduce((n, q) => n + q.length, 0) / QUERIES.length;
  figures.push({ label: 'query (mean of 10)', chars: Math.round(qchars), usPerCall: qus, msPerMb: (qus / qchars) * ((1 << 20) / 1000), citations: QUERIES.reduce((n, q) => n + readQueryCitations(q).length, 0) });
  for (const f of figures) {
    console.log(`${f.label.padEnd(22)} ${String(f.chars).padStart(8)} chars ${f.usPerCall.toFixed(f.usPerCall < 100 ? 1 : 0).padStart(9)} µs/call ${f.msPerMb.toFixed(0).padStart(6)} ms/MB ${String(f.citations).padStart(6)} citations`);
  }
  return figures;
}
