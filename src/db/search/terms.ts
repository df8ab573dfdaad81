import { droppedMarks, foldMap, separatorRanges } from './unicode61.ts';

/** One thing every match must contain: a word, or words next to each other in this order. */
export interface SearchTerm {
  words: string[];
  /** The last word may be the start of a longer word ("immigr" finds "immigration"). */
  prefix: boolean;
}

/** At most this many terms are kept (a 200-character box holds about 100 one-letter words). */
export const MAX_TERMS = 32;
/** A prefix this short would match a large part of the vocabulary, so it is matched whole. */
const MIN_PREFIX = 3;

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const charClass = (ranges: [number, number][]) => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
const SEPARATORS = new RegExp(`[${charClass(separatorRanges)}]+`, 'gu');
// Most of any text is lower-case ASCII, which neither folding nor splitting changes: only runs of
// capitals and of other characters are looked up (the latter in the full tables), and the rest
// is split on ASCII separators with a short class, ~5× faster than the full tables throughout.
const asciiHex = (cp: number) => `\\x${cp.toString(16).padStart(2, '0')}`;
const ASCII_SEPARATORS = new RegExp(`[${separatorRanges.filter(([a]) => a < 0x80)
  .map(([a, b]) => `${asciiHex(a)}-${asciiHex(Math.min(b, 0x7f))}`).join('')}]+`);
const FOLDABLE_RUN = /[A-Z]+|[^\x00-\x7f]+/g;
const DROPPED = new Set(droppedMarks);

function foldRun(run: string): string {
  if (run.charCodeAt(0) < 0x80) return run.toLowerCase();
  let out = '';
  for (const ch of run) {
    const cp = ch.codePointAt(0)!;
    if (DROPPED.has(cp)) continue;
    const folded = foldMap.get(cp);
    out += folded === undefined ? ch : String.fromCodePoint(folded);
  }
  return out;
}

/** Folds text as SQLite's unicode61 tokenizer does: case, accents ("Petición" → "peticion"). */
export function foldText(text: string): string {
  return text.replace(FOLDABLE_RUN, foldRun);
}

// Folding never turns a letter into a separator, so a run's separators can go after folding.
const foldAndSpaceRun = (run: string) => (run.charCodeAt(0) < 0x80 ? run.toLowerCase() : foldRun(run).replace(SEPARATORS, ' '));

/** The index's words in a text: folded, split on punctuation and spaces ("212(h)" → 212, h). */
export function wordsOf(text: string): string[] {
  return text.replace(FOLDABLE_RUN, foldAndSpaceRun).split(ASCII_SEPARATORS).filter((w) => w !== '');
}

/**
 * Turns what a visitor typed into terms that must all match. Each space-separated chunk is one
 * term, so a citation such as "212(h)" or "1003.23" is matched as its words side by side;
 * text between double quotes is one term too ("Matter of Pickering"). An unpaired quote, and
 * anything that is not a letter or digit, is only a separator: nothing typed is ever passed to
 * the engine's query syntax. No words at all gives no terms (and no results).
 */
export function parseSearch(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = q.split('"');
  // An odd number of quotes leaves the text after the last one unquoted.
  if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, `${parts[parts.length - 2]} ${parts[parts.length - 1]}`);
  let lastQuoted = false;
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1;
    const chunks = quoted ? [part] : part.split(/\s+/);
    for (const chunk of chunks) {
      const words = wordsOf(chunk);
      if (words.length === 0) continue;
      terms.push({ words, prefix: false });
      lastQuoted = quoted;
    }
  });
  const last = terms[terms.length - 1];
  // Only a plain last word typed without anything after it reads as unfinished.
  if (last && !lastQuoted && last.words.length === 1 && last.words[0].length >= MIN_PREFIX && /[\p{L}\p{N}]$/u.test(q)) last.prefix = true;
  return terms.slice(0, MAX_TERMS);
}
