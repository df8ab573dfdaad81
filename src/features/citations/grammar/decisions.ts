/**
 * Decisions cited by reporter: "23 I&N Dec. 621", "23 I. & N. Dec. 621", "559 U.S. 356, 374",
 * "130 S. Ct. 1473", "791 F.3d 1007 (9th Cir. 2015)", "593 F. App'x 651", "2019 WL 1234567".
 * Short forms ("23 I&N Dec. at 624") have no first page and are never read as citations.
 */
import { MAX_REPORTER_FORM, REPORTERS, type Reporter, reporterByForm } from '../data/reporters.ts';
import type { Citation } from '../types.ts';
import { type Rule, type ScanContext, makeCitation } from './context.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, close, isNum, isNumAt, isPunctAt, isWordAt, near, tight } = tokens;

const PREFIXES = new Set<string>();
for (const r of REPORTERS) for (const f of r.forms) for (let n = 1; n <= f.length; n += 1) PREFIXES.add(f.slice(0, n));

export interface ReporterCite {
  volume: number;
  reporter: Reporter;
  page: string;
  start: number;
  end: number;
  next: number;
}

/** Reporters whose abbreviation is also an ordinary word when typed in lower case without its period. */
const WORDLIKE_REPORTERS = new Set(['or', 'so', 'a', 'p', 'f', 'pa', 'va', 'ga', 'md', 'ill', 'wash', 'mass', 'cal', 'misc', 'conn', 'wis', 'minn', 'mich', 'colo', 'nev', 'haw', 'ariz']);

const MAX_VOLUME: Record<string, number> = { US: 700, 'I&N Dec.': 60 };

/** "volume Reporter page" starting at token i. */
export function readReporterCite(ctx: ScanContext, i: number): ReporterCite | null {
  const { toks } = ctx;
  const v = toks.get(i);
  if (!isNum(v, 4) || v.text.startsWith('0') || !near(toks, i + 1, 2)) return null;
  let acc = '';
  let best: { reporter: Reporter; pageAt: number } | null = null;
  for (let j = i + 1, n = 0; j < toks.length && n < 10; j += 1, n += 1) {
    const t = toks.get(j);
    if (j > i + 1 && t.gap > 2) break;
    if (t.type === 'w') acc += t.lower;
    else if (t.type === 'p' && (t.text === '.' || t.text === "'")) { /* dropped */ }
    else if (t.type === 'p' && t.text === '&') acc += '&';
    else if (t.type === 'n' && acc.length > 0 && t.text.length === 1 && toks.isWordAt(j + 1) && tight(toks, j + 1)) acc += t.text;
    else break;
    if (acc.length > MAX_REPORTER_FORM || !PREFIXES.has(acc)) break;
    const rep = reporterByForm(acc);
    if (rep && t.type !== 'n' && isNumAt(toks, j + 1, rep.key === 'WL' ? 8 : 5) && close(toks, j + 1, 2)) best = { reporter: rep, pageAt: j + 1 };
  }
  if (!best) return null;
  // "18 or 21" is not 18 Or. 21: in text a reporter starts with a capital; in a query a reporter
  // that is also a word needs its period
  const head = toks.get(i + 1);
  if (head.type === 'w' && head.text[0] === head.text[0].toLowerCase()) {
    if (ctx.mode === 'text') return null;
    if (WORDLIKE_REPORTERS.has(best.reporter.forms[0]) && !isPunctAt(toks, i + 2, '.')) return null;
  }
  const volume = Number(v.text);
  const { reporter } = best;
  if (reporter.key === 'WL' ? volume < 1950 || volume > 2100 : volume > (MAX_VOLUME[reporter.key] ?? 2000)) return null;
  const page = toks.get(best.pageAt);
  if (page.text.startsWith('0')) return null;
  if (isPunctAt(toks, best.pageAt + 1, '.') && tight(toks, best.pageAt + 1) && isNumAt(toks, best.pageAt + 2) && tight(toks, best.pageAt + 2)) return null;
  return { volume, reporter, page: page.text, start: v.start, end: page.end, next: best.pageAt + 1 };
}

export const decisionKey = (c: Pick<ReporterCite, 'volume' | 'reporter' | 'page'>) => `${c.volume} ${c.reporter.key} ${c.page}`;
const reporterDisplay = (r: Reporter) => (r.key === 'US' ? 'U.S.' : r.key);

export interface CaseTail { pin: string | null; parallel: string[]; court: string | null; year: number | null; next: number; end: number | null }

const COURT_ALIASES: Record<string, string> = { bia: 'BIA', ag: 'A.G.', attygen: 'A.G.', aao: 'AAO', ij: 'IJ' };
const MONTHS = /\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s*$/;

