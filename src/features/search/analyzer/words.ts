import { droppedMarks, foldMap, separatorRanges } from './unicode61.ts';

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
