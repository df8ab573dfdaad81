import { bumpGeneration } from '../../db/generation.ts';
import { GenerationCache } from '../../platform/content-cache.ts';
import type { Db } from '../../db/schema.ts';
import { parseQuery, type ParsedQuery } from './analyzer/query.ts';
import { SynonymSet } from './analyzer/synonyms.ts';
import { citationSpansOf, readCitations, readQueryCitations } from './citations.ts';
import { AttrTable } from './index/attr-table.ts';
import { evaluate, comparator, type Evaluation, type FacetCounts, type SearchFilter, type SearchSort, type TermPostings } from './search.engine.ts';
import { indexQueued } from './search.indexer.ts';
import { RERANK_DEPTH, titleBoost } from './search.rerank.ts';
import { allWords, attrVersions, hasQueued, readAttrBlocks, readPostings, readTexts, readTitles } from './search.repo.ts';
import { buildSnippet, type Snippet } from './search.snippets.ts';
import { resolveGroups, Vocabulary, type Correction } from './search.expand.ts';
import { listSynonymGroups } from './synonyms.repo.ts';

/** A search as a page asks for it. */
export interface SearchRequest {
  q: string;
  filter: SearchFilter;
  sort: SearchSort;
  offset: number;
  limit: number;
  generation: number;
}

/** One result: its id, its relevance score, and the query's citations it matched (as shown). */
export interface SearchHit {
  id: number;
  score: number;
  matchedCitations: string[];
}

/** A page of results with what the page needs to explain them. */
export interface SearchPage {
  hits: SearchHit[];
  total: number;
  facets: FacetCounts;
  query: ParsedQuery;
  /** A better-spelled query when the words typed are unknown or rare ("asylumn" → "asylum"). */
  suggestion?: string;
  /** Words that were unknown and read as their nearest known word. */
  corrections: Correction[];
  /** Not every part of the query matched: results hold most, best first. */
  relaxed: boolean;
}

/** An evaluation kept for paging, with what the query became on the way. */
interface Ranked extends Evaluation {
  /** The query as evaluated: group i of it is bit i of `masks`. */
  query: ParsedQuery;
  corrections: Correction[];
  suggestion?: string;
}

/** Results kept per query for paging; pages past this are computed again, deeper. */
const KEEP = 400;

/**
 * Ranked full-text search over the library (docs/search.md): reads queries, looks terms up in the
 * index, scores and filters in this process, and explains results with snippets. Holds per-node
 * caches keyed on the content generation, like every other cache here.
 */
export class SearchService {
  private readonly attrs = new AttrTable();
  private readonly results = new GenerationCache<Ranked>(300);
  private readonly synonyms = new GenerationCache<SynonymSet>(1);
  private readonly vocabulary = new GenerationCache<Vocabulary>(1);
  private readonly snippetCache = new GenerationCache<Map<number, Snippet>>(300);
  private attrsGeneration = -1;

  constructor(private readonly db: Db) {}

  /** Reads a query as the engine will (for highlighting and explanations). */
  async parse(q: string, generation: number): Promise<ParsedQuery> {
    return parseQuery(q, readQueryCitations, await this.synonymSet(generation));
  }

  /** One page of results for a query, with total and facet counts. */
  async search(request: SearchRequest): Promise<SearchPage> {
    const query = await this.parse(request.q, request.generation);
    const need = request.offset + request.limit;
    const keep = Math.max(KEEP, need);
    // A set of ids (`filter.only`) is keyed by its members: JSON would write every set as {}.
    const key = JSON.stringify([request.q, request.filter, request.sort, keep > KEEP ? keep : 0], (_k, v: unknown) => (v instanceof Set ? [...v].sort((a, b) => a - b) : v));
    const ranked = await this.results.get(key, request.generation, () => this.rank(query, request, keep));
    const hits = ranked.ids.slice(request.offset, need).map((id, i) => ({
      id, score: ranked.scores[request.offset + i]!, matchedCitations: this.citationsMatched(ranked.query, ranked.masks[request.offset + i]!),
    }));
    return {
      hits, total: ranked.total, facets: ranked.facets, query: ranked.query, relaxed: ranked.relaxed,
      corrections: ranked.corrections, ...(ranked.suggestion ? { suggestion: ranked.suggestion } : {}),
    };
  }

  /** Drops the ranked results kept for paging (benchmarks time uncached searches with it). */
  forgetResults(): void {
    this.results.clear();
    this.snippetCache.clear();
  }

