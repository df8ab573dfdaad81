import { stem } from './stem.ts';
import { stopWordsOf } from './stopwords.ts';
import { letterCompounds, markdownToText, wordsOf } from './text.ts';

/** The parts of a resource that search reads, each weighted differently. */
export type Field = 'title' | 'cites' | 'topics' | 'summary' | 'body' | 'pdf';

/**
 * How much a field counts (title ≫ citations and topic names > summary > body > PDF text), how long
 * it usually is, and how much its length dampens its words (b). Fixed rather than measured over
 * the library so that a resource's entry depends on that resource alone: the same data gives the
 * same index on both engines, whatever order it was written in.
 */
export const FIELDS: Record<Field, { weight: number; averageLength: number; b: number }> = {
  title: { weight: 8, averageLength: 10, b: 0.3 },
  cites: { weight: 4, averageLength: 6, b: 0 },
  topics: { weight: 3, averageLength: 8, b: 0 },
  summary: { weight: 2, averageLength: 45, b: 0.5 },
  body: { weight: 1, averageLength: 900, b: 0.75 },
  pdf: { weight: 0.5, averageLength: 5000, b: 0.75 },
};

/** BM25's term-frequency saturation. */
export const K1 = 1.2;
/** Impacts are stored as integers (same bytes on both engines): this many units per point. */
export const IMPACT_SCALE = 1000;
/** The largest stored impact (fits 16 bits). */
export const MAX_IMPACT = 65_535;

/** Prefix of citation terms, which no word can start with. */
export const CITATION_PREFIX = '§';
/** Prefix of the document-number term (`#ilrc-2025-0001`), which no word can start with either. */
export const DOCUMENT_PREFIX = '#';

/** The one term a document number is indexed and looked up under. */
export const documentNumberTerm = (documentNumber: string) => DOCUMENT_PREFIX + documentNumber.toLowerCase();

/** What the analyzer needs to know about one resource. */
export interface SearchDocument {
  language: string;
  title: string;
  summary: string;
  body: string;
  /** Attachments' extracted text, pages separated by form feeds. */
  pdfText: string;
  /** Topic and type names in every language they have, each with its language. */
  labels: { text: string; language: string }[];
  /** Its document number (`ILRC-2025-0001`), indexed as one title-weighted term; null before publication. */
  documentNumber?: string | null;
}

/** The parts of a resource citations are read from. */
export type CitingField = 'title' | 'summary' | 'body' | 'pdf';

/**
 * Citation search keys found in a text, one entry per mention (a key may repeat). `field` says
 * which part of the resource the text is, so a caller can keep what it read (the indexer stores
 * the authorities from this same reading).
 */
export type CitationTerms = (text: string, field: CitingField) => string[];

/** What the index keeps of one resource: its terms with their impacts, and its words (for suggestions). */
export interface AnalyzedDocument {
  impacts: Map<string, number>;
  /** Folded words of its text worth suggesting: letters only, 3–30 long, not stop words. */
  words: Set<string>;
}

const FIELD_NAMES = Object.keys(FIELDS) as Field[];
const SUGGESTABLE = /^[\p{L}]{3,30}$/u;

/**
 * The terms of a resource and each one's impact: the part of its BM25 score that depends on the
 * resource alone, summed over fields with their weights (each field saturating on its own, so one
 * title word outweighs many body mentions). The query side multiplies by the term's rarity.
 */
export function analyzeDocument(doc: SearchDocument, citationTerms: CitationTerms): AnalyzedDocument {
  const counts: Record<Field, Map<string, number>> = { title: new Map(), cites: new Map(), topics: new Map(), summary: new Map(), body: new Map(), pdf: new Map() };
  const lengths: Record<Field, number> = { title: 0, cites: 0, topics: 0, summary: 0, body: 0, pdf: 0 };
  const words = new Set<string>();
  const addText = (field: Field, text: string, language: string) => {
    const map = counts[field];
    const tokens = wordsOf(text);
    lengths[field] += tokens.length;
    const stops = stopWordsOf(language);
    for (const word of tokens) {
      if (word.length < 2 || stops.has(word)) continue;
      const term = stem(word, language);
      map.set(term, (map.get(term) ?? 0) + 1);
      if (field !== 'topics' && !words.has(word) && SUGGESTABLE.test(word)) words.add(word);
    }
    for (const { letter, word } of letterCompounds(text)) {
      const term = `${letter}_${stem(word, language)}`;
      map.set(term, (map.get(term) ?? 0) + 1);
    }
  };
  const body = markdownToText(doc.body);
  addText('title', doc.title, doc.language);
  addText('summary', doc.summary, doc.language);
  addText('body', body, doc.language);
  addText('pdf', doc.pdfText, doc.language);
  // Topic and type names come in both interface languages; each is stemmed as what it is.
  for (const label of doc.labels) addText('topics', label.text, label.language);
  const citing: [CitingField, string][] = [['title', doc.title], ['summary', doc.summary], ['body', body], ['pdf', doc.pdfText]];
  for (const [field, text] of citing) {
    for (const key of citationTerms(text, field)) {
      const term = CITATION_PREFIX + key;
      counts.cites.set(term, (counts.cites.get(term) ?? 0) + 1);
      lengths.cites += 1;
    }
  }
  // The number identifies the resource as its title does, so it weighs as a title word.
  if (doc.documentNumber) counts.title.set(documentNumberTerm(doc.documentNumber), 1);
  const scores = new Map<string, number>();
  for (const field of FIELD_NAMES) {
    const { weight, averageLength, b } = FIELDS[field];
    const norm = 1 - b + (b * Math.max(lengths[field], 1)) / averageLength;
    for (const [term, n] of counts[field]) {
      const tf = n / norm;
      scores.set(term, (scores.get(term) ?? 0) + (weight * tf * (K1 + 1)) / (tf + K1));
    }
  }
  const impacts = new Map<string, number>();
  // Summed in a fixed field order, so the same resource always gives the same integers.
  for (const [term, score] of scores) impacts.set(term, Math.min(MAX_IMPACT, Math.max(1, Math.round(score * IMPACT_SCALE))));
  return { impacts, words };
}
