import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { notFound } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';

// Generated names only: a key segment, a width and an extension. Nothing a visitor types can
// escape the media folder.
const VARIANT = /^([a-z0-9][a-z0-9-]{0,100})-(\d{2,4})\.(webp|jpg)$/;

/** Serves resized images from `$DATA_DIR/media`, cached for a year (names change with content). */
export function mediaPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const dir = path.join(site.deps.config.dataDir, 'media');

  app.get('/media/:file', async (c) => {
    const file = c.req.param('file');
    const match = VARIANT.exec(file);
    if (!match) throw notFound();
    const full = path.join(dir, file);
    let body: Buffer;
    try {
      body = await fs.promises.readFile(full);
    } catch {
      throw notFound('That image is not available.');
    }
    c.header('Content-Type', match[3] === 'webp' ? 'image/webp' : 'image/jpeg');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(body));
  });

  return app;
}
