import zlib from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { GenerationCache } from './content-cache.ts';
import type { AppEnv } from './http.ts';

type Encoding = 'br' | 'gzip';

/** One stored page: its HTML, and each compressed form made the first time a client asked for it. */
interface StoredPage {
  html: string;
  /** What the handler said besides the body (Cache-Control, Content-Language, Link…). */
  headers: [string, string][];
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'vary']);

/**
 * The encoding to send: Brotli when the client takes it, else gzip, else none. A `q=0` refuses an
 * encoding; a bare `*` allows both.
 */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const accepts = (e: Encoding) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
}

function encode(html: string, encoding: Encoding): Uint8Array<ArrayBuffer> {
  // Quality 5 compresses a 30 KB page in about a millisecond, smaller than gzip -9; 11 takes 20×.
  // Copied once into its own ArrayBuffer: a Buffer may be a view into Node's shared pool.
  return new Uint8Array(encoding === 'br'
    ? zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length } })
    : zlib.gzipSync(html, { level: 6 }));
}

/** The answer for a stored page, compressed once per encoding and then sent as stored bytes. */
function respond(c: Context<AppEnv>, page: StoredPage): Response {
  const encoding = pickEncoding(c.req.header('accept-encoding'));
  const headers = new Headers(page.headers);
  headers.set('Content-Type', 'text/html; charset=UTF-8');
  headers.set('Vary', 'Accept-Encoding');
  if (!encoding) return c.body(page.html, 200, Object.fromEntries(headers));
  const bytes = (page.encoded[encoding] ??= encode(page.html, encoding));
  headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(bytes.byteLength));
  // The compress middleware leaves an answer that already has a Content-Encoding alone.
  return c.body(bytes, 200, Object.fromEntries(headers));
}

/**
 * The URL a cached page is kept under: the path and the query parameters a page reads, sorted
 * by name (values of one name keep their order); anything else (campaign tags, cache busters)
 * is dropped, so it can neither fill the cache nor force a fresh render.
 */
export function cacheKeyUrl(url: URL, params: ReadonlySet<string>): URL {
  const kept = [...url.searchParams].filter(([name]) => params.has(name));
  const sorted = kept.map((entry, i) => [entry, i] as const)
    .sort(([[a], i], [[b], j]) => (a < b ? -1 : a > b ? 1 : i - j)).map(([entry]) => entry);
  const out = new URL(url.pathname, url.origin);
  for (const [name, value] of sorted) out.searchParams.append(name, value);
  return out;
}

/**
 * Keeps the rendered HTML of public pages per URL for one content generation, with its Brotli
 * and gzip forms. A public page is a pure function of its URL (path, locale prefix, the query
 * parameters in `params`) and the stored content, so an entry stays right until any write bumps
 * the generation — on every node, since each request reads it. Other query parameters are
 * dropped before the page is rendered (cacheKeyUrl). Only plain 200 HTML answers without
 * cookies are kept; staff pages, the API and feeds are mounted before this middleware and
 * never reach it. Compressing once per entry instead of once per request is most of what a
 * cached page costs. `observe` hears of every lookup, found or not (the hit ratio in /metrics).
 */
export function publicPageCache(options: { params: readonly string[]; maxEntries?: number; observe?: (hit: boolean) => void }): PublicPageCache {
  const pages = new GenerationCache<StoredPage>(options.maxEntries ?? 500);
  const params = new Set(options.params);
  const keyOf = (c: Context<AppEnv>): { key: string; url: URL; canonical: URL } | null => {
    if (c.req.method !== 'GET') return null;
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/admin') || url.pathname.startsWith('/api/')) return null;
    const canonical = cacheKeyUrl(url, params);
    return { key: canonical.pathname + canonical.search, url, canonical };
  };
  return {
    async middleware(c, next) {
      const found = keyOf(c);
      if (!found) return next();
      const { key, url, canonical } = found;
      if (canonical.search !== url.search) c.req.raw = new Request(canonical, c.req.raw);
      const generation = c.get('generation');
      const hit = pages.peek(key, generation);
      options.observe?.(hit !== undefined);
      if (hit !== undefined) return respond(c, hit);
      await next();
      const res = c.res;
      const cacheable = res.status === 200
        && !res.headers.has('set-cookie')
        && !res.headers.has('content-encoding')
        && (res.headers.get('content-type') ?? '').startsWith('text/html')
        && !/no-store|private/.test(res.headers.get('cache-control') ?? '');
      if (!cacheable) return;
      const headers = [...res.headers].filter(([name]) => !BODY_HEADERS.has(name.toLowerCase()));
      const page: StoredPage = { html: await res.text(), headers, encoded: {} };
      pages.set(key, generation, page);
      // Cleared first so Hono does not merge the spent answer's headers into the new one.
      c.res = undefined as unknown as Response;
      c.res = respond(c, page);
    },
    stale(c) {
      const found = keyOf(c);
      const page = found ? pages.peekAny(found.key) : undefined;
      if (!page) return null;
      const res = respond(c, page);
      // A copy from before the outage: for this visitor now, not for shared caches.
      res.headers.set('Cache-Control', 'no-store');
      res.headers.set('X-Haven-Stale', 'database unavailable');
      return res;
    },
  };
}

/** The page cache: its middleware, and the stored copy of a page for when the database is out. */
export interface PublicPageCache {
  middleware: MiddlewareHandler<AppEnv>;
  /** The last stored copy of the requested public page, whatever its generation, or null. */
  stale(c: Context<AppEnv>): Response | null;
}
