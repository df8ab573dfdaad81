import { Hono } from 'hono';
import { z } from 'zod';
import { badRequest } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage, authorize } from '../admin/index.ts';
import { searchReport } from './report.repo.ts';
import { reportWeeks, sundayAfter } from './report.weeks.ts';
import { searchLogOf } from './search-log.ts';
import { SearchReportPage } from './views/SearchReportPage.tsx';

const querySchema = z.object({
  week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  lang: z.enum(['en', 'es']).optional(),
});

/**
 * The search report at /admin/search-report for editors and admins (`search.report`): per week,
 * optionally per interface language, the most searched queries, those that found nothing and
 * those whose results nobody followed. This node's pending entries are written first, so the page
 * includes the searches made a moment ago.
 */
export function searchReportAdmin(site: Site) {
  const { db, clock } = site.deps;
  const app = new Hono<AppEnv>();

  app.get('/admin/search-report', authorize('search.report'), async (c) => {
    const t = c.get('t');
    const weeks = reportWeeks(clock.now());
    const repeated = ['week', 'lang'].some((name) => (c.req.queries(name)?.length ?? 0) > 1);
    const parsed = querySchema.safeParse({ week: c.req.query('week') || undefined, lang: c.req.query('lang') || undefined });
    const week = parsed.success ? parsed.data.week ?? weeks[0] : undefined;
    if (repeated || !parsed.success || week === undefined || !weeks.includes(week)) throw badRequest(t('search_report.bad_query'));
    const language = parsed.data.lang;
    await searchLogOf(site.deps).flush();
    const report = await searchReport(db, { from: week, to: sundayAfter(week), language });
    return adminPage(c, site, t('search_report.title'), (
      <SearchReportPage view={site.view(c)} weeks={weeks} week={week} language={language} report={report} />
    ));
  });

  return app;
}
