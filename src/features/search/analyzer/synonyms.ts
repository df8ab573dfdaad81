import type { Alternative } from './alternative.ts';
import { stem } from './stem.ts';
import { isStopWord } from './stopwords.ts';
import { wordsOf } from './text.ts';

/** The phrase a visitor typed counts fully; its synonyms a little less. */
const SYNONYM_WEIGHT = 0.9;

interface Phrase {
  words: string[];
  group: number;
}

/**
 * The staff's synonym groups ("CIMT" = "crime involving moral turpitude"), ready to read queries
 * with: a query containing any phrase of a group matches resources containing any of them.
 */
export class SynonymSet {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  private readonly groups: string[][][] = [];

  /** `groups`: each a list of equivalent phrases as staff wrote them. */
  constructor(groups: string[][]) {
    for (const phrases of groups) {
      const index = this.groups.length;
      const folded = phrases.map((p) => wordsOf(p)).filter((w) => w.length > 0);
      if (folded.length < 2) continue;
      this.groups.push(folded);
      for (const words of folded) {
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, group: index });
        this.byFirstWord.set(words[0]!, list);
      }
    }
  }

  /** How many groups there are. */
  get size(): number {
    return this.groups.length;
  }

  /** The longest synonym phrase starting at `words[i]`, with the alternatives it stands for. */
  longestMatch(words: string[], i: number): { length: number; alternatives: Alternative[] } | undefined {
    let best: Phrase | undefined;
    for (const phrase of this.byFirstWord.get(words[i]!) ?? []) {
      if (best && phrase.words.length <= best.words.length) continue;
      if (phrase.words.every((w, k) => words[i + k] === w)) best = phrase;
    }
    if (!best) return undefined;
    const alternatives: Alternative[] = [];
    const seen = new Set<string>();
    for (const words of this.groups[best.group]!) {
      const weight = words === best.words ? 1 : SYNONYM_WEIGHT;
      for (const language of ['en', 'es']) {
        const meaningful = words.filter((w) => w.length > 1 && !isStopWord(w));
        const terms = (meaningful.length ? meaningful : words).map((w) => stem(w, language));
        const key = terms.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        alternatives.push({ terms, weight });
      }
    }
    return { length: best.words.length, alternatives };
  }
}
