/**
 * The Federal Register ("89 Fed. Reg. 12345", "84 Fed. Reg. 41,292, 41,300 (Aug. 14, 2019)",
 * "85 FR 80274"), public laws ("Pub. L. No. 104-208", "Public Law 106-386", "P.L. 110-457") and
 * the Statutes at Large ("110 Stat. 3009-546").
 */
import { makeCitation, type Rule, type ScanContext } from './context.ts';
import { readCaseTail } from './decisions.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isNum, isNumAt, isPunct, isPunctAt, isWord, isWordAt, near, readSquashed, squashedForms, tight } = tokens;

const FED_REG = squashedForms(['fedreg', 'fr', 'federalregister']);
const PUB_L = squashedForms(['publ', 'pl', 'publiclaw', 'publaw']);

/** A page written with thousands separators: "41,292" → "41292". */
function readPage(ctx: ScanContext, k: number, maxDigits: number): { page: string; next: number; end: number } | null {
  const { toks } = ctx;
  const n = at(toks, k);
  if (!isNum(n, maxDigits) || n!.text.startsWith('0')) return null;
  let page = n!.text;
  let m = k + 1;
  if (page.length <= 3 && isPunctAt(toks, m, ',') && tight(toks, m) && isNumAt(toks, m + 1) && toks.get(m + 1).text.length === 3 && tight(toks, m + 1)) {
    page += toks.get(m + 1).text;
    m += 2;
  }
  return { page, next: m, end: toks.get(m - 1).end };
}

/** "41292" → "41,292", as toLocaleString('en-US') writes an integer, without its cost (ICU, tens of µs). */
function withThousands(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let p = out.length; p < digits.length; p += 3) out += `,${digits.slice(p, p + 3)}`;
  return out;
}

export const matchFederalRegister: Rule = (ctx, i) => {
  const { toks, mode } = ctx;
  const v = toks.get(i);
  if (!isNum(v, 3) || v.text.startsWith('0') || !near(toks, i + 1)) return null;
  const abbr = readSquashed(toks, i + 1, FED_REG, 6);
  if (!abbr) return null;
  if (abbr.squashed === 'fr' && mode === 'text' && toks.get(i + 1).text !== 'FR') return null;
  if (!near(toks, abbr.next)) return null;
  const page = readPage(ctx, abbr.next, 6);
  if (!page) return null;
  let end = page.end;
  let next = page.next;
  let pin: string | null = null;
  if (isPunctAt(toks, next, ',') && tight(toks, next)) {
    const p = readPage(ctx, next + 1, 6);
    if (p && Number(p.page) >= Number(page.page) && Number(p.page) - Number(page.page) < 2000) { pin = `at ${p.page}`; end = p.end; next = p.next; }
  }
  const tail = readCaseTail(ctx, next);
  const key = `${Number(v.text)} Fed. Reg. ${page.page}`;
  const display = `${Number(v.text)} Fed. Reg. ${withThousands(String(Number(page.page)))}`;
  return { cites: [makeCitation('federal-register', key, display, v.start, tail.end ?? end, { pin, year: tail.year })], next: tail.next };
};

/** "110 Stat. 3009-546" at token i, or null. */
function readStat(ctx: ScanContext, i: number): { key: string; end: number; next: number } | null {
  const { toks } = ctx;
  const v = toks.get(i);
  if (!isNum(v, 3) || v.text.startsWith('0') || !isWordAt(toks, i + 1, 'stat') || !near(toks, i + 1, 1)) return null;
  if (ctx.mode === 'text' && toks.get(i + 1).text !== 'Stat') return null;
  let m = i + 2;
  if (isPunctAt(toks, m, '.') && tight(toks, m)) m += 1;
  const p = at(toks, m);
  if (!isNum(p, 5) || !near(toks, m) || p!.text.startsWith('0')) return null;
  let page = p!.text;
  m += 1;
  if (isPunctAt(toks, m, '-') && tight(toks, m) && isNumAt(toks, m + 1, 5) && tight(toks, m + 1)) { page += `-${toks.get(m + 1).text}`; m += 2; }
  return { key: `${Number(v.text)} Stat. ${page}`, end: toks.get(m - 1).end, next: m };
}

export const matchStatutesAtLarge: Rule = (ctx, i) => {
  const stat = readStat(ctx, i);
  if (!stat) return null;
  const tail = readCaseTail(ctx, stat.next);
  return { cites: [makeCitation('public-law', stat.key, stat.key, ctx.toks.get(i).start, tail.end ?? stat.end, { year: tail.year })], next: tail.next };
};

export const matchPublicLaw: Rule = (ctx, i) => {
  const { toks, mode } = ctx;
  const t = toks.get(i);
  if (!isWord(t, 'pub', 'p', 'public', 'pl')) return null;
  if (mode === 'text' && t.text[0] !== t.text[0].toUpperCase()) return null;
  const abbr = readSquashed(toks, i, PUB_L, 6);
  if (!abbr) return null;
  if (abbr.squashed === 'pl' && mode === 'text' && !isPunctAt(toks, i + 1, '.')) return null;
  let m = abbr.next;
  if (isWordAt(toks, m, 'no', 'number', 'núm', 'num') && near(toks, m)) m = isPunctAt(toks, m + 1, '.') ? m + 2 : m + 1;
  const c = at(toks, m);
  if (!isNum(c, 3) || !near(toks, m) || !isPunctAt(toks, m + 1, '-') || !tight(toks, m + 1) || !isNumAt(toks, m + 2, 4) || !tight(toks, m + 2)) return null;
  const congress = Number(c!.text);
  const law = Number(toks.get(m + 2).text);
  if (congress < 1 || congress > 130 || law < 1) return null;
  let next = m + 3;
  let end = toks.get(m + 2).end;
  const parallel: string[] = [];
  // ", div. C, tit. III, § 304, 110 Stat. 3009-546, 3009-587 (1996)"
  for (let n = 0; n < 6; n += 1) {
    if (!isPunctAt(toks, next, ',') || !tight(toks, next)) break;
    const stat = readStat(ctx, next + 1);
    if (stat) { parallel.push(stat.key); next = stat.next; end = stat.end; continue; }
    const w = at(toks, next + 1);
    if (isWord(w, 'div', 'tit', 'title', 'subtit', 'sec') || isPunct(w, '§')) {
      let d = next + 2;
      while (d < toks.length && d < next + 8 && !(isPunctAt(toks, d, ',') && tight(toks, d)) && !isPunctAt(toks, d, '(')) d += 1;
      if (!isPunctAt(toks, d, ',')) break;
      next = d;
      continue;
    }
    break;
  }
  const tail = readCaseTail(ctx, next);
  const key = `Pub. L. ${congress}-${law}`;
  return {
    cites: [makeCitation('public-law', key, `Pub. L. No. ${congress}-${law}`, t.start, tail.end ?? end, { parallel, year: tail.year })],
    next: tail.end !== null ? tail.next : next,
  };
};
