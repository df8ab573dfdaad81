/**
 * Subdivisions of a section: "(h)(1)(A)(i)". Read from tokens, validated (so "(2018)",
 * "(West 2020)" or "(emphasis added)" are never read as subsections) and written back in the case
 * convention of the code, whatever case the writer used: statutes (a)(1)(A)(i)(I)(aa), the C.F.R.
 * (a)(1)(i)(A)(1)(i).
 */
import type { Tokens } from './tokenizer.ts';
import type { Mode } from './tokens.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isPunct, near, tight } = tokens;

export type Scheme = 'statute' | 'cfr' | 'state';

const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const MAX_DEPTH = 8;

/** Whether `s` is one or more ASCII digits. */
export function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let p = 0; p < s.length; p += 1) {
    const c = s.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A designator that can stand inside parentheses: 1–3 digits, one or two same letters, a small roman numeral. */
export function isDesignator(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 5) return false;
  let digits = true;
  let letters = true;
  for (let p = 0; p < n; p += 1) {
    const c = raw.charCodeAt(p);
    if (c < 48 || c > 57) digits = false;
    if (c < 65 || (c > 90 && c < 97) || c > 122) letters = false;
  }
  if (digits) return n <= 3;
  if (!letters) return false;
  if (n === 1) return true;
  const s = raw.toLowerCase();
  if (n === 2 && s[0] === s[1]) return true;
  return ROMAN.test(s);
}

/**
 * Writes letters in the case their level takes in `scheme`, the level being told by the designator
 * before: statutes (a) → (1) → (A) → (i) → (I) → (aa), so a letter after a number is a
 * subparagraph (upper case: "706(2)(A)", "101(a)(15)(U)"), a letter after a subparagraph a clause
 * (lower), after a clause a subclause (upper); the C.F.R. (a) → (1) → (i) → (A) → (1) → (i).
 */
export function normalizeSubdivisions(subs: readonly string[], scheme: Scheme): string[] {
  // states number their subdivisions each in its own way: keys fold case, displays keep it
  if (scheme === 'state') return subs.map((s) => (allDigits(s) ? String(Number(s)) : s.toLowerCase()));
  const out: string[] = [];
  let prev: 'none' | 'num' | 'lower' | 'upper' = 'none';
  let depthOfLetters = 0;
  for (const raw of subs) {
    if (allDigits(raw)) {
      out.push(String(Number(raw)));
      prev = 'num';
      continue;
    }
    let upper: boolean;
    if (prev === 'none') upper = false;
    else if (prev === 'num') upper = scheme === 'statute';
    else upper = prev === 'lower';
    if (scheme === 'statute' && prev === 'lower' && depthOfLetters === 1 && out.length === 1) upper = false; // "(a)(b)": a list, not a level
    out.push(upper ? raw.toUpperCase() : raw.toLowerCase());
    prev = upper ? 'upper' : 'lower';
    depthOfLetters += 1;
  }
  return out;
}

export function formatSubdivisions(subs: readonly string[]): string {
  let out = '';
  for (const s of subs) out += `(${s})`;
  return out;
}

/**
 * Reads "(a)(1)(A)" starting at token i. The first parenthesis may follow the section after one
 * space ("212 (h)"); the rest must be attached. In query mode designators may also be written
 * bare, separated by spaces or attached ("1101 a 43", "212h", "101a43").
 */
export function readSubdivisions(toks: Tokens, i: number, mode: Mode, loose = false): { subs: string[]; next: number } {
  const subs: string[] = [];
  let j = i;
  while (subs.length < MAX_DEPTH) {
    const open = at(toks, j);
    const inner = at(toks, j + 1);
    const close = at(toks, j + 2);
    const firstGapOk = subs.length === 0 ? near(toks, j, 1) : tight(toks, j);
    if (isPunct(open, '(') && firstGapOk && inner && inner.type !== 'p' && tight(toks, j + 1)
      && isPunct(close, ')') && tight(toks, j + 2) && isDesignator(inner.text)) {
      subs.push(inner.text);
      j += 3;
      continue;
    }
    if ((mode === 'query' || loose) && subs.length < MAX_DEPTH) {
      const t = at(toks, j);
      const attached = tight(toks, j);
      if (t && t.type !== 'p' && (attached || near(toks, j, 1)) && isDesignator(t.text)
        && !(t.type === 'n' && t.text.length > 3) && !(t.type === 'w' && t.text.length > 1 && !attached && !/^[ivx]+$/i.test(t.text))) {
        subs.push(t.text);
        j += 1;
        continue;
      }
    }
    break;
  }
  return { subs, next: j };
}