/** Whether code unit c is matched by \s in a regular expression (white space and line terminators). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(MONTHS, '')`, the expression run only when s ends as a date can ("…, 5", "… 14, "). */
function withoutDate(s: string): string {
  let p = s.length - 1;
  while (p >= 0 && isSpace(s.charCodeAt(p))) p -= 1;
  if (p >= 0 && s.charCodeAt(p) === 44) p -= 1;
  const c = p >= 0 ? s.charCodeAt(p) : 0;
  return c >= 48 && c <= 57 ? s.replace(MONTHS, '') : s;
}

/** `s.replace(/[\s,]+$/, '')` without the expression. */
function trimEndSpacesAndCommas(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 44 || isSpace(s.charCodeAt(end - 1)))) end -= 1;
  return end === s.length ? s : s.slice(0, end);
}

/** `s.replace(/[^a-z]/g, '')` without the expression. */
function asciiLetters(s: string): string {
  let out = '';
  let from = 0;
  for (let p = 0; p < s.length; p += 1) {
    const c = s.charCodeAt(p);
    if (c < 97 || c > 122) { if (p > from) out += s.slice(from, p); from = p + 1; }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Pin cites, parallel citations and the court-and-year parenthetical after a first page. */
export function readCaseTail(ctx: ScanContext, k: number): CaseTail {
  const { toks, text } = ctx;
  const tail: CaseTail = { pin: null, parallel: [], court: null, year: null, next: k, end: null };
  for (let n = 0; n < 6; n += 1) {
    if (!isPunctAt(toks, k, ',') || !tight(toks, k) || !near(toks, k + 1)) break;
    const parallel = readReporterCite(ctx, k + 1);
    if (parallel) {
      tail.parallel.push(decisionKey(parallel));
      k = parallel.next;
      tail.end = parallel.end;
      continue;
    }
    const p = at(toks, k + 1);
    if (!isNum(p, 5) || (toks.isWordAt(k + 2) && !isWordAt(toks, k + 2, 'n'))) break;
    let m = k + 2;
    let pin = p!.text;
    if (isPunctAt(toks, m, '-') && tight(toks, m) && isNumAt(toks, m + 1, 5) && tight(toks, m + 1)) { pin += `-${toks.get(m + 1).text}`; m += 2; }
    if (isWordAt(toks, m, 'n', 'nn') && isPunctAt(toks, m + 1, '.') && isNumAt(toks, m + 2, 3)) { pin += ` n.${toks.get(m + 2).text}`; m += 3; }
    if (tail.pin === null && tail.parallel.length === 0) tail.pin = `at ${pin}`;
    tail.end = toks.get(m - 1).end;
    k = m;
  }
  for (let n = 0; n < 2; n += 1) {
    if (!isPunctAt(toks, k, '(') || !near(toks, k, 1)) break;
    let close = -1;
    for (let m = k + 1; m < Math.min(toks.length, k + 16); m += 1) {
      if (isPunctAt(toks, m, '(')) break;
      if (isPunctAt(toks, m, ')')) { close = m; break; }
    }
    if (close < 0) break;
    const last = toks.get(close - 1);
    const inner = text.slice(toks.get(k).end, toks.get(close).start).trim();
    if (isNum(last, 4) && Number(last.text) >= 1790 && Number(last.text) <= 2100) {
      if (tail.year === null) {
        tail.year = Number(last.text);
        const court = trimEndSpacesAndCommas(withoutDate(text.slice(toks.get(k).end, last.start))).trim();
        tail.court = court ? COURT_ALIASES[asciiLetters(court.toLowerCase())] ?? court : null;
      }
    } else if (!/^(?:en banc|per curiam|unpublished|table|mem\.?|plurality opinion)$/i.test(inner)) break;
    k = close + 1;
    tail.end = toks.get(close).end;
  }
  tail.next = k;
  return tail;
}

/** The citation of a decision from its first page, tail and (optional) name. */
export function decisionCitation(cite: ReporterCite, tail: CaseTail, name: string | null, start: number): Citation {
  const { court, year } = tail;
  const paren = court || year ? ` (${court ? (year ? `${court} ${year}` : court) : year})` : '';
  const display = `${name ? `${name}, ` : ''}${cite.volume} ${reporterDisplay(cite.reporter)} ${cite.page}${paren}`;
  return makeCitation(cite.reporter.kind, decisionKey(cite), display, start, tail.end ?? cite.end, {
    pin: tail.pin, name, court: tail.court, year: tail.year, parallel: tail.parallel,
  });
}

/** A reporter citation with no case name before it ("aff'd, 905 F.3d 1137 (9th Cir. 2018)"). */
export const matchReporter: Rule = (ctx, i) => {
  const cite = readReporterCite(ctx, i);
  if (!cite) return null;
  const tail = readCaseTail(ctx, cite.next);
  if (cite.reporter.needsContext && tail.year === null) return null;
  return { cites: [decisionCitation(cite, tail, null, cite.start)], next: tail.next };
};
