import type { AttrTable } from './index/attr-table.ts';
import { BUCKET_BITS, decodePostings } from './index/postings.ts';
import { TopK } from './index/top-k.ts';

/** Filters a search is narrowed by; the first four are facets with counts. */
export interface SearchFilter {
  typeId?: number;
  topicId?: number;
  language?: string;
  audience?: string;
  projectId?: number;
  from?: string;
  to?: string;
}

export type SearchSort = 'relevance' | 'newest' | 'oldest' | 'title';

/** For each facet, how many results each of its values would give with every other filter kept. */
export interface FacetCounts {
  type: Map<number, number>;
  topic: Map<number, number>;
  language: Map<string, number>;
  audience: Map<string, number>;
}

/** A query part with its terms resolved against the index. */
export interface ResolvedGroup {
  alternatives: { terms: string[]; weight: number }[];
  required: boolean;
}

/** A term's stored entries (all buckets) and how many resources have it. */
export interface TermPostings {
  df: number;
  blocks: { bucket: number; data: Uint8Array }[];
}

/** The outcome of evaluating a query over the index. */
export interface Evaluation {
  /** Matching resource ids, best first, at most `keep` of them. */
  ids: number[];
  /** Each id's score (relevance before any re-ranking) and which groups it matched (bit i = group i). */
  scores: number[];
  masks: number[];
  total: number;
  facets: FacetCounts;
  /** Fewer than the usual share of the query's parts had to match to find anything. */
  relaxed: boolean;
}

/** A superseded resource counts this much of its score, so it ranks below its replacement. */
export const SUPERSEDED_FACTOR = 0.5;

