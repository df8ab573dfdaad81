import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as spanish } from '@orama/stemmers/spanish';

/**
 * Snowball stemmers (the Snowball project's own algorithms, as generated for JavaScript and kept by
 * @orama/stemmers), one per content language we stem. Other languages are indexed unstemmed.
 */
const STEMMERS: Record<string, (word: string) => string> = { en: english, es: spanish };

/** Languages whose words are stemmed; a query is stemmed in each of them. */
export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

// A library's vocabulary is small (tens of thousands of words), and every text repeats its words:
// remembering stems makes indexing ~5× faster. Bounded so hostile input cannot grow it forever.
const MAX_MEMO = 200_000;
const memo: Record<string, Map<string, string>> = { en: new Map(), es: new Map() };

/** Words longer than this are not real words (hashes, run-together text): kept as they are. */
const MAX_STEMMED_LENGTH = 40;

/**
 * The stem of a folded word in a language ("waivers" → "waiver", "peticiones" → "peticion"); the
 * word itself for languages without a stemmer, numbers and very long tokens.
 */
export function stem(word: string, language: string): string {
  const stemmer = STEMMERS[language];
  if (!stemmer || word.length > MAX_STEMMED_LENGTH || /^\d/.test(word)) return word;
  const cache = memo[language]!;
  let result = cache.get(word);
  if (result === undefined) {
    result = stemmer(word);
    if (cache.size >= MAX_MEMO) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/** The distinct stems a query word may stand for: its stem in each stemmed language. */
export function queryStems(word: string): string[] {
  const stems = new Set<string>();
  for (const language of STEMMED_LANGUAGES) stems.add(stem(word, language));
  return [...stems];
}
