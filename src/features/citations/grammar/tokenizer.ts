/**
 * The tokenizer. Text is split once, left to right, by a hand-written scanner that looks at each
 * character once; every rule then looks at a bounded number of tokens, so extraction is linear in
 * the length of the text.
 *
 * Tokens are kept as columns of numbers (kind, offsets, spacing, a hash of each word), and a
 * token's object (`Tok`, with its text) is made only when a rule reads that token. Most tokens of
 * a text are words that start no rule and are never read: they cost a few numbers, no object and
 * no string, which is most of what made extraction fast.
 */
export type TokType = 'w' | 'n' | 'p';

/** One token, made when a rule reads it. A word's text and lower-case text are cut from the source when first read. */
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
  declare private readonly source: string;
  declare private cut: string | undefined;
  declare private folded: string | undefined;

  constructor(type: TokType, source: string, start: number, end: number, gap: number, nl: boolean, para: boolean, text: string | undefined) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.gap = gap;
    this.nl = nl;
    this.para = para;
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


const KIND_WORD = 0;
const KIND_NUMBER = 1;
const KIND_OTHER = 2;
const TYPES: readonly TokType[] = ['w', 'n', 'p'];
const HASH_BITS = 16;
/** The hash column of a word that is not all ASCII letters, and of numbers and punctuation. */
const NO_HASH = -1;
const HASH_MASK = (1 << HASH_BITS) - 1;

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const SPACE_RE = /^\s$/u;
/** Class of each BMP code unit, filled in lazily: 0 unknown, 1 letter, 2 space, 3 other. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c += 1) {
  CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c === 32 || (c >= 9 && c <= 13) ? 2 : 3;
}

/** Each ASCII letter in lower case, 0 for any other ASCII character. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 65; c <= 90; c += 1) { ASCII_LOWER[c] = c + 32; ASCII_LOWER[c + 32] = c + 32; }

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : LETTER_RE.test(ch) ? 1 : SPACE_RE.test(ch) || c === 0xfeff ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}

/** The hash the tokenizer gives a lower-case ASCII word, folded to 16 bits (never NO_HASH). */
export function wordHash(lower: string): number {
  let h = 0;
  for (let p = 0; p < lower.length; p += 1) h = (Math.imul(h, 31) + lower.charCodeAt(p)) | 0;
  return h & HASH_MASK;
}

/**
 * A set of lower-case words asked by hash: `mayHold(hash)` is false only when a word token with
 * that hash (all ASCII letters) is certainly not in it. Words with other letters always may.
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

  mayHold(hash: number): boolean {
    return hash === NO_HASH ? this.unhashed : this.bits[hash] === 1;
  }
}

/**
 * The tokens of one window of a text. `get(i)` is token i as an object (made on first reading,
 * then kept), or undefined past either end, as an array index would be; the other readers answer
 * from the columns without making the object. Refilled window after window by `tokenize`.
 */
export class Tokens {
  length = 0;
  private source = '';
  /**
   * Per token: the whitespace before it times 16, plus 4 for a line break in it, 8 for a paragraph
   * break, plus its kind (a gap fits up to 2^27 characters; the scanner's windows are 10 KB).
   */
  private infos: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private hashes: Int32Array;
  /** Token objects made so far (index → object), and the indices to clear for the next window. */
  private made: (Tok | undefined)[] = [];
  private madeAt: number[] = [];
  private madeCount = 0;

  constructor(capacity: number) {
    this.infos = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    while (this.made.length < capacity) this.made.push(undefined);
  }

  /** Token i (undefined past either end, although typed as a token, like an array element). */
  get(i: number): Tok {
    if (i >= 0 && i < this.length) return this.made[i] ?? this.make(i);
    return undefined as unknown as Tok;
  }

