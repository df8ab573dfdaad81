import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { readForm, type FieldErrors } from '../../platform/forms.ts';
import { authorize } from '../admin/index.ts';
import type { Organization } from '../../platform/organization.ts';
import { loadOrganization, parseOrganizationForm, saveOrganization, SettingsConflict } from './settings.service.ts';
import { actorOf } from './taxonomy.http.ts';
import { organizationValues, SettingsPage } from './views/SettingsPage.tsx';

/**
 * The organization settings screen (`settings.manage`, admins): the name, short name, tagline and
 * contact details every public page's header and footer show. A save bumps the content
 * generation, so the public site shows the new details on its very next request.
 */
export function settingsAdmin(site: Site) {
  const { db } = site.deps;
  const app = new Hono<AppEnv>();
  app.use('/admin/settings', authorize('settings.manage'));
  app.use('/admin/settings/*', authorize('settings.manage'));

  const page = (c: AppContext, status: 200 | 400 | 409, props: { values: Record<string, string>; revision: string; errors?: FieldErrors; conflict?: Organization; done?: string }) => {
    const t = c.get('t');
    return adminPage(c, site, t('taxonomy.settings.title'), <SettingsPage t={t} {...props} />, status);
  };

  app.get('/admin/settings', async (c) => {
    const { organization, revision } = await loadOrganization(db);
    const done = c.req.query('done') === 'saved' ? c.get('t')('taxonomy.settings.saved') : undefined;
    return page(c, 200, { values: organizationValues(organization), revision, done });
  });

  app.post('/admin/settings', async (c) => {
    const t = c.get('t');
    const values = await readForm(c);
    const revision = typeof values.revision === 'string' ? values.revision.slice(0, 64) : '';
    const parsed = parseOrganizationForm(values);
    if (!parsed.ok) {
      const errors: FieldErrors = Object.fromEntries(Object.entries(parsed.errors).map(([f, key]) => [f, t(key)]));
      return page(c, 400, { values, revision, errors });
    }
    try {
      await saveOrganization(db, parsed.data, revision, actorOf(c, site));
    } catch (err) {
      if (!(err instanceof SettingsConflict)) throw err;
      // Keep their text; the form now names the stored version, so saving again replaces it.
      return page(c, 409, { values, revision: (await loadOrganization(db)).revision, conflict: err.current });
    }
    return c.redirect('/admin/settings?done=saved', 303);
  });

  return app;
}
