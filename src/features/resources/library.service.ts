import type { Site } from '../../platform/site.ts';
import type { Db } from '../../db/database.ts';
import { GenerationCache } from '../../platform/content-cache.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { listTopics } from '../topics/index.ts';
import { countLibrary, facetCounts, listLibrary, topicsForResources, type FacetCounts, type LibraryFilter, type LibraryItem, type TopicName } from './library.repo.ts';
import { listLanguages, listTypes } from './resources.repo.ts';
import { PAGE_SIZE, type LibraryQuery } from './resources.schema.ts';

/**
 * Types, topics and languages. Names (and topic descriptions) are in the locale the taxonomy was
 * loaded for: Spanish where an admin gave one, else English; `lang` says which language each is in.
 */
export interface Taxonomy {
  types: { id: number; slug: string; name: string; lang: string }[];
  topics: { id: number; slug: string; name: string; description: string; lang: string; descriptionLang: string }[];
  languages: string[];
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
}

/**
 * Caches taxonomy and counts per content generation; the page of rows itself is always read fresh.
 * The taxonomy is cached per locale too (its names differ); counts hold only ids, so they are shared.
 */
export class LibraryService {
  private readonly taxonomyCache = new GenerationCache<Taxonomy>(4);
  private readonly countCache = new GenerationCache<{ total: number; facets: FacetCounts }>(2000);

  constructor(private readonly db: Db) {}

  /** Types, topics and languages in use, as of this generation, named in `locale`. */
  taxonomy(generation: number, locale: Locale = 'en'): Promise<Taxonomy> {
    return this.taxonomyCache.get(locale, generation, async () => {
      const [types, topics, languages] = await Promise.all([listTypes(this.db, locale), listTopics(this.db, locale), listLanguages(this.db)]);
      return { types, topics, languages };
    });
  }

  /**
   * Resolves a validated query's slugs against the taxonomy. An unknown slug is the visitor's
   * mistake, reported as a 400 that names it; a language nobody writes in is simply empty.
   */
  async resolveFilter(query: LibraryQuery, generation: number, scope: Pick<LibraryFilter, 'topicId' | 'projectId'> = {}): Promise<LibraryFilter> {
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
    return filter;
  }

  /** One page of results with totals and facet counts, names in `locale`; a page past the end is a 404. */
  async search(filter: LibraryFilter, query: LibraryQuery, generation: number, locale: Locale = 'en'): Promise<LibraryResult> {
    const key = JSON.stringify(filter);
    const [taxonomy, counts] = await Promise.all([
      this.taxonomy(generation, locale),
      this.countCache.get(key, generation, async () => {
        const [total, facets] = await Promise.all([countLibrary(this.db, filter), facetCounts(this.db, filter)]);
        return { total, facets };
      }),
    ]);
    const pages = Math.max(1, Math.ceil(counts.total / PAGE_SIZE));
    if (query.page > pages) {
      throw new AppError('not_found', `There is no page ${query.page}: these results fill ${pages} page${pages === 1 ? '' : 's'}.`, { lastPage: pages }, {
        key: 'library.problem.past_end', params: { page: query.page, pages },
      });
    }
    const items = await listLibrary(this.db, filter, query.sort, PAGE_SIZE, (query.page - 1) * PAGE_SIZE, locale);
    const topicsByResource = await topicsForResources(this.db, items.map((i) => i.id), locale);
    return { items, topicsByResource, total: counts.total, page: query.page, pages, pageSize: PAGE_SIZE, facets: counts.facets, taxonomy };
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
