import type { ParsedQuery } from './analyzer/query.ts';
import { queryStems, stem } from './analyzer/stem.ts';
import { isStopWord } from './analyzer/stopwords.ts';
import { wordsOf } from './analyzer/text.ts';

/** How many of the best results are looked at again with their titles. */
export const RERANK_DEPTH = 60;

/** Title and summary of a result, with its language (for stemming). */
export interface RerankText {
  title: string;
  summary: string;
  language: string;
}

const meaningful = (words: string[]) => words.filter((w) => w.length > 1 && !isStopWord(w));

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * How much a result's title and summary say it is what was asked for, as a factor on its score:
 * the title is exactly the query (×2.5), holds every part of it (up to ×1.6 in proportion), holds
 * the query's words as a phrase (×1.3), or the summary does (×1.15).
 */
export function titleBoost(query: ParsedQuery, text: RerankText): number {
  const titleWords = wordsOf(text.title);
  const titleStems = new Set(titleWords.map((w) => stem(w, text.language)));
  for (const w of titleWords) for (const s of queryStems(w)) titleStems.add(s);
  const groups = query.groups.filter((g) => g.kind !== 'citation' && g.kind !== 'document');
  let factor = 1;
  if (groups.length > 0) {
    const inTitle = groups.filter((g) => g.alternatives.some((a) => a.terms.every((t) => titleStems.has(t)))).length;
    factor *= 1 + 0.6 * (inTitle / groups.length) ** 2;
  }
  const queryWords = query.highlight;
  if (queryWords.length > 0 && meaningful(titleWords).join(' ') === queryWords.join(' ')) factor *= 2.5;
  const summaryWords = wordsOf(text.summary);
  const has = (words: string[], phrase: string[]) => containsSequence(words, phrase) || containsSequence(meaningful(words), phrase);
  for (const phrase of query.phrases) {
    if (has(titleWords, phrase)) factor *= 1.3;
    else if (has(summaryWords, phrase)) factor *= 1.15;
  }
  return factor;
}