  isWordAt(i: number): boolean { return i >= 0 && i < this.length && (this.infos[i] & 3) === KIND_WORD; }
  isNumberAt(i: number): boolean { return i >= 0 && i < this.length && (this.infos[i] & 3) === KIND_NUMBER; }
  /** Token i is "§". */
  isSectionSignAt(i: number): boolean {
    return i >= 0 && i < this.length && (this.infos[i] & 3) === KIND_OTHER && this.source.charCodeAt(this.starts[i]) === 0xa7;
  }
  /**
   * The character of punctuation token i as isPunct compares it (dashes as "-", ’ and ` as "'"),
   * -1 when token i is no punctuation or does not exist, -2 for a character outside the BMP.
   */
  punctCodeAt(i: number): number {
    if (i < 0 || i >= this.length || (this.infos[i] & 3) !== KIND_OTHER) return -1;
    const start = this.starts[i];
    if (this.ends[i] - start !== 1) return -2;
    const c = this.source.charCodeAt(start);
    if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212) return 0x2d;
    if (c === 0x2019 || c === 0x60) return 0x27;
    return c;
  }

  /** Token i begins with a lower-case ASCII letter. */
  startsLowerAt(i: number): boolean {
    const c = this.source.charCodeAt(this.starts[i]);
    return c >= 97 && c <= 122;
  }
  startOf(i: number): number { return this.starts[i]; }
  endOf(i: number): number { return this.ends[i]; }
  hashOf(i: number): number { return this.hashes[i]; }

  /** Token i exists and follows token i-1 with no whitespace between. */
  tight(i: number): boolean { return i >= 0 && i < this.length && this.infos[i] < 16; }

  /** Token i exists and follows token i-1 at most `max` spaces apart, or across one line break, never a paragraph break. */
  near(i: number, max: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const info = this.infos[i];
    return (info & 8) === 0 && info >>> 4 <= ((info & 4) !== 0 ? max + 2 : max);
  }

  /** Token i exists and follows token i-1 at most `max` whitespace characters apart. */
  close(i: number, max: number): boolean { return i >= 0 && i < this.length && this.infos[i] >>> 4 <= max; }

  /** Empties the list for the tokens of `source`, room for `capacity` of them. */
  reset(source: string, capacity: number): void {
    this.forget();
    this.source = source;
    if (capacity > this.infos.length) {
      const size = Math.max(capacity, 2 * this.infos.length, 256);
      this.infos = new Int32Array(size);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.hashes = new Int32Array(size);
      while (this.made.length < size) this.made.push(undefined);
    }
  }

  /** Drops the tokens and the text they came from (so that a kept list holds on to no text). */
  forget(): void {
    // a count, not `madeAt.length = 0`: shrinking an array's length is a slow call into the engine
    for (let k = 0; k < this.madeCount; k += 1) this.made[this.madeAt[k]] = undefined;
    this.madeCount = 0;
    this.length = 0;
    this.source = '';
  }

  /** Adds a token; `info` as in `infos`. */
  push(info: number, start: number, end: number, hash: number): void {
    const n = this.length;
    this.infos[n] = info;
    this.starts[n] = start;
    this.ends[n] = end;
    this.hashes[n] = hash;
    this.length = n + 1;
  }

  private make(i: number): Tok {
    const info = this.infos[i];
    const kind = info & 3;
    const start = this.starts[i];
    const end = this.ends[i];
    let text: string | undefined;
    if (kind !== KIND_WORD) {
      text = this.source.slice(start, end);
      if (kind === KIND_OTHER && end - start === 1) {
        const c = text.charCodeAt(0);
        if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212) text = '-';
        else if (c === 0x2019 || c === 0x60) text = "'";
      }
    }
    const t = new Tok(TYPES[kind], this.source, start, end, info >>> 4, (info & 4) !== 0, (info & 8) !== 0, text);
    this.made[i] = t;
    if (this.madeCount < this.madeAt.length) this.madeAt[this.madeCount] = i;
    else this.madeAt.push(i);
    this.madeCount += 1;
    return t;
  }
}

/**
 * Splits `text[from, to)` into tokens whose offsets refer to the whole text; one pass, no
 * backtracking. The tokens go into `into` (emptied first) when given, else a new list.
 */
export function tokenize(text: string, from = 0, to = text.length, into?: Tokens): Tokens {
  const toks = into ?? new Tokens(Math.max(0, to - from));
  toks.reset(text, Math.max(0, to - from));
  // whitespace before the next token: its length times 16, plus 4 for a line break, 8 for a paragraph break
  let space = 0;
  let breaks = 0;
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c === 32) { space += 16; p += 1; continue; }
    if (c >= 48 && c <= 57) {
      let q = p + 1;
      while (q < to) { const d = text.charCodeAt(q); if (d < 48 || d > 57) break; q += 1; }
      toks.push(space | (breaks > 1 ? 8 : 0) | KIND_NUMBER, p, q, NO_HASH);
      space = 0; breaks = 0; p = q;
      continue;
    }
    const k = c < 128 ? CLASS[c] : classOf(c);
    if (k === 2) {
      space += 16;
      if (c === 10 || c === 0x2028 || c === 0x2029) { space |= 4; breaks += 1; } else if (c === 13) space |= 4;
      p += 1;
      continue;
    }
    if (k === 1) {
      // the hash of the lower-case word, while it is all ASCII letters
      let h = 0;
      let ascii = true;
      let q = p;
      while (q < to) {
        const d = text.charCodeAt(q);
        if (d < 128) {
          const lower = ASCII_LOWER[d];
          if (lower === 0) break;
          h = (Math.imul(h, 31) + lower) | 0;
        } else if (classOf(d) === 1) ascii = false;
        else break;
        q += 1;
      }
      toks.push(space | (breaks > 1 ? 8 : 0) | KIND_WORD, p, q, ascii ? h & HASH_MASK : NO_HASH);
      space = 0; breaks = 0; p = q;
      continue;
    }
    // one other character (a surrogate pair counts as one)
    const q = c >= 0xd800 && c <= 0xdbff && p + 1 < to ? p + 2 : p + 1;
    toks.push(space | (breaks > 1 ? 8 : 0) | KIND_OTHER, p, q, NO_HASH);
    space = 0; breaks = 0; p = q;
  }
  return toks;
}
