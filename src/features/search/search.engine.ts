import type { AttrTable } from './index/attr-table.ts';
import { BUCKET_BITS, readPairs } from './index/postings.ts';

/** Filters a search is narrowed by; the first four are facets with counts. */
export interface SearchFilter {
  typeId?: number;
  topicId?: number;
  language?: string;
  audience?: string;
  projectId?: number;
  from?: string;
  to?: string;
  /** Only these resources (a page scoped to something the index does not hold, such as an authority). */
  only?: ReadonlySet<number>;
  /** Leave out resources a published one supersedes (the library's default). */
  hideSuperseded?: boolean;
}

export type SearchSort = 'relevance' | 'newest' | 'oldest' | 'title';

/** For each facet, how many results each of its values would give with every other filter kept. */
export interface FacetCounts {
  type: Map<number, number>;
  topic: Map<number, number>;
  language: Map<string, number>;
  audience: Map<string, number>;
  /** Superseded resources matching every other filter (what "include superseded" would show). */
  superseded?: number;
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

// Scratch space reused across queries (evaluation is synchronous: one query uses it at a time).
// Scores accumulate in arrays indexed by resource id; "touched" lists say which entries to read
// and to reset, so a query costs in proportion to the postings it reads, not to the library.
let groupScore = new Float64Array(0);
let altScore = new Float64Array(0);
let altHits = new Uint8Array(0);
let totalScore = new Float64Array(0);
let matched = new Uint32Array(0);
let matchedCount = new Uint8Array(0);
let touched = new Int32Array(0);
let groupTouched = new Int32Array(0);
let altTouched = new Int32Array(0);

function ensureScratch(size: number) {
  if (groupScore.length >= size) return;
  groupScore = new Float64Array(size);
  altScore = new Float64Array(size);
  altHits = new Uint8Array(size);
  totalScore = new Float64Array(size);
  matched = new Uint32Array(size);
  matchedCount = new Uint8Array(size);
  touched = new Int32Array(size);
  groupTouched = new Int32Array(size);
  altTouched = new Int32Array(size);
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
  let touchedCount = 0;
  let requiredMask = 0;
  let known = 0;
  groups.forEach((group, gi) => {
    const bit = 1 << gi;
    if (group.required) requiredMask |= bit;
    let groupCount = 0;
    for (const alternative of group.alternatives) {
      const lists = alternative.terms.map((t) => postings.get(t));
      if (lists.some((l) => !l || l.df === 0)) continue;
      if (alternative.terms.length === 1) {
        const list = lists[0]!;
        const factor = alternative.weight * idf(list.df, n);
        for (const block of list.blocks) {
          const base = block.bucket << BUCKET_BITS;
          const { words, count } = readPairs(block.data);
          for (let i = 0; i < 2 * count; i += 2) {
            const id = base + words[i]!;
            if (id >= size) continue;
            const s = factor * words[i + 1]!;
            const current = groupScore[id]!;
            if (current === 0) groupTouched[groupCount++] = id;
            if (s > current) groupScore[id] = s;
          }
        }
        continue;
      }
      // All of several terms (a synonym phrase): sum them where every one is present.
      let altCount = 0;
      for (const list of lists) {
        const factor = alternative.weight * idf(list!.df, n);
        for (const block of list!.blocks) {
          const base = block.bucket << BUCKET_BITS;
          const { words, count } = readPairs(block.data);
          for (let i = 0; i < 2 * count; i += 2) {
            const id = base + words[i]!;
            if (id >= size) continue;
            if (altHits[id] === 0) altTouched[altCount++] = id;
            altHits[id]! += 1;
            altScore[id]! += factor * words[i + 1]!;
          }
        }
      }
      for (let k = 0; k < altCount; k++) {
        const id = altTouched[k]!;
        if (altHits[id] === lists.length) {
          if (groupScore[id] === 0) groupTouched[groupCount++] = id;
          if (altScore[id]! > groupScore[id]!) groupScore[id] = altScore[id]!;
        }
        altHits[id] = 0;
        altScore[id] = 0;
      }
    }
    if (groupCount > 0) known += 1;
    for (let k = 0; k < groupCount; k++) {
      const id = groupTouched[k]!;
      if (matchedCount[id] === 0) touched[touchedCount++] = id;
      totalScore[id]! += groupScore[id]!;
      matched[id]! |= bit;
      matchedCount[id]! += 1;
      groupScore[id] = 0;
    }
  });

  const conditions = compileFilter(attrs, filter);
  let needed = minimumShouldMatch(known);
  const enough = (id: number, min: number) => attrs.present[id] === 1 && matchedCount[id]! >= min && (matched[id]! & requiredMask) === requiredMask;
  let relaxed = false;
  if (needed > 1) {
    let any = false;
    for (let k = 0; k < touchedCount && !any; k++) {
      const id = touched[k]!;
      any = enough(id, needed) && failures(attrs, conditions, id) === 0;
    }
    if (!any) {
      needed = 1;
      relaxed = true;
    }
  }
  const result = collect(touchedCount, attrs, conditions, sort, keep, known, needed, requiredMask);
  for (let k = 0; k < touchedCount; k++) {
    const id = touched[k]!;
    totalScore[id] = 0;
    matched[id] = 0;
    matchedCount[id] = 0;
  }
  return { ...result, relaxed };
}

// Which filters a resource fails, one bit each: a facet counts a resource that fails no other filter.
const TYPE = 1;
const TOPIC = 2;
const LANGUAGE = 4;
const AUDIENCE = 8;
const OTHER = 16;
const SUPERSEDED = 32;

/** A filter compiled to plain values, so the per-result loop reads typed arrays only. */
interface CompiledFilter {
  typeId: number;
  topicId: number;
  language: number;
  audience: number;
  projectId: number;
  from: number;
  to: number;
  only: ReadonlySet<number> | null;
  hideSuperseded: boolean;
}

function compileFilter(attrs: AttrTable, f: SearchFilter): CompiledFilter {
  // -1 means "any"; a value nobody has (a language not in the table) becomes -2, matching nothing.
  const code = (list: string[], value: string | undefined) => (value === undefined ? -1 : Math.max(list.indexOf(value), -2) === -1 ? -2 : list.indexOf(value));
  return {
    typeId: f.typeId ?? -1,
    topicId: f.topicId ?? -1,
    language: code(attrs.languages, f.language),
    audience: code(attrs.audiences, f.audience),
    projectId: f.projectId ?? -1,
    from: f.from === undefined ? -Infinity : Number(f.from.replaceAll('-', '')),
    to: f.to === undefined ? Infinity : Number(f.to.replaceAll('-', '')),
    only: f.only ?? null,
    hideSuperseded: f.hideSuperseded === true,
  };
}

/** The bits of the filters a resource fails (a facet counts a resource failing no other filter). */
function failures(attrs: AttrTable, f: CompiledFilter, id: number): number {
  let bits = 0;
  if (f.typeId !== -1 && attrs.type[id] !== f.typeId) bits |= TYPE;
  if (f.topicId !== -1 && !attrs.topics[id]?.includes(f.topicId)) bits |= TOPIC;
  if (f.language !== -1 && attrs.language[id] !== f.language) bits |= LANGUAGE;
  if (f.audience !== -1 && attrs.audience[id] !== f.audience) bits |= AUDIENCE;
  const published = attrs.published[id]!;
  if (published < f.from || published > f.to) bits |= OTHER;
  if (f.projectId !== -1 && !attrs.projects[id]?.includes(f.projectId)) bits |= OTHER;
  if (f.only !== null && !f.only.has(id)) bits |= OTHER;
  if (f.hideSuperseded && attrs.superseded[id]) bits |= SUPERSEDED;
  return bits;
}

function collect(
  touchedCount: number, attrs: AttrTable, conditions: CompiledFilter, sort: SearchSort, keep: number,
  known: number, needed: number, requiredMask: number,
): Omit<Evaluation, 'relaxed'> {
  // Counted in arrays by value (type and topic ids, language and audience codes are small numbers).
  const typeCounts = new Int32Array(attrs.maxType + 1);
  const topicCounts = new Int32Array(attrs.maxTopic + 1);
  const languageCounts = new Int32Array(attrs.languages.length);
  const audienceCounts = new Int32Array(attrs.audiences.length);
  // Title order compares strings, so every match is kept and sorted; the other orders keep the best.
  const top = new TopKeys(sort === 'title' ? Infinity : keep, sort === 'relevance');
  const keyOf = sortKey(attrs, sort);
  const coverageOf = new Float64Array(33);
  for (let m = 0; m <= 32; m++) coverageOf[m] = (m / Math.max(known, 1)) ** 2;
  const { present, superseded, type, language, audience } = attrs;
  let total = 0;
  let supersededCount = 0;
  for (let k = 0; k < touchedCount; k++) {
    const id = touched[k]!;
    const count = matchedCount[id]!;
    if (present[id] !== 1 || count < needed || (matched[id]! & requiredMask) !== requiredMask) continue;
    const fails = failures(attrs, conditions, id);
    if ((fails & ~TYPE) === 0) typeCounts[type[id]!]! += 1;
    if ((fails & ~TOPIC) === 0) {
      const topics = attrs.topics[id];
      if (topics) for (let t = 0; t < topics.length; t++) topicCounts[topics[t]!]! += 1;
    }
    if ((fails & ~LANGUAGE) === 0) languageCounts[language[id]!]! += 1;
    if ((fails & ~AUDIENCE) === 0) audienceCounts[audience[id]!]! += 1;
    if ((fails & ~SUPERSEDED) === 0 && superseded[id]) supersededCount += 1;
    if (fails !== 0) continue;
    total += 1;
    // The parts' sum, scaled by the share of parts matched, superseded ones halved.
    const score = totalScore[id]! * coverageOf[count]! * (superseded[id] ? SUPERSEDED_FACTOR : 1);
    if (top.wants(score)) top.push(keyOf(id, score), id, score, matched[id]!);
  }
  const best = sort === 'title' ? top.sortedBy((a, b) => titleOrder(attrs, a, b)).slice(0, keep) : top.sorted();
  const nonZero = <K>(counts: Int32Array, keyOf: (index: number) => K) => {
    const map = new Map<K, number>();
    counts.forEach((count, index) => { if (count > 0) map.set(keyOf(index), count); });
    return map;
  };
  const facets: FacetCounts = {
    type: nonZero(typeCounts, (i) => i),
    topic: nonZero(topicCounts, (i) => i),
    language: nonZero(languageCounts, (i) => attrs.languages[i]!),
    audience: nonZero(audienceCounts, (i) => attrs.audiences[i]!),
    superseded: supersededCount,
  };
  return { ids: best.map((h) => h.id), scores: best.map((h) => h.score), masks: best.map((h) => h.mask), total, facets };
}

/** Scores this close (within ~2.5%) count as equal, so the newer resource goes first. */
export const scoreBand = (score: number) => (score > 0 ? Math.round(Math.log(score) * 40) : -1000);

/** Days since 1900 of a YYYYMMDD date, for sort keys. */
function dayNumber(yyyymmdd: number): number {
  const y = Math.floor(yyyymmdd / 10000);
  return Math.max(0, Math.min(DAYS - 1, (y - 1900) * 372 + (Math.floor(yyyymmdd / 100) % 100) * 31 + (yyyymmdd % 100)));
}

const ID_SPACE = 2 ** 24;
const DAYS = 2 ** 17;

/**
 * A number that orders results as the sort asks, larger first, exact in a double: relevance band,
 * then publication day, then id (newest among equals); or day then id. Titles are strings: that
 * order is kept apart (collect sorts every match by title).
 */
export function sortKey(attrs: AttrTable, sort: SearchSort): (id: number, score: number) => number {
  switch (sort) {
    case 'newest': return (id) => dayNumber(attrs.published[id]!) * ID_SPACE + id;
    case 'oldest': return (id) => -(dayNumber(attrs.published[id]!) * ID_SPACE + id);
    case 'title': return (id) => -id;
    default: return (id, score) => ((Math.max(-1000, Math.min(1000, scoreBand(score))) + 1000) * DAYS + dayNumber(attrs.published[id]!)) * ID_SPACE + id;
  }
}

function titleOrder(attrs: AttrTable, a: { id: number }, b: { id: number }): number {
  const ta = attrs.sortTitle[a.id] ?? '';
  const tb = attrs.sortTitle[b.id] ?? '';
  return ta !== tb ? (ta < tb ? -1 : 1) : a.id - b.id;
}

/** The order of results within the re-ranked few, as sortKey orders them: true when `a` goes first. */
export function comparator(attrs: AttrTable, sort: SearchSort): (a: { id: number; score: number }, b: { id: number; score: number }) => boolean {
  if (sort === 'title') return (a, b) => titleOrder(attrs, a, b) < 0;
  const key = sortKey(attrs, sort);
  return (a, b) => key(a.id, a.score) > key(b.id, b.score);
}

interface Kept {
  key: number;
  id: number;
  score: number;
  mask: number;
}

/**
 * The `k` results with the largest keys, in O(n log k): a min-heap whose root is the smallest key
 * kept; most candidates are turned away by one comparison with it.
 */
class TopKeys {
  private readonly heap: Kept[] = [];
  /** Scores below this cannot make the kept set (set once full, for relevance order). */
  private floor = -Infinity;

