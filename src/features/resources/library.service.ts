import type { Site } from '../../platform/site.ts';
import { isKnownLanguage } from '../../platform/i18n/languages.ts';
import type { Db } from '../../db/database.ts';
import { GenerationCache } from '../../platform/content-cache.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { listTopics } from '../topics/index.ts';
import { resourceIdsCiting } from '../authorities/index.ts';
import { SearchService, type Correction, type ParsedQuery, type SearchHit, type Snippet } from '../search/index.ts';
import { facetCounts, listLibrary, listLibraryByIds, topicsForResources, type FacetCounts, type LibraryFilter, type LibraryItem, type TopicName } from './library.repo.ts';
import { listLanguages, listTypes } from './resources.repo.ts';
import { PAGE_SIZE, effectiveSort, type LibraryQuery, type LibrarySort } from './resources.schema.ts';

/**
 * Types, topics and languages. Names (and topic descriptions) are in the locale the taxonomy was
 * loaded for: Spanish where an admin gave one, else English; `lang` says which language each is in.
 */
export interface Taxonomy {
  types: { id: number; slug: string; name: string; lang: string }[];
  topics: { id: number; slug: string; name: string; description: string; lang: string; descriptionLang: string }[];
  languages: string[];
}

/** What a search with words adds to a page of results: why each result matched. */
export interface SearchExplanation {
  query: ParsedQuery;
  hits: Map<number, SearchHit>;
  snippets: Map<number, Snippet>;
  /** A better-spelled query ("Did you mean …"). */
  suggestion?: string;
  corrections: Correction[];
  /** Not every word matched: results hold most of them. */
  relaxed: boolean;
}

export interface LibraryResult {
  items: LibraryItem[];
  topicsByResource: Map<number, TopicName[]>;
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  facets: FacetCounts;
  taxonomy: Taxonomy;
  /** The order the results are in. */
  sort: LibrarySort;
  /** Present when the query has words. */
  search?: SearchExplanation;
  /** With no results: each active filter, and how many results the same search would give without it. */
  widen?: Widening[];
}

/** A filter a visitor can remove from a search that found nothing, with what removing it gives. */
export interface Widening {
  param: WideningParam;
  total: number;
}

export type WideningParam = 'type' | 'topic' | 'lang' | 'audience' | 'from' | 'to';

/** Which field of a resolved filter each removable query parameter sets. */
const FILTER_FIELD: Record<WideningParam, keyof LibraryFilter> = {
  type: 'typeId', topic: 'topicId', lang: 'language', audience: 'audience', from: 'from', to: 'to',
};

/**
 * Caches taxonomy and counts per content generation; the page of rows itself is always read fresh.
 * The taxonomy is cached per locale too (its names differ); counts hold only ids, so they are shared.
 */
export class LibraryService {
  private readonly taxonomyCache = new GenerationCache<Taxonomy>(4);
  private readonly countCache = new GenerationCache<{ total: number; facets: FacetCounts }>(2000);

  /** Ranked word search (the search feature), with its own per-node caches. */
  readonly engine: SearchService;

  constructor(private readonly db: Db) {
    this.engine = new SearchService(db);
  }

  /** Types, topics and languages in use, as of this generation, named in `locale`. */
  taxonomy(generation: number, locale: Locale = 'en'): Promise<Taxonomy> {
    return this.taxonomyCache.get(locale, generation, async () => {
      const [types, topics, languages] = await Promise.all([listTypes(this.db, locale), listTopics(this.db, locale), listLanguages(this.db)]);
      return { types, topics, languages };
    });
  }

  /**
   * Resolves a validated query's slugs against the taxonomy. An unknown type or topic, or a `lang`
   * that is no language at all (`xx`), is the visitor's mistake, reported as a 400 that names it,
   * the same on every page, feed and API that filters the library; a real language nobody writes
   * in yet (`fr`) is simply an empty result.
   */
  async resolveFilter(query: LibraryQuery, generation: number, scope: Pick<LibraryFilter, 'topicId' | 'projectId' | 'authorityKeys'> = {}): Promise<LibraryFilter> {
    const taxonomy = await this.taxonomy(generation);
    const filter: LibraryFilter = { ...scope, q: query.q, language: query.lang, audience: query.audience, from: query.from, to: query.to };
    if (query.type) {
      const type = taxonomy.types.find((t) => t.slug === query.type);
      if (!type) {
        throw new AppError('bad_request', `There is no resource type called "${query.type}".`, { param: 'type' }, { key: 'library.problem.unknown_type', params: { value: query.type } });
      }
      filter.typeId = type.id;
    }
    if (query.topic) {
      const topic = taxonomy.topics.find((t) => t.slug === query.topic);
      if (!topic) {
        throw new AppError('bad_request', `There is no topic called "${query.topic}".`, { param: 'topic' }, { key: 'library.problem.unknown_topic', params: { value: query.topic } });
      }
      filter.topicId = topic.id;
    }
    if (query.lang && !taxonomy.languages.includes(query.lang) && !isKnownLanguage(query.lang)) {
      const known = taxonomy.languages.join(', ');
      throw new AppError('bad_request', `"${query.lang}" is not a language code. Languages in the library: ${known}.`, { param: 'lang' }, {
        key: 'library.problem.unknown_language', params: { value: query.lang, known },
      });
    }
    return filter;
  }

