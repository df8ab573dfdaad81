import type { MiddlewareHandler } from 'hono';
import { GenerationCache } from './content-cache.ts';
import type { AppEnv } from './http.ts';

/**
 * Keeps the rendered HTML of public pages per URL for one content generation. A public page is a
 * pure function of its URL (path, locale prefix, query) and the stored content, so an entry stays
 * right until any write bumps the generation — on every node, since each request reads it.
 * Only plain 200 HTML answers without cookies are kept; staff pages, the API and feeds are
 * mounted before this middleware and never reach it.
 */
export function publicPageCache(maxEntries = 500): MiddlewareHandler<AppEnv> {
  const pages = new GenerationCache<string>(maxEntries);
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/admin') || url.pathname.startsWith('/api/')) return next();
    const key = url.pathname + url.search;
    const generation = c.get('generation');
    const hit = pages.peek(key, generation);
    if (hit !== undefined) return c.html(hit);
    await next();
    const res = c.res;
    const cacheable = res.status === 200
      && !res.headers.has('set-cookie')
      && (res.headers.get('content-type') ?? '').startsWith('text/html')
      && !/no-store|private/.test(res.headers.get('cache-control') ?? '');
    if (cacheable) pages.set(key, generation, await res.clone().text());
  };
}
