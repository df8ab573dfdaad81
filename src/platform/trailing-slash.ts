import type { MiddlewareHandler } from 'hono';
import { sameOriginPath } from './redirect.ts';

/**
 * Every page has one URL, without a trailing slash: a GET or HEAD for `/resources/`, `/es/` or
 * `/admin/` is answered 301 with the same path without its trailing slashes, query kept. The
 * target goes through the shared redirect check, so `//evil.example/` never becomes a redirect to
 * another host (it falls through to a 404 instead).
 */
export function trailingSlashRedirect(baseUrl: string): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    if (url.pathname.length < 2 || !url.pathname.endsWith('/')) return next();
    const target = sameOriginPath((url.pathname.replace(/\/+$/, '') || '/') + url.search, baseUrl);
    if (!target) return next();
    return c.redirect(target, 301);
  };
}
