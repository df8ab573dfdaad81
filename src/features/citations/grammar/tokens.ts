/**
 * The tokenizer and the small helpers every grammar rule reads tokens with. Text is split once,
 * left to right, by one regular expression with no nested quantifiers; every rule then looks at a
 * bounded number of tokens, so extraction is linear in the length of the text.
 */
export type TokType = 'w' | 'n' | 'p';

export interface Tok {
  /** w: run of letters, n: run of ASCII digits, p: one other non-space character. */
  type: TokType;
  text: string;
  /** Lower-cased text (words), for case-insensitive comparisons. */
  lower: string;
  start: number;
  end: number;
  /** Whitespace characters between the previous token and this one. */
  gap: number;
  /** The whitespace before this token holds a line break. */
  nl: boolean;
  /** The whitespace before this token holds two line breaks or more (a paragraph break). */
  para: boolean;
}

export type Mode = 'text' | 'query';

const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const SPACE_RE = /^\s$/u;
/** Class of each BMP code unit, filled in lazily: 0 unknown, 1 letter, 2 space, 3 other. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c += 1) {
  CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c === 32 || (c >= 9 && c <= 13) ? 2 : 3;
}

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : LETTER_RE.test(ch) ? 1 : SPACE_RE.test(ch) || c === 0xfeff ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}

/** Splits `text[from, to)` into tokens whose offsets refer to the whole text; one pass, no backtracking. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const toks: Tok[] = [];
  let gap = 0;
  let nl = false;
  let breaks = 0;
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      let q = p + 1;
      while (q < to) { const d = text.charCodeAt(q); if (d < 48 || d > 57) break; q += 1; }
      const t = text.slice(p, q);
      toks.push({ type: 'n', text: t, lower: t, start: p, end: q, gap, nl, para: breaks > 1 });
      gap = 0; nl = false; breaks = 0; p = q;
      continue;
    }
    const k = classOf(c);
    if (k === 2) {
      gap += 1;
      if (c === 10 || c === 0x2028 || c === 0x2029) { nl = true; breaks += 1; } else if (c === 13) nl = true;
      p += 1;
      continue;
    }
    if (k === 1) {
      let q = p + 1;
      while (q < to && classOf(text.charCodeAt(q)) === 1) q += 1;
      const t = text.slice(p, q);
      toks.push({ type: 'w', text: t, lower: t.toLowerCase(), start: p, end: q, gap, nl, para: breaks > 1 });
      gap = 0; nl = false; breaks = 0; p = q;
      continue;
    }
    // one other character (a surrogate pair counts as one)
    const q = c >= 0xd800 && c <= 0xdbff && p + 1 < to ? p + 2 : p + 1;
    let t = text.slice(p, q);
    if (DASHES.has(t)) t = '-';
    else if (t === '’' || t === '`') t = "'";
    toks.push({ type: 'p', text: t, lower: t, start: p, end: q, gap, nl, para: breaks > 1 });
    gap = 0; nl = false; breaks = 0; p = q;
  }
  return toks;
}

/** A token, or undefined past either end. */
export const at = (toks: readonly Tok[], i: number): Tok | undefined => (i >= 0 && i < toks.length ? toks[i] : undefined);

/** Token i is directly attached to token i-1 (no whitespace between). */
export const tight = (toks: readonly Tok[], i: number): boolean => (toks[i]?.gap ?? 1) === 0;

/**
 * Token i follows token i-1 at most `max` spaces apart, or across one line break (text extracted
 * from PDFs breaks lines inside citations), never across a paragraph break.
 */
export const near = (toks: readonly Tok[], i: number, max = 2): boolean => {
  const t = toks[i];
  return t !== undefined && !t.para && t.gap <= (t.nl ? max + 2 : max);
};

/** Token i follows token i-1 at most `max` whitespace characters apart, line breaks allowed. */
export const close = (toks: readonly Tok[], i: number, max = 3): boolean => {
  const t = toks[i];
  return t !== undefined && t.gap <= max;
};

export const isWord = (t: Tok | undefined, ...lower: string[]): boolean =>
  t !== undefined && t.type === 'w' && (lower.length === 0 || lower.includes(t.lower));
export const isNum = (t: Tok | undefined, maxDigits = 9): boolean => t !== undefined && t.type === 'n' && t.text.length <= maxDigits;
export const isPunct = (t: Tok | undefined, ...chars: string[]): boolean => t !== undefined && t.type === 'p' && chars.includes(t.text);
export const isCap = (t: Tok | undefined): boolean => t !== undefined && t.type === 'w' && t.text[0] !== t.text[0].toLowerCase();
export const isAllCaps = (t: Tok | undefined): boolean => t !== undefined && t.type === 'w' && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
export const isSection = (t: Tok | undefined): boolean => isPunct(t, '§');

/**
 * Reads an abbreviation written with or without periods and spaces ("U.S.C.", "U. S. C.", "USC",
 * "C.F.R.", "I. & N. Dec."): squashes up to `maxTokens` word, "&" and "." tokens and returns every
 * boundary where the squashed letters equal one of `targets`, longest last. Periods are dropped,
 * letters lower-cased; tokens may be at most one space apart and never across a line break
 * unless `lines` is set.
 */
export function readSquashed(
  toks: readonly Tok[], i: number, targets: ReadonlySet<string>, maxTokens = 10, lines = false,
): { squashed: string; next: number } | null {
  let acc = '';
  let best: { squashed: string; next: number } | null = null;
  for (let j = i, n = 0; j < toks.length && n < maxTokens; j += 1, n += 1) {
    const t = toks[j];
    if (j > i && (t.gap > 2 || (t.nl && !lines))) break;
    if (t.type === 'w') acc += t.lower;
    else if (t.type === 'p' && (t.text === '&' || t.text === "'")) acc += t.text === '&' ? '&' : '';
    else if (t.type === 'p' && t.text === '.') { /* periods vanish */ }
    else if (t.type === 'n' && acc.length > 0 && t.text.length <= 1) acc += t.text;
    else break;
    if (targets.has(acc)) best = { squashed: acc, next: j + 1 };
    if (acc.length > 24) break;
  }
  return best;
}

/** The text of the original between the start of token i and the end of token j-1. */
export const spanText = (text: string, toks: readonly Tok[], i: number, j: number): string =>
  text.slice(toks[i].start, toks[j - 1].end);

/** Index past a run of "." tokens directly attached (an abbreviation's period). */
export const skipDot = (toks: readonly Tok[], i: number): number => (isPunct(toks[i], '.') && tight(toks, i) ? i + 1 : i);
