import { CITATION_PREFIX, documentNumberTerm } from './document.ts';
import { queryStems } from './stem.ts';
import { isStopWord } from './stopwords.ts';
import { normalizeTyped, wordsOf } from './text.ts';
import type { SynonymSet } from './synonyms.ts';
import type { Alternative } from './alternative.ts';

export type { Alternative } from './alternative.ts';

/** What a query is read up to: a search box holds a question, not a brief. */
export const MAX_QUERY_CHARS = 300;
/** At most this many parts count; the rest of a pasted paragraph is ignored. */
export const MAX_GROUPS = 12;
/** A document number as typed, in any case (`ilrc-2025-0001`). */
const DOCUMENT_NUMBER_IN_QUERY = /(?<![\p{L}\p{N}-])[A-Za-z][A-Za-z0-9]{0,11}-\d{4}-\d{4,9}(?![\p{L}\p{N}-])/gu;
/** A last word this short is taken whole, not as the start of longer words. */
const MIN_PREFIX = 3;

/**
 * One meaningful part of a query: a word, a citation, a synonym phrase or a visa class. A resource
 * has the part when it has any of the alternatives (stems in English or Spanish, synonyms, and
 * later prefix completions or spelling corrections).
 */
export interface QueryGroup {
  kind: 'word' | 'citation' | 'synonym' | 'compound' | 'document';
  /** What the visitor typed for this part, folded. */
  text: string;
  /** For citations: how to show it ("INA § 212(h)"). */
  display?: string;
  alternatives: Alternative[];
  /** The last word typed without a space after it: it may be the start of a longer word. */
  prefix?: boolean;
  /** Part of a quoted phrase: resources without it do not match. */
  required?: boolean;
  /** For citations and document numbers: the span's own words, to fall back on when no resource has it. */
  words?: string[];
}

/** A query, read. */
export interface ParsedQuery {
  groups: QueryGroup[];
  /** Quoted phrases and the whole query's words in order, folded, for phrase boosts. */
  phrases: string[][];
  /** Folded words worth highlighting in snippets (stop words left out). */
  highlight: string[];
}

/** A citation found in a query. */
export interface QueryCitation {
  start: number;
  end: number;
  key: string;
  display: string;
}

/** Finds citations in what a visitor typed (the citation grammar's query reader). */
export type QueryCitationReader = (q: string) => QueryCitation[];

/** A plain word of a query: its stems in English and Spanish. */
export const wordGroup = (word: string): QueryGroup => ({
  kind: 'word', text: word, alternatives: queryStems(word).map((stem) => ({ terms: [stem], weight: 1 })),
});

/**
 * Reads a query into the parts a resource should have. Citations first (any form: "212h",
 * "8 cfr 1003.23", "Padilla vs. Kentucky"), then quoted phrases, synonym phrases from the staff's
 * list, visa classes ("U visa"), and the remaining words without stop words and one-letter words.
 * Nothing typed reaches a database's query syntax; any input gives a (possibly empty) result.
 */
export function parseQuery(raw: string, readCitations: QueryCitationReader, synonyms: SynonymSet): ParsedQuery {
  let q = normalizeTyped(raw).slice(0, MAX_QUERY_CHARS);
  const groups: QueryGroup[] = [];
  const phrases: string[][] = [];
  // A document number ("ILRC-2025-0001") is one term, read before citations so its digits are not.
  const numbers = [...q.matchAll(DOCUMENT_NUMBER_IN_QUERY)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  for (const n of numbers) {
    groups.push({
      kind: 'document', text: n.text.toLowerCase(), display: n.text.toUpperCase(),
      alternatives: [{ terms: [documentNumberTerm(n.text)], weight: 1 }], words: wordsOf(n.text).filter((w) => w.length > 1),
    });
  }
  q = blankSpans(q, numbers);
  const citations = readCitations(q);
  for (const citation of citations) {
    const text = q.slice(citation.start, citation.end);
    groups.push({
      kind: 'citation', text, display: citation.display,
      alternatives: [{ terms: [CITATION_PREFIX + citation.key], weight: 1 }],
      words: wordsOf(text).filter((w) => w.length > 1 && !isStopWord(w)),
    });
  }
  // Blank out the citations so their numbers and letters are not read again as words.
  q = blankSpans(q, citations);
  const endsOpen = /[\p{L}\p{N}]$/u.test(q);
  const parts = q.split('"');
  if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, `${parts[parts.length - 2]} ${parts[parts.length - 1]}`);
  const allWords: string[] = [];
  parts.forEach((part, i) => {
    const words = wordsOf(part);
    allWords.push(...words);
    if (i % 2 === 1) {
      if (words.length > 1) phrases.push(words);
      const meaningful = words.filter((w) => w.length > 1 && !isStopWord(w));
      for (const word of meaningful.length ? meaningful : words) groups.push({ ...wordGroup(word), required: true });
      return;
    }
    groups.push(...plainGroups(words, synonyms));
  });
  const meaningfulWords = allWords.filter((w) => w.length > 1 && !isStopWord(w));
  if (meaningfulWords.length > 1) phrases.push(meaningfulWords);
  // A query of nothing but stop words ("the who") still means something: keep its words.
  if (groups.length === 0) for (const word of allWords.filter((w) => w.length > 1)) groups.push(wordGroup(word));
  const last = groups[groups.length - 1];
  if (last && endsOpen && parts.length % 2 === 1 && last.kind === 'word' && !last.required && last.text.length >= MIN_PREFIX && /\p{L}/u.test(last.text)) last.prefix = true;
  return { groups: dedupe(groups).slice(0, MAX_GROUPS), phrases, highlight: [...new Set(meaningfulWords)] };
}

/** Groups for unquoted words: synonym phrases (longest first), visa classes, then single words. */
function plainGroups(words: string[], synonyms: SynonymSet): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (let i = 0; i < words.length;) {
    const synonym = synonyms.longestMatch(words, i);
    if (synonym) {
      groups.push({ kind: 'synonym', text: words.slice(i, i + synonym.length).join(' '), alternatives: synonym.alternatives });
      i += synonym.length;
      continue;
    }
    const word = words[i]!;
    const next = words[i + 1];
    // A letter and a word ("u visa", "T-visa") is a visa class, as the index reads capitals other
    // than A and I; the word still counts on its own too.
    if (word.length === 1 && /[b-hj-z]/.test(word) && next && next.length > 1 && /^\p{L}/u.test(next) && !isStopWord(next)) {
      groups.push({
        kind: 'compound', text: `${word} ${next}`,
        alternatives: queryStems(next).map((stem) => ({ terms: [`${word}_${stem}`], weight: 1 })),
      });
      i += 1;
      continue;
    }
    if (word.length > 1 && !isStopWord(word)) groups.push(wordGroup(word));
    i += 1;
  }
  return groups;
}

function blankSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** The same part typed twice counts once. */
function dedupe(groups: QueryGroup[]): QueryGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = g.alternatives.map((a) => a.terms.join('+')).sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