  /** One page of results with totals and facet counts, names in `locale`; a page past the end is a 404. */
  async search(filter: LibraryFilter, query: LibraryQuery, generation: number, locale: Locale = 'en'): Promise<LibraryResult> {
    const page = await this.page(filter, query, PAGE_SIZE, generation, locale);
    const widen = page.total === 0 ? await this.widenings(filter, query, generation) : undefined;
    return { ...page, taxonomy: await this.taxonomy(generation, locale), ...(widen?.length ? { widen } : {}) };
  }

  /**
   * For each filter the visitor set (not a page's own scope), how many results the same search has
   * without it: counted by the search index (with words) or by one COUNT query (without), never by
   * loading resources, and cached per generation like every other count.
   */
  async widenings(filter: LibraryFilter, query: LibraryQuery, generation: number): Promise<Widening[]> {
    const params = (Object.keys(FILTER_FIELD) as WideningParam[]).filter((p) => query[p] !== undefined);
    return Promise.all(params.map(async (param) => {
      const wider: LibraryFilter = { ...filter };
      delete wider[FILTER_FIELD[param]];
      return { param, total: await this.count(wider, generation) };
    }));
  }

  /** How many resources a filter (with or without words) finds. */
  private async count(filter: LibraryFilter, generation: number): Promise<number> {
    if (filter.q) {
      const { q, ...rest } = filter;
      // Newest first: the total is the same in every order, and this order needs no re-ranking.
      return (await this.engine.search({ q, filter: rest, sort: 'newest', offset: 0, limit: 0, generation })).total;
    }
    const counts = await this.countCache.get(JSON.stringify(filter), generation, async () => {
      const { total, ...facets } = await facetCounts(this.db, filter);
      return { total, facets };
    });
    return counts.total;
  }

  /**
   * One page of `pageSize` results, for pages and the API. With words, the search feature ranks
   * and explains them (snippets, matched citations); without, the library lists them by date or title.
   */
  async page(filter: LibraryFilter, query: Pick<LibraryQuery, 'q' | 'sort' | 'page'>, pageSize: number, generation: number, locale: Locale = 'en'): Promise<Omit<LibraryResult, 'taxonomy'>> {
    const sort = effectiveSort(query);
    const offset = (query.page - 1) * pageSize;
    if (filter.q) {
      const { q, authorityKeys, ...rest } = filter;
      // The index holds no authorities: a search scoped to one is told which resources cite it.
      const only = authorityKeys ? new Set(await resourceIdsCiting(this.db, authorityKeys)) : undefined;
      const found = await this.engine.search({ q, filter: only ? { ...rest, only } : rest, sort, offset, limit: pageSize, generation });
      const pages = this.checkPage(found.total, query.page, pageSize);
      const items = await listLibraryByIds(this.db, found.hits.map((h) => h.id), locale);
      const [topicsByResource, snippets] = await Promise.all([
        topicsForResources(this.db, items.map((i) => i.id), locale),
        this.engine.snippets(q, found.query, items, generation),
      ]);
      const search: SearchExplanation = {
        query: found.query, hits: new Map(found.hits.map((h) => [h.id, h])), snippets, corrections: found.corrections, relaxed: found.relaxed,
        ...(found.suggestion ? { suggestion: found.suggestion } : {}),
      };
      return { items, topicsByResource, total: found.total, page: query.page, pages, pageSize, facets: found.facets, sort, search };
    }
    const counts = await this.countCache.get(JSON.stringify(filter), generation, async () => {
      const { total, ...facets } = await facetCounts(this.db, filter);
      return { total, facets };
    });
    const pages = this.checkPage(counts.total, query.page, pageSize);
    const items = await listLibrary(this.db, filter, sort, pageSize, offset, locale);
    const topicsByResource = await topicsForResources(this.db, items.map((i) => i.id), locale);
    return { items, topicsByResource, total: counts.total, page: query.page, pages, pageSize, facets: counts.facets, sort };
  }

  /** The number of pages; a page past the last is the visitor's mistake, a 404 that says so. */
  private checkPage(total: number, page: number, pageSize: number): number {
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page > pages) {
      throw new AppError('not_found', `There is no page ${page}: these results fill ${pages} page${pages === 1 ? '' : 's'}.`, { lastPage: pages }, {
        key: 'library.problem.past_end', params: { page, pages },
      });
    }
    return pages;
  }
}

const services = new WeakMap<Site, LibraryService>();

/** The library service of an app (one per Site, so each app keeps its own caches). */
export function libraryOf(site: Site): LibraryService {
  let service = services.get(site);
  if (!service) {
    service = new LibraryService(site.deps.db);
    services.set(site, service);
  }
  return service;
}
