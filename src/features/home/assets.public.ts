import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';

/** The best encoding of ours the request accepts: br, then gzip, else none. */
function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (enc: string) => accepted.get(enc) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * The stylesheet (fingerprinted, cached a year) and root files such as the favicon. Text files
 * go out pre-compressed with Brotli or gzip, whichever the browser accepts.
 */
export function assetsPublic(site: Site) {
  const app = new Hono<AppEnv>();
  // Browsers and crawlers ask for /favicon.ico whatever the page says; the icon is an SVG.
  app.get('/favicon.ico', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.redirect('/favicon.svg', 301);
  });
  app.get('*', async (c, next) => {
    const asset = site.assets.files.get(c.req.path);
    if (!asset) return next();
    const encoding = asset.encoded ? pickEncoding(c.req.header('Accept-Encoding')) : null;
    const etag = encoding ? `${asset.etag.slice(0, -1)}-${encoding}"` : asset.etag;
    c.header('Content-Type', asset.contentType);
    c.header('ETag', etag);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400');
    if (asset.encoded) c.header('Vary', 'Accept-Encoding');
    const inm = c.req.header('If-None-Match');
    if (inm?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
    if (!encoding || !asset.encoded) return c.body(new Uint8Array(asset.body));
    c.header('Content-Encoding', encoding);
    return c.body(new Uint8Array(asset.encoded[encoding]));
  });
  return app;
}