  /** Snippets for a page of results (the texts are read only for these). */
  async snippets(q: string, query: ParsedQuery, hits: { id: number; language: string; summary: string }[], generation: number): Promise<Map<number, Snippet>> {
    const key = JSON.stringify([q, hits.map((h) => h.id)]);
    return this.snippetCache.get(key, generation, async () => {
      const { bodies, attachments } = await readTexts(this.db, hits.map((h) => h.id));
      const out = new Map<number, Snippet>();
      for (const hit of hits) {
        const snippet = buildSnippet(query, hit.language, hit.summary, bodies.get(hit.id) ?? '', attachments.get(hit.id) ?? [], citationSpansOf);
        if (snippet) out.set(hit.id, snippet);
      }
      return out;
    });
  }

  /**
   * Indexes what writers queued without indexing it themselves (a hand-written UPDATE): a bounded
   * amount per search, so a search never waits long; `haven reindex` does the rest at once.
   */
  async catchUp(): Promise<boolean> {
    if (!(await hasQueued(this.db))) return false;
    const stats = await this.db.transaction().execute(async (trx) => {
      const done = await indexQueued(trx, readCitations, 200);
      await bumpGeneration(trx);
      return done;
    });
    this.attrsGeneration = -1;
    return stats.indexed + stats.removed > 0;
  }

  private async rank(query: ParsedQuery, request: SearchRequest, keep: number): Promise<Ranked> {
    await this.catchUp();
    await this.syncAttrs(request.generation);
    const { groups, terms, corrections, suggestion, query: evaluated } = await resolveGroups(this.db, query, request.q, () => this.vocabularyOf(request.generation));
    const postings = new Map<string, TermPostings>();
    for (const row of await readPostings(this.db, terms)) {
      let entry = postings.get(row.term);
      if (!entry) postings.set(row.term, (entry = { df: 0, blocks: [] }));
      entry.blocks.push({ bucket: row.bucket, data: row.data });
    }
    for (const entry of postings.values()) {
      entry.blocks.sort((a, b) => a.bucket - b.bucket);
      entry.df = entry.blocks.reduce((sum, b) => sum + (b.data.byteLength >>> 2), 0);
    }
    const evaluation = evaluate(groups, postings, this.attrs, request.filter, request.sort, keep);
    if (request.sort === 'relevance') await this.rerank(evaluated, evaluation);
    return { ...evaluation, query: evaluated, corrections, ...(suggestion ? { suggestion } : {}) };
  }

  /** Re-orders the best results by how well their titles and summaries answer the query. */
  private async rerank(query: ParsedQuery, ranked: { ids: number[]; scores: number[]; masks: number[] }): Promise<void> {
    const depth = Math.min(RERANK_DEPTH, ranked.ids.length);
    if (depth === 0) return;
    const texts = new Map((await readTitles(this.db, ranked.ids.slice(0, depth))).map((t) => [t.id, t]));
    const rows = ranked.ids.slice(0, depth).map((id, i) => {
      const text = texts.get(id);
      const language = this.attrs.languages[this.attrs.language[id]!] ?? 'en';
      const boost = text ? titleBoost(query, { title: text.title, summary: text.summary, language }) : 1;
      return { id, score: ranked.scores[i]! * boost, mask: ranked.masks[i]! };
    });
    const before = comparator(this.attrs, 'relevance');
    rows.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    rows.forEach((row, i) => {
      ranked.ids[i] = row.id;
      ranked.scores[i] = row.score;
      ranked.masks[i] = row.mask;
    });
  }

  private citationsMatched(query: ParsedQuery, mask: number): string[] {
    return query.groups.flatMap((g, i) => (g.kind === 'citation' && mask & (1 << i) ? [g.display ?? g.text] : []));
  }

  private async syncAttrs(generation: number): Promise<void> {
    if (generation === this.attrsGeneration) return;
    await this.attrs.sync({ versions: () => attrVersions(this.db), blocks: (b) => readAttrBlocks(this.db, b) });
    this.attrsGeneration = generation;
  }

  private vocabularyOf(generation: number): Promise<Vocabulary> {
    return this.vocabulary.get('all', generation, async () => new Vocabulary(await allWords(this.db)));
  }

  private synonymSet(generation: number): Promise<SynonymSet> {
    return this.synonyms.get('all', generation, async () => new SynonymSet(await listSynonymGroups(this.db)));
  }
}
