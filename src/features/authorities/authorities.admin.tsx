import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage, authorize } from '../admin/index.ts';
import { authoritiesOnlySupersededCite, mostCitedAuthorities, REPORT_LIMIT, resourcesCitingChanged } from './report.repo.ts';
import { AuthorityReport } from './views/AuthorityReport.tsx';

/**
 * The staff report of authorities at /admin/authorities, for editors and admins (`search.report`,
 * as the search report): computed in the database on each visit (staff pages are never cached).
 */
export function authoritiesReportAdmin(site: Site) {
  const { db } = site.deps;
  const app = new Hono<AppEnv>();

  app.get('/admin/authorities', authorize('search.report'), async (c) => {
    const t = c.get('t');
    const [mostCited, changed, uncovered] = await Promise.all([
      mostCitedAuthorities(db), resourcesCitingChanged(db), authoritiesOnlySupersededCite(db),
    ]);
    return adminPage(c, site, t('authorities.report.title'), (
      <AuthorityReport t={t} locale={c.get('locale')} mostCited={mostCited} changed={changed} uncovered={uncovered} limit={REPORT_LIMIT} />
    ));
  });

  return app;
}
