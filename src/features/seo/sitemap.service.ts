import type { Db } from '../../db/database.ts';
import { LOCALES } from '../../platform/i18n/index.ts';
import { SITEMAP_SOURCES, latestResourceChange, type SitemapCursor, type SitemapRow, type SitemapSource } from './sitemap.repo.ts';
import { SITEMAP_MAX_URLS } from './sitemap.xml.ts';

/** Pages that always exist and list the library: they change when any resource does. */
export const STATIC_PATHS = ['/', '/resources', '/topics', '/authorities', '/projects', '/search-tips', '/help'] as const;

/** How the sitemap is laid out right now: page counts and the number of files. */
export interface SitemapPlan {
  /** Pages (each listed once per interface language). */
  pages: number;
  /** Pages per chunk file. */
  pagesPerChunk: number;
  /** 1 means a single `<urlset>` at /sitemap.xml; more means /sitemap.xml is an index. */
  chunks: number;
  counts: number[];
  lastmod: string | null;
}

/**
 * Plans and reads the sitemap. Rows are read in keyset batches (id order within each kind of page),
 * so a chunk of 50,000 URLs never sits in memory at once.
 */
export class SitemapService {
  constructor(
    private readonly db: Db,
    /** URLs per sitemap file before it splits into an index; a parameter so tests can use a small one. */
    private readonly maxUrls = SITEMAP_MAX_URLS,
    private readonly batchSize = 1000,
    private readonly sources: readonly SitemapSource[] = SITEMAP_SOURCES,
  ) {}

  /** Counts every kind of page and decides how many files the sitemap needs. */
  async plan(): Promise<SitemapPlan> {
    const [counts, lastmod] = await Promise.all([Promise.all(this.sources.map((s) => s.count(this.db))), latestResourceChange(this.db)]);
    const pages = STATIC_PATHS.length + counts.reduce((a, b) => a + b, 0);
    const pagesPerChunk = Math.max(1, Math.floor(this.maxUrls / LOCALES.length));
    const chunks = pages * LOCALES.length <= this.maxUrls ? 1 : Math.ceil(pages / pagesPerChunk);
    return { pages, pagesPerChunk, chunks, counts, lastmod };
  }

  /** The pages of chunk `n` (1-based) in order; for a single-file sitemap, chunk 1 is everything. */
  async *chunk(plan: SitemapPlan, n: number): AsyncGenerator<Pick<SitemapRow, 'path' | 'lastmod'>[]> {
    let start = (n - 1) * plan.pagesPerChunk;
    let remaining = plan.chunks === 1 ? plan.pages : plan.pagesPerChunk;
    if (start < STATIC_PATHS.length) {
      const statics = STATIC_PATHS.slice(start, start + remaining).map((path) => ({ path, lastmod: plan.lastmod }));
      if (statics.length) yield statics;
      remaining -= statics.length;
      start = 0;
    } else {
      start -= STATIC_PATHS.length;
    }
    for (const [i, source] of this.sources.entries()) {
      if (remaining <= 0) return;
      const count = plan.counts[i];
      if (start >= count) {
        start -= count;
        continue;
      }
      // Seek to the row before the chunk's first one, then walk forward by id.
      let afterId: SitemapCursor | null = null;
      if (start > 0) {
        const at = await source.idAt(this.db, start - 1);
        start = 0;
        if (at === undefined) continue;
        afterId = at;
      }
      while (remaining > 0) {
        const rows = await source.after(this.db, afterId, Math.min(this.batchSize, remaining));
        if (rows.length === 0) break;
        yield rows;
        remaining -= rows.length;
        afterId = rows[rows.length - 1].id;
      }
    }
  }
}