/** BM25's inverse document frequency. */
export const idf = (df: number, n: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * How many of a query's `n` parts a result must have: all of one or two, all but one of three or
 * four, and about two thirds of longer queries (plain-language questions hold words no answer
 * repeats).
 */
export function minimumShouldMatch(n: number): number {
  if (n <= 2) return n;
  if (n <= 4) return n - 1;
  return Math.ceil(n * 0.6);
}

// Scratch arrays reused across queries (evaluation is synchronous, so one query uses them at a time).
let groupScore = new Float64Array(0);
let altScore = new Float64Array(0);
let altHits = new Uint8Array(0);
let totalScore = new Float64Array(0);
let matched = new Uint32Array(0);
let matchedCount = new Uint8Array(0);

function ensureScratch(size: number) {
  if (groupScore.length >= size) return;
  groupScore = new Float64Array(size);
  altScore = new Float64Array(size);
  altHits = new Uint8Array(size);
  totalScore = new Float64Array(size);
  matched = new Uint32Array(size);
  matchedCount = new Uint8Array(size);
}

/**
 * Scores every indexed resource against the query's groups, keeps those that match enough of them
 * and pass the filters, counts facets, and returns the best `keep` in the requested order.
 * Everything is computed here from the stored integers, so both engines give the same answer.
 */
export function evaluate(
  groups: ResolvedGroup[], postings: Map<string, TermPostings>, attrs: AttrTable,
  filter: SearchFilter, sort: SearchSort, keep: number,
): Evaluation {
  const size = attrs.present.length;
  ensureScratch(size);
  const n = Math.max(attrs.count, 1);
  const touched: number[] = [];
  let requiredMask = 0;
  let known = 0;
  groups.forEach((group, gi) => {
    const bit = 1 << gi;
    if (group.required) requiredMask |= bit;
    const groupTouched: number[] = [];
    for (const alternative of group.alternatives) {
      const lists = alternative.terms.map((t) => postings.get(t));
      if (lists.some((l) => !l || l.df === 0)) continue;
      if (alternative.terms.length === 1) {
        const list = lists[0]!;
        const factor = alternative.weight * idf(list.df, n);
        forEachPosting(list, size, (id, impact) => {
          const s = factor * impact;
          if (groupScore[id] === 0) groupTouched.push(id);
          if (s > groupScore[id]!) groupScore[id] = s;
        });
        continue;
      }
      // All of several terms (a synonym phrase): sum them where every one is present.
      const altTouched: number[] = [];
      for (const list of lists) {
        const factor = alternative.weight * idf(list!.df, n);
        forEachPosting(list!, size, (id, impact) => {
          if (altHits[id] === 0) altTouched.push(id);
          altHits[id]! += 1;
          altScore[id]! += factor * impact;
        });
      }
      for (const id of altTouched) {
        if (altHits[id] === lists.length) {
          if (groupScore[id] === 0) groupTouched.push(id);
          if (altScore[id]! > groupScore[id]!) groupScore[id] = altScore[id]!;
        }
        altHits[id] = 0;
        altScore[id] = 0;
      }
    }
    if (groupTouched.length > 0) known += 1;
    for (const id of groupTouched) {
      if (matchedCount[id] === 0) touched.push(id);
      totalScore[id]! += groupScore[id]!;
      matched[id]! |= bit;
      matchedCount[id]! += 1;
      groupScore[id] = 0;
    }
  });

  let needed = minimumShouldMatch(known);
  const enough = (id: number, min: number) => attrs.present[id] === 1 && matchedCount[id]! >= min && (matched[id]! & requiredMask) === requiredMask;
  let relaxed = false;
  if (needed > 1 && !touched.some((id) => enough(id, needed) && passes(attrs, id, filter, undefined))) {
    needed = 1;
    relaxed = true;
  }
  const result = collect(touched, attrs, filter, sort, keep, known, (id) => enough(id, needed));
  for (const id of touched) {
    totalScore[id] = 0;
    matched[id] = 0;
    matchedCount[id] = 0;
  }
  return { ...result, relaxed };
}

/** Calls `visit(id, impact)` for every entry of a term (ids beyond the attribute table are skipped). */
function forEachPosting(list: TermPostings, size: number, visit: (id: number, impact: number) => void) {
  for (const block of list.blocks) {
    const base = block.bucket << BUCKET_BITS;
    const { offsets, impacts } = decodePostings(block.data);
    for (let i = 0; i < offsets.length; i++) {
      const id = base + offsets[i]!;
      if (id < size) visit(id, impacts[i]!);
    }
  }
}

type Facet = 'type' | 'topic' | 'language' | 'audience';

/** Whether a resource passes every filter but `ignore` (a facet counting its own choices). */
function passes(attrs: AttrTable, id: number, f: SearchFilter, ignore: Facet | undefined): boolean {
  if (f.typeId !== undefined && ignore !== 'type' && attrs.type[id] !== f.typeId) return false;
  if (f.topicId !== undefined && ignore !== 'topic' && !attrs.topics[id]?.includes(f.topicId)) return false;
  if (f.language !== undefined && ignore !== 'language' && attrs.languages[attrs.language[id]!] !== f.language) return false;
  if (f.audience !== undefined && ignore !== 'audience' && attrs.audiences[attrs.audience[id]!] !== f.audience) return false;
  if (f.projectId !== undefined && !attrs.projects[id]?.includes(f.projectId)) return false;
  if (f.from !== undefined && attrs.published[id]! < Number(f.from.replaceAll('-', ''))) return false;
  if (f.to !== undefined && attrs.published[id]! > Number(f.to.replaceAll('-', ''))) return false;
  return true;
}

/** Final score: the parts' sum, scaled by the share of parts matched, superseded ones halved. */
function finalScore(attrs: AttrTable, id: number, known: number): number {
  const coverage = matchedCount[id]! / Math.max(known, 1);
  return totalScore[id]! * coverage * coverage * (attrs.superseded[id] ? SUPERSEDED_FACTOR : 1);
}

function collect(
  touched: number[], attrs: AttrTable, filter: SearchFilter, sort: SearchSort, keep: number, known: number,
  matches: (id: number) => boolean,
): Omit<Evaluation, 'relaxed'> {
  const facets: FacetCounts = { type: new Map(), topic: new Map(), language: new Map(), audience: new Map() };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const top = new TopK<{ id: number; score: number; mask: number }>(keep, comparator(attrs, sort));
  let total = 0;
  for (const id of touched) {
    if (!matches(id)) continue;
    if (passes(attrs, id, filter, 'type')) bump(facets.type, attrs.type[id]!);
    if (passes(attrs, id, filter, 'topic')) for (const topic of attrs.topics[id] ?? []) bump(facets.topic, topic);
    if (passes(attrs, id, filter, 'language')) bump(facets.language, attrs.languages[attrs.language[id]!]!);
    if (passes(attrs, id, filter, 'audience')) bump(facets.audience, attrs.audiences[attrs.audience[id]!]!);
    if (!passes(attrs, id, filter, undefined)) continue;
    total += 1;
    top.push({ id, score: finalScore(attrs, id, known), mask: matched[id]! });
  }
  const best = top.sorted();
  return { ids: best.map((h) => h.id), scores: best.map((h) => h.score), masks: best.map((h) => h.mask), total, facets };
}

/** Scores this close (within ~2.5%) count as equal, so the newer resource goes first. */
export const scoreBand = (score: number) => (score > 0 ? Math.round(Math.log(score) * 40) : -Infinity);

/** The order of results: true when `a` goes before `b`. */
export function comparator<T extends { id: number; score: number }>(attrs: AttrTable, sort: SearchSort): (a: T, b: T) => boolean {
  const byDate = (a: number, b: number, newest: boolean) => {
    const da = attrs.published[a]!;
    const db = attrs.published[b]!;
    if (da !== db) return newest ? da > db : da < db;
    return newest ? a > b : a < b;
  };
  switch (sort) {
    case 'newest': return (a, b) => byDate(a.id, b.id, true);
    case 'oldest': return (a, b) => byDate(a.id, b.id, false);
    case 'title': return (a, b) => {
      const ta = attrs.sortTitle[a.id] ?? '';
      const tb = attrs.sortTitle[b.id] ?? '';
      return ta !== tb ? ta < tb : a.id < b.id;
    };
    default: return (a, b) => {
      const ba = scoreBand(a.score);
      const bb = scoreBand(b.score);
      return ba !== bb ? ba > bb : byDate(a.id, b.id, true);
    };
  }
}