  constructor(private readonly k: number, private readonly byScore = false) {}

  /** False when a score is certainly too low to be kept (saves computing its key). */
  wants(score: number): boolean {
    return score >= this.floor;
  }

  push(key: number, id: number, score: number, mask: number): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ key, id, score, mask });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]!.key <= heap[i]!.key) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
      if (heap.length === this.k) this.tighten();
      return;
    }
    if (this.k === 0 || key <= heap[0]!.key) return;
    heap[0] = { key, id, score, mask };
    this.tighten();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && heap[left]!.key < heap[least]!.key) least = left;
      if (right < heap.length && heap[right]!.key < heap[least]!.key) least = right;
      if (least === i) break;
      [heap[least], heap[i]] = [heap[i]!, heap[least]!];
      i = least;
    }
    this.tighten();
  }

  // In relevance order a key starts with the score's band: a score in a lower band than the
  // smallest kept key can never enter, whatever its date.
  private tighten(): void {
    if (this.byScore && this.heap.length > 0) this.floor = Math.exp((scoreBand(this.heap[0]!.score) - 0.5) / 40);
  }

  /** Largest key first. */
  sorted(): Kept[] {
    return [...this.heap].sort((a, b) => b.key - a.key);
  }

  sortedBy(order: (a: Kept, b: Kept) => number): Kept[] {
    return [...this.heap].sort(order);
  }
}
