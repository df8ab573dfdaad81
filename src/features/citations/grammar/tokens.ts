/**
 * The tokenizer and the small helpers every grammar rule reads tokens with. Text is split once,
 * left to right, by a hand-written scanner that looks at each character once; every rule then
 * looks at a bounded number of tokens, so extraction is linear in the length of the text.
 */
export type TokType = 'w' | 'n' | 'p';

/**
 * One token. A word's text and lower-case text are cut from the source only when a rule reads
 * them: most words of ordinary prose are looked at only through `hash`, which is computed while
 * the word is scanned, so they cost one small object and no strings.
 */
export class Tok {
  // `declare`: the constructor sets every field, so no class-field initializer runs before it
  /** w: run of letters, n: run of ASCII digits, p: one other non-space character. */
  declare readonly type: TokType;
  declare readonly start: number;
  declare readonly end: number;
  /** Whitespace characters between the previous token and this one. */
  declare readonly gap: number;
  /** The whitespace before this token holds a line break. */
  declare readonly nl: boolean;
  /** The whitespace before this token holds two line breaks or more (a paragraph break). */
  declare readonly para: boolean;
  /** Words: `wordHash` of the lower-case word when it is all ASCII letters, else NO_HASH; others: NO_HASH. */
  declare readonly hash: number;
  declare private readonly source: string;
  declare private cut: string | undefined;
  declare private folded: string | undefined;

  constructor(type: TokType, source: string, start: number, end: number, gap: number, nl: boolean, para: boolean, hash: number, text: string | undefined) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.gap = gap;
    this.nl = nl;
    this.para = para;
    this.hash = hash;
    this.source = source;
    this.cut = text;
    this.folded = type === 'w' ? undefined : text;
  }

  get text(): string {
    let t = this.cut;
    if (t === undefined) { t = this.source.slice(this.start, this.end); this.cut = t; }
    return t;
  }

  /** Lower-cased text (words), for case-insensitive comparisons. */
  get lower(): string {
    let l = this.folded;
    if (l === undefined) { l = this.text.toLowerCase(); this.folded = l; }
    return l;
  }
}

export type Mode = 'text' | 'query';

/** `hash` of a word that is not all ASCII letters, and of numbers and punctuation. */
export const NO_HASH = -1;
const HASH_BITS = 16;

/** The hash the tokenizer gives a lower-case ASCII word, folded to 16 bits (never NO_HASH). */
export function wordHash(lower: string): number {
  let h = 0;
  for (let p = 0; p < lower.length; p += 1) h = (Math.imul(h, 31) + lower.charCodeAt(p)) | 0;
  return h & ((1 << HASH_BITS) - 1);
}

/**
 * A set of lower-case words asked by hash: `mayHold(t)` is false only when word token t (all ASCII
 * letters) is certainly not in it, without cutting its text. Words with other letters always may.
 */
export class WordFilter {
  private readonly bits = new Uint8Array(1 << HASH_BITS);
  private readonly unhashed: boolean;

  constructor(words: Iterable<string>) {
    let unhashed = false;
    for (const w of words) {
      if (/^[a-z]*$/.test(w)) this.bits[wordHash(w)] = 1;
      else unhashed = true;
    }
    this.unhashed = unhashed;
  }

  mayHold(t: Tok): boolean {
    return t.hash === NO_HASH ? this.unhashed : this.bits[t.hash] === 1;
  }
}

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
      toks.push(new Tok('n', text, p, q, gap, nl, breaks > 1, NO_HASH, text.slice(p, q)));
      gap = 0; nl = false; breaks = 0; p = q;
      continue;
    }
    const k = c < 128 ? CLASS[c] : classOf(c);
    if (k === 2) {
      gap += 1;
      if (c === 10 || c === 0x2028 || c === 0x2029) { nl = true; breaks += 1; } else if (c === 13) nl = true;
      p += 1;
      continue;
    }
    if (k === 1) {
      // the hash of the lower-case word, while it is all ASCII letters (letters are 65–90, 97–122)
      let h = 0;
      let ascii = true;
      let q = p;
      while (q < to) {
        const d = text.charCodeAt(q);
        if (d < 128) {
          if (CLASS[d] !== 1) break;
          h = (Math.imul(h, 31) + (d | 32)) | 0;
        } else if (classOf(d) === 1) ascii = false;
        else break;
        q += 1;
      }
      toks.push(new Tok('w', text, p, q, gap, nl, breaks > 1, ascii ? h & ((1 << HASH_BITS) - 1) : NO_HASH, undefined));
      gap = 0; nl = false; breaks = 0; p = q;
      continue;
    }
    // one other character (a surrogate pair counts as one)
    const q = c >= 0xd800 && c <= 0xdbff && p + 1 < to ? p + 2 : p + 1;
    let t = text.slice(p, q);
    if (DASHES.has(t)) t = '-';
    else if (t === '’' || t === '`') t = "'";
    toks.push(new Tok('p', text, p, q, gap, nl, breaks > 1, NO_HASH, t));
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
  toks: readonly Tok[], i: number, targets: SquashedForms, maxTokens = 10, lines = false,
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
    // acc only grows: once it is no prefix of a form, no later boundary can be one
    if (!targets.prefixes.has(acc)) break;
    if (targets.forms.has(acc)) best = { squashed: acc, next: j + 1 };
    if (acc.length > 24) break;
  }
  return best;
}

/** The text of the original between the start of token i and the end of token j-1. */
export const spanText = (text: string, toks: readonly Tok[], i: number, j: number): string =>
  text.slice(toks[i].start, toks[j - 1].end);

/** Index past a run of "." tokens directly attached (an abbreviation's period). */
export const skipDot = (toks: readonly Tok[], i: number): number => (isPunct(toks[i], '.') && tight(toks, i) ? i + 1 : i);
