import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { authorize } from '../admin/index.ts';
import { findUserById } from '../users/index.ts';
import { adminPage } from '../admin/index.ts';
import { Dashboard } from './views/Dashboard.tsx';

/** The staff area's home page. */
export function adminHome(site: Site) {
  const app = new Hono<AppEnv>();
  app.get('/admin', authorize('admin.enter'), async (c) => {
    const user = c.get('user')!;
    const t = c.get('t');
    const row = await findUserById(site.deps.db, user.id);
    return adminPage(c, site, t('admin.dashboard.title'), <Dashboard t={t} user={user} totpEnabled={row?.totp_enabled === 1} />);
  });
  return app;
}
