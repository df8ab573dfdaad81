import type { Db } from '../../db/database.ts';
import { GenerationCache } from '../../platform/content-cache.ts';
import { facetCounts, type FacetCounts, type LibraryFilter, type LibraryItem } from '../resources/index.ts';
import type { LibraryService, SearchExplanation } from '../resources/index.ts';
import { listProjectsWithCounts } from './api.repo.ts';
import { authoritiesForResources, type ResourceAuthority } from '../authorities/index.ts';
import type { ResourceListQuery } from './api.schema.ts';

/** One page of the list endpoint, before presentation. */
export interface ResourcePage {
  items: LibraryItem[];
  topicsByResource: Map<number, { slug: string; name: string }[]>;
  authoritiesByResource: Map<number, ResourceAuthority[]>;
  total: number;
  page: number;
  pageSize: number;
  /** Present when the query has words: scores, snippets and matched citations. */
  search?: SearchExplanation;
}

/**
 * What the API reads beyond the library service: pages of any size, whole-library counts and
 * projects. Totals and counts are cached per content generation; rows are always read fresh.
 */
export class ApiService {
  private readonly counts = new GenerationCache<FacetCounts>(1);
  private readonly projects = new GenerationCache<Awaited<ReturnType<typeof listProjectsWithCounts>>>(1);

  constructor(private readonly db: Db, private readonly library: LibraryService) {}

  /** One page of published resources for a validated query; unknown slugs and pages past the end throw. */
  async resources(
    query: Pick<ResourceListQuery, 'q' | 'type' | 'topic' | 'lang' | 'audience' | 'from' | 'to' | 'sort' | 'page' | 'pageSize'>, generation: number,
    scope: Pick<LibraryFilter, 'authorityKeys'> = {},
  ): Promise<ResourcePage> {
    const filter: LibraryFilter = await this.library.resolveFilter(query, generation, scope);
    const page = await this.library.page(filter, query, query.pageSize, generation);
    const authoritiesByResource = await authoritiesForResources(this.db, page.items.map((i) => i.id));
    return { items: page.items, topicsByResource: page.topicsByResource, authoritiesByResource, total: page.total, page: page.page, pageSize: page.pageSize, ...(page.search ? { search: page.search } : {}) };
  }

  /** Counts of published resources per type and per topic across the whole library. */
  libraryCounts(generation: number): Promise<FacetCounts> {
    return this.counts.get('all', generation, () => facetCounts(this.db, {}));
  }

  /** Published projects with their resource counts. */
  projectList(generation: number) {
    return this.projects.get('all', generation, () => listProjectsWithCounts(this.db));
  }
}
