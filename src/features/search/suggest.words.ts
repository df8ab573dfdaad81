import type { Db } from '../../db/schema.ts';
import { FIELDS, IMPACT_SCALE, K1 } from './analyzer/document.ts';
import { queryStems } from './analyzer/stem.ts';
import { isStopWord } from './analyzer/stopwords.ts';
import { wordsOf } from './analyzer/text.ts';
import { BUCKET_BITS, readPairs } from './index/postings.ts';
import { documentFrequencies, readPostings, wordsStartingWith } from './search.repo.ts';
import { publishedTitles } from './suggest.repo.ts';

/** Completions of a half-typed last word looked up (the vocabulary's first few in code-point order). */
const COMPLETIONS = 8;
/**
 * At most this many postings are read for one suggestion (a few blobs): words found in more
 * resources than this are not looked up inside titles, which would cost as much as a search.
 */
export const MAX_SUGGEST_POSTINGS = 5_000;
const LETTERS = /^\p{L}+$/u;
/** Titles read to check (the entries with the highest impacts). */
const CANDIDATES = 40;

/**
 * The smallest impact a word in a title can have: one mention in a title three times the usual
 * length. Anything lower cannot be a title word, so only the few entries above it are checked.
 */
const TITLE_FLOOR = (() => {
  const { weight, averageLength, b } = FIELDS.title;
  const tf = 1 / (1 - b + (b * 3 * averageLength) / averageLength);
  return Math.floor(((weight * tf * (K1 + 1)) / (tf + K1)) * IMPACT_SCALE);
})();

/**
 * Published titles with a word (not the first: the title-start lookup finds those) starting with
 * what was typed: "pro" offers "Removal proceedings: …". The words are found through the search
 * index: its vocabulary completes the half-typed last word (or the longest finished word is taken
 * as typed), its postings name the resources with that word in a title-sized impact, and only
 * those few titles are read and checked. Skipped for words too common to read cheaply.
 */
export async function titlesWithWordStarting(db: Db, typed: string, limit: number): Promise<{ slug: string; title: string; language: string }[]> {
  const words = wordsOf(typed);
  // Words only: a citation's numbers are the citation suggestions' business.
  if (words.length === 0 || limit <= 0 || !words.every((w) => LETTERS.test(w))) return [];
  const last = words[words.length - 1]!;
  const finished = words.slice(0, -1).filter((w) => w.length >= 3 && !isStopWord(w)).sort((a, b) => b.length - a.length)[0];
  const lookup = finished ? [finished] : last.length >= 3 ? await wordsStartingWith(db, last, COMPLETIONS) : [];
  const stems = [...new Set(lookup.flatMap((w) => queryStems(w)))];
  if (stems.length === 0) return [];
  const frequencies = await documentFrequencies(db, stems);
  // The rarest words first, as many as fit the budget (a rare word is also the likelier one to be sought inside titles).
  const terms: string[] = [];
  let budget = MAX_SUGGEST_POSTINGS;
  for (const [term, df] of [...frequencies].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))) {
    if (df > budget) break;
    terms.push(term);
    budget -= df;
  }
  if (terms.length === 0) return [];
  const rows = await readPostings(db, terms);
  const best = new Map<number, number>();
  for (const row of rows) {
    const base = row.bucket << BUCKET_BITS;
    const { words: pairs, count } = readPairs(row.data);
    for (let i = 0; i < 2 * count; i += 2) {
      const impact = pairs[i + 1]!;
      if (impact >= TITLE_FLOOR && impact > (best.get(base + pairs[i]!) ?? 0)) best.set(base + pairs[i]!, impact);
    }
  }
  const candidates = [...best].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
  const titles = new Map((await publishedTitles(db, candidates.map(([id]) => id))).map((t) => [t.id, t]));
  const phrase = words.join(' ');
  const out: { slug: string; title: string; language: string }[] = [];
  for (const [id] of candidates) {
    const t = titles.get(id);
    if (!t) continue;
    const titleWords = wordsOf(t.title);
    // The typed words in a row inside the title, the last one a prefix (not at the very start).
    const inside = titleWords.slice(1).join(' ');
    if (!(` ${inside}`).includes(` ${phrase}`)) continue;
    out.push({ slug: t.slug, title: t.title, language: t.language });
    if (out.length >= limit) break;
  }
  return out;
}
