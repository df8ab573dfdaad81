import { Hono } from 'hono';
import { ping } from '../../db/database.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. Never cached. */
export function healthApi(site: Site) {
  const app = new Hono<AppEnv>();
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const ok = await ping(site.deps.db);
    return ok ? c.json({ status: 'ok' }, 200) : c.json({ status: 'unavailable', database: 'unreachable' }, 503);
  });
  return app;
}
