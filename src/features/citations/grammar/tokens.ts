/**
 * Tokens and the small helpers every grammar rule reads them with (the tokenizer is in
 * tokenizer.ts).
 */
import type { Tok, Tokens } from './tokenizer.ts';

export { Tok, type TokType } from './tokenizer.ts';

export type Mode = 'text' | 'query';

/** A token, or undefined past either end. */
export const at = (toks: Tokens, i: number): Tok | undefined => toks.get(i);

/** Token i is directly attached to token i-1 (no whitespace between). */
export const tight = (toks: Tokens, i: number): boolean => toks.tight(i);

/**
 * Token i follows token i-1 at most `max` spaces apart, or across one line break (text extracted
 * from PDFs breaks lines inside citations), never across a paragraph break.
 */
export const near = (toks: Tokens, i: number, max = 2): boolean => toks.near(i, max);

/** Token i follows token i-1 at most `max` whitespace characters apart, line breaks allowed. */
export const close = (toks: Tokens, i: number, max = 3): boolean => toks.close(i, max);

/**
 * Token t is a word and, when words are given, one of them (lower case). Seven at most, as
 * parameters rather than a rest array, which would be allocated on every call of this hot helper;
 * a longer list is a Set for isWordIn.
 */
export function isWord(t: Tok | undefined, a?: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): boolean {
  if (t === undefined || t.type !== 'w') return false;
  if (a === undefined) return true;
  const l = t.lower;
  return l === a || l === b || l === c || l === d || l === e || l === f || l === g;
}
/** Token t is a word in `words` (lower case). */
export const isWordIn = (t: Tok | undefined, words: ReadonlySet<string>): boolean => t !== undefined && t.type === 'w' && words.has(t.lower);
export const isNum = (t: Tok | undefined, maxDigits = 9): boolean => t !== undefined && t.type === 'n' && t.text.length <= maxDigits;
/** Token t is one of the punctuation characters given (six at most, as for isWord). */
export function isPunct(t: Tok | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string): boolean {
  if (t === undefined || t.type !== 'p') return false;
  const x = t.text;
  return x === a || x === b || x === c || x === d || x === e || x === f;
}
/** Token i is one of the punctuation characters given (each one UTF-16 unit), read from the columns without making the token. */
export function isPunctAt(toks: Tokens, i: number, a: string, b?: string, c?: string, d?: string, e?: string, f?: string): boolean {
  const x = toks.punctCodeAt(i);
  if (x < 0) return false;
  return x === a.charCodeAt(0) || (b !== undefined && (x === b.charCodeAt(0) || (c !== undefined && (x === c.charCodeAt(0)
    || (d !== undefined && (x === d.charCodeAt(0) || (e !== undefined && (x === e.charCodeAt(0) || (f !== undefined && x === f.charCodeAt(0))))))))));
}
/** Token i is a number of at most `maxDigits` digits (read from the columns). */
export const isNumAt = (toks: Tokens, i: number, maxDigits = 9): boolean => toks.isNumberAt(i) && toks.endOf(i) - toks.startOf(i) <= maxDigits;
/** isWord of token i, making the token only when it is a word. */
export function isWordAt(toks: Tokens, i: number, a?: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): boolean {
  if (!toks.isWordAt(i)) return false;
  return a === undefined || isWord(toks.get(i), a, b, c, d, e, f, g);
}
/** isWordIn of token i, making the token only when it is a word. */
export const isWordInAt = (toks: Tokens, i: number, words: ReadonlySet<string>): boolean => toks.isWordAt(i) && words.has(toks.get(i).lower);
export const isCap = (t: Tok | undefined): boolean => t !== undefined && t.type === 'w' && t.text[0] !== t.text[0].toLowerCase();
export const isAllCaps = (t: Tok | undefined): boolean => t !== undefined && t.type === 'w' && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
export const isSection = (t: Tok | undefined): boolean => isPunct(t, '§');

/** The squashed forms of an abbreviation ("usc", "unitedstatescode") and every prefix of them. */
export interface SquashedForms { forms: ReadonlySet<string>; prefixes: ReadonlySet<string> }

export function squashedForms(forms: readonly string[]): SquashedForms {
  const prefixes = new Set<string>();
  for (const f of forms) for (let n = 0; n <= f.length; n += 1) prefixes.add(f.slice(0, n));
  return { forms: new Set(forms), prefixes };
}

/**
 * Reads an abbreviation written with or without periods and spaces ("U.S.C.", "U. S. C.", "USC",
 * "C.F.R.", "I. & N. Dec."): squashes up to `maxTokens` word, "&" and "." tokens and returns every
 * boundary where the squashed letters equal one of `targets`, longest last. Periods are dropped,
 * letters lower-cased; tokens may be at most one space apart and never across a line break
 * unless `lines` is set. Reading stops as soon as the letters are no prefix of any form.
 */
export function readSquashed(
  toks: Tokens, i: number, targets: SquashedForms, maxTokens = 10, lines = false,
): { squashed: string; next: number } | null {
  let acc = '';
  let best: { squashed: string; next: number } | null = null;
  for (let j = i, n = 0; j < toks.length && n < maxTokens; j += 1, n += 1) {
    const t = toks.get(j);
    if (j > i && (t.gap > 2 || (t.nl && !lines))) break;
    if (t.type === 'w') acc += t.lower;
    else if (t.type === 'p' && (t.text === '&' || t.text === "'")) acc += t.text === '&' ? '&' : '';
    else if (t.type === 'p' && t.text === '.') { /* periods vanish */ }
    else if (t.type === 'n' && acc.length > 0 && t.text.length <= 1) acc += t.text;
    else break;
    // acc only grows: once it is no prefix of a form, no later boundary can be one
    if (!targets.prefixes.has(acc)) break;
    if (targets.forms.has(acc)) best = { squashed: acc, next: j + 1 };
    if (acc.length > 24) break;
  }
  return best;
}

/** The text of the original between the start of token i and the end of token j-1. */
export const spanText = (text: string, toks: Tokens, i: number, j: number): string =>
  text.slice(toks.startOf(i), toks.endOf(j - 1));

/** Index past a run of "." tokens directly attached (an abbreviation's period). */
export const skipDot = (toks: Tokens, i: number): number => (isPunct(toks.get(i), '.') && tight(toks, i) ? i + 1 : i);
