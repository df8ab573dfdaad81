import { Hono } from 'hono';
import { notFound } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { SitemapService, type SitemapPlan } from './sitemap.service.ts';
import { SITEMAP_MAX_URLS, URLSET_CLOSE, URLSET_OPEN, robotsTxt, sitemapIndex, urlElements } from './sitemap.xml.ts';

/** Tuning for the sitemap; the defaults suit production. */
export interface SeoOptions {
  /** URLs per sitemap file (default 50,000, the protocol's limit); more pages make /sitemap.xml an index. */
  maxUrlsPerSitemap?: number;
  /** Rows read per keyset query (default 1,000). */
  batchSize?: number;
}

const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' };

/** `/robots.txt`, `/sitemap.xml` and, for large sites, `/sitemap-N.xml`. Not localized: mount once. */
export function seoPublic(site: Site, options: SeoOptions = {}) {
  const app = new Hono<AppEnv>();
  const baseUrl = site.deps.config.baseUrl;
  const sitemap = new SitemapService(site.deps.db, options.maxUrlsPerSitemap ?? SITEMAP_MAX_URLS, options.batchSize);

  /** Streams one `<urlset>`: each keyset batch is written as it arrives. */
  function urlset(plan: SitemapPlan, n: number): Response {
    const encoder = new TextEncoder();
    const batches = sitemap.chunk(plan, n);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(URLSET_OPEN));
      },
      async pull(controller) {
        try {
          const next = await batches.next();
          if (next.done) {
            controller.enqueue(encoder.encode(URLSET_CLOSE));
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(next.value.map((row) => urlElements(baseUrl, row)).join('')));
        } catch (err) {
          controller.error(err);
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    });
    return new Response(body, { status: 200, headers: XML_HEADERS });
  }

  app.get('/robots.txt', (c) => c.text(robotsTxt(baseUrl), 200, { 'Cache-Control': 'public, max-age=86400' }));

  app.get('/sitemap.xml', async () => {
    const plan = await sitemap.plan();
    if (plan.chunks === 1) return urlset(plan, 1);
    return new Response(sitemapIndex(baseUrl, plan.chunks, plan.lastmod), { status: 200, headers: XML_HEADERS });
  });

  app.get('/:file{sitemap-[0-9]{1,6}\\.xml}', async (c) => {
    const n = Number(/^sitemap-([0-9]+)\.xml$/.exec(c.req.param('file'))?.[1]);
    const plan = await sitemap.plan();
    if (!Number.isSafeInteger(n) || n < 1 || n > plan.chunks) throw notFound('There is no such sitemap file.');
    return urlset(plan, n);
  });

  return app;
}
