import { Hono } from 'hono';
import type { AppEnv } from '../../lib/http.ts';
import type { Site } from '../../lib/site.ts';

/** The stylesheet (fingerprinted, cached a year) and root files such as the favicon. */
export function assetsPublic(site: Site) {
  const app = new Hono<AppEnv>();
  app.get('*', async (c, next) => {
    const asset = site.assets.files.get(c.req.path);
    if (!asset) return next();
    c.header('Content-Type', asset.contentType);
    c.header('ETag', asset.etag);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400');
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
    return c.body(new Uint8Array(asset.body));
  });
  return app;
}
