import type { Db } from '../../db/database.ts';
import { GenerationCache } from '../../platform/content-cache.ts';
import { AppError } from '../../platform/errors.ts';
import { countLibrary, facetCounts, listLibrary, topicsForResources, type FacetCounts, type LibraryFilter, type LibraryItem } from '../resources/index.ts';
import type { LibraryService } from '../resources/index.ts';
import { listProjectsWithCounts } from './api.repo.ts';
import type { ResourceListQuery } from './api.schema.ts';

/** One page of the list endpoint, before presentation. */
export interface ResourcePage {
  items: LibraryItem[];
  topicsByResource: Map<number, { slug: string; name: string }[]>;
  total: number;
  page: number;
  pageSize: number;
}

/**
 * What the API reads beyond the library service: pages of any size, whole-library counts and
 * projects. Totals and counts are cached per content generation; rows are always read fresh.
 */
export class ApiService {
  private readonly totals = new GenerationCache<number>(2000);
  private readonly counts = new GenerationCache<FacetCounts>(1);
  private readonly projects = new GenerationCache<Awaited<ReturnType<typeof listProjectsWithCounts>>>(1);

  constructor(private readonly db: Db, private readonly library: LibraryService) {}

  /** One page of published resources for a validated query; unknown slugs and pages past the end throw. */
  async resources(query: ResourceListQuery, generation: number): Promise<ResourcePage> {
    const filter: LibraryFilter = await this.library.resolveFilter(query, generation);
    const total = await this.totals.get(JSON.stringify(filter), generation, () => countLibrary(this.db, filter));
    const pages = Math.max(1, Math.ceil(total / query.pageSize));
    if (query.page > pages) {
      throw new AppError('not_found', `There is no page ${query.page}: these results fill ${pages} page${pages === 1 ? '' : 's'} of ${query.pageSize}.`, { lastPage: pages });
    }
    const items = await listLibrary(this.db, filter, query.sort, query.pageSize, (query.page - 1) * query.pageSize);
    const topicsByResource = await topicsForResources(this.db, items.map((i) => i.id));
    return { items, topicsByResource, total, page: query.page, pageSize: query.pageSize };
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
