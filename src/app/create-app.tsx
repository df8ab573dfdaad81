// The interface text first: modules below may translate as they load.
import './messages.ts';
import crypto from 'node:crypto';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { GenerationCache } from '../platform/content-cache.ts';
import { currentGeneration } from '../db/generation.ts';
import { AppError } from '../platform/errors.ts';
import type { AppContext, AppDeps, AppEnv } from '../platform/http.ts';
import { LOCALES, localePath, splitLocale, translator } from '../platform/i18n/index.ts';
import { LANG_COOKIE, isLocale, languagePreference, preferredLocale } from '../platform/i18n/negotiate.ts';
import { getCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { Locale } from '../platform/i18n/index.ts';
import { publicPageCache } from '../platform/page-cache.ts';
import { renderPage } from '../platform/render.tsx';
import { Site } from '../platform/site.ts';
import { ErrorBody } from '../platform/views/components.tsx';
import { trailingSlashRedirect } from '../platform/trailing-slash.ts';
import { accessLog } from '../platform/access-log.ts';
import { Metrics } from '../platform/metrics.ts';
import { readSetting } from '../features/home/index.ts';
import { DEFAULT_ORGANIZATION, organizationSchema, type Organization } from '../platform/organization.ts';
import { assetsPublic } from '../features/home/index.ts';
import { homePublic } from '../features/home/index.ts';
import { healthApi } from '../features/health/index.ts';
import { mediaPublic } from '../features/media/index.ts';
import { pagesPublic } from '../features/pages/index.ts';
import { helpAdmin, helpPublic } from '../features/help/index.ts';
import { projectsPublic } from '../features/projects/index.ts';
import { resourcesPublic } from '../features/resources/index.ts';
import { authoritiesPublic, topicsPublic } from '../features/resources/index.ts';
import { publicApi } from '../features/api/index.ts';
import { feedsPublic } from '../features/feeds/index.ts';
import { searchPublic } from '../features/search/index.ts';
import { seoPublic } from '../features/seo/index.ts';
import { accessControl, isAdminPath } from '../features/auth/index.ts';
import { authAdmin } from '../features/auth/index.ts';
import { accountAdmin } from '../features/auth/index.ts';
import { usersAdmin } from '../features/users/index.ts';
import { auditAdmin } from '../features/audit/index.ts';
import { adminHome } from '../features/auth/index.ts';
import { adminErrorPage } from '../features/admin/index.ts';
import { resourcesAdmin } from '../features/editorial/index.ts';
import { workflowAdmin } from '../features/editorial/index.ts';
import { homepageAdmin } from '../features/editorial/index.ts';
import { documentsAdmin } from '../features/editorial/index.ts';
import { documentsWorkflowAdmin } from '../features/editorial/index.ts';
import { authorityOverridesAdmin } from '../features/editorial/index.ts';
import { authoritiesReportAdmin } from '../features/authorities/index.ts';
import { bodyLimits } from '../features/uploads/index.ts';
import { taxonomyAdmin } from '../features/taxonomy/index.ts';
import { databaseFault, RETRY_AFTER_SECONDS } from '../db/faults.ts';
import { textError } from '../platform/errors.ts';
import { throttledWarning } from '../platform/logger.ts';
import type { MessageKey } from '../platform/i18n/index.ts';
import { LIBRARY_PARAMS } from '../features/resources/index.ts';
import { synonymsAdmin } from '../features/search/index.ts';
import { searchLogging, searchReportAdmin } from '../features/search-report/index.ts';

/** Pages that exist in every interface language, mounted at `/` and again at each other language's prefix (`/es`, …). */
// helpPublic before pagesPublic: the help page's former address (a page) redirects to /help.
const LOCALIZED_FEATURES = [homePublic, resourcesPublic, topicsPublic, authoritiesPublic, projectsPublic, helpPublic, pagesPublic, searchPublic];

/** The staff area under /admin; accessControl (below) loads the session and checks CSRF for them. */
const ADMIN_FEATURES = [authAdmin, accountAdmin, usersAdmin, auditAdmin, adminHome, resourcesAdmin, workflowAdmin, homepageAdmin, documentsAdmin, documentsWorkflowAdmin, authorityOverridesAdmin, taxonomyAdmin, synonymsAdmin, searchReportAdmin, authoritiesReportAdmin, helpAdmin];

/**
 * Builds the whole application from its dependencies. No I/O happens here beyond reading the
 * bundled stylesheet, so tests can build as many apps as they like.
 */
export function createApp(deps: AppDeps) {
  const site = new Site(deps);
  const organizationCache = new GenerationCache<Organization>(1);
  const organizationOf = (generation: number) => organizationCache.get('org', generation, async () => {
    const parsed = organizationSchema.safeParse(await readSetting(deps.db, 'organization'));
    return parsed.success ? parsed.data : DEFAULT_ORGANIZATION;
  });
  /**
   * An error raised before the content middleware (a refused CSRF token, a body over its limit)
   * still gets the organization's name in its title and frame, when the database answers.
   */
  const withOrganization = async (c: AppContext) => {
    if (c.get('organization') !== DEFAULT_ORGANIZATION) return;
    try {
      c.set('organization', await organizationOf(await currentGeneration(deps.db)));
    } catch {
      // The database is out: the default name will do for an error page.
    }
  };
  const outageLog = throttledWarning(deps.logger, 10_000);
  const app = new Hono<AppEnv>();

  // Only with METRICS_TOKEN set: otherwise there is no /metrics and nothing is counted.
  const metrics = deps.config.metricsToken ? new Metrics(deps.dbPool) : null;
  // The authority index's `kind` is read by a page too (its `q` is the library's).
  const pageCache = publicPageCache({ params: [...LIBRARY_PARAMS, 'kind'], observe: metrics?.observeCache });
  app.use('*', accessLog(deps.logger, { trustProxy: deps.config.trustProxy }));
  if (metrics) app.use('*', metrics.observeRequests());
  app.use('*', async (c, next) => {
    const split = splitLocale(c.req.path);
    const { path } = split;
    // Staff pages have one URL in both languages: the `lang` cookie (or Accept-Language) decides.
    // They are never cached (no-store), so varying on the cookie harms no shared cache.
    const locale = path === '/admin' || path.startsWith('/admin/') ? staffLocale(c) : split.locale;
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.set('neutralPath', path);
    c.set('organization', DEFAULT_ORGANIZATION);
    await next();
  });
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginResourcePolicy: 'same-origin',
    // Agrees with frame-ancestors 'none': no page of the site may be framed, by anyone.
    xFrameOptions: 'DENY',
    // A route's own policy wins (uploaded files are served sandboxed, see serve-upload.ts).
    overwrite: false,
  }));
  app.use('*', compress());
  // Every body has a limit before anything (the CSRF check included) reads it.
  app.use('*', bodyLimits(deps.config.uploadMaxBytes));
  app.use('*', trailingSlashRedirect(deps.config.baseUrl));
  // Sessions on /admin, CSRF on every state-changing request, no-store on staff pages.
  app.use('*', accessControl(deps));
  app.use('*', languagePreference({ secureCookie: deps.config.baseUrl.startsWith('https:'), baseUrl: deps.config.baseUrl }));
  // Counts library searches and followed results (docs/search-staff.md). Outside the page cache,
  // so pages it serves count too, and outside the content middleware, whose copy of a page kept
  // from before a database outage carries the search page's note as well.
  app.use('*', searchLogging(site));

  app.route('/', healthApi(site));
  if (metrics) app.route('/', metrics.route(deps.config.metricsToken!));
  app.route('/', assetsPublic(site));
  app.route('/', mediaPublic(site));

  // Everything below reads content: learn the content generation and the organization once.
  app.use('*', async (c, next) => {
    let generation: number;
    try {
      generation = await currentGeneration(deps.db);
    } catch (err) {
      // The database is out: a public page stored before the outage is better than a 503.
      const stale = databaseFault(err) === 'unavailable' ? pageCache.stale(c) : null;
      if (stale) return stale;
      throw err;
    }
    c.set('generation', generation);
    c.set('organization', await organizationOf(generation));
    await next();
  });

  app.route('/', publicApi(site));
  app.route('/', feedsPublic(site));
  app.route('/', seoPublic(site));

  for (const feature of ADMIN_FEATURES) app.route('/', feature(site));

  app.use('*', pageCache.middleware);
  for (const feature of LOCALIZED_FEATURES) {
    const sub = feature(site);
    // Every language registered before this app was built (src/app/languages/, docs/languages.md).
    for (const locale of LOCALES) app.route(localePath(locale, '/'), sub);
  }

  app.notFound((c) => errorPage(c, site, new AppError('not_found', c.get('t')('error.404.body'))));
  app.onError(async (err, c) => {
    if (err instanceof AppError) {
      await withOrganization(c);
      return errorPage(c, site, err);
    }
    if (databaseFault(err) === 'unavailable') {
      // Passing (a restart, a failover): ask to come back shortly; the pool reconnects by itself.
      outageLog({ err: err.message, path: c.req.path }, 'database unavailable: answering 503');
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return errorPage(c, site, textError('unavailable', { key: 'error.503.body' }));
    }
    const reference = c.get('requestId') ?? crypto.randomUUID();
    deps.logger.error({ err, reference, path: c.req.path }, 'unhandled error');
    return errorPage(c, site, null, reference);
  });

  return app;
}

const ERROR_TITLES: Partial<Record<number, MessageKey>> = {
  401: 'error.401.title', 403: 'error.403.title', 404: 'error.404.title', 405: 'error.405.title', 409: 'error.409.title',
  413: 'error.413.title', 415: 'error.415.title', 429: 'error.429.title', 500: 'error.500.title', 503: 'error.503.title', 507: 'error.507.title',
};

/** The error page in the site's design, or a JSON error under `/api/`. Never shows a stack. */
async function errorPage(c: AppContext, site: Site, err: AppError | null, reference?: string): Promise<Response> {
  if (isAdminPath(c.req.path)) return adminErrorPage(c, site, err, reference);
  const status = err?.status ?? 500;
  const t = c.get('t');
  const message = err && !c.req.path.startsWith('/api/') ? err.say(t) : err?.message ?? t('error.500.body');
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: err?.code ?? 'internal', message, ...(reference ? { reference } : {}) } }, status);
  }
  // A custom title an error carries (the refused form's "This form could not be accepted") wins.
  const title = typeof err?.details.title === 'string' ? err.details.title : t(ERROR_TITLES[status] ?? 'error.400.title');
  const view = site.view(c);
  const pageStatus = status === 404 || status === 500 || status === 400 ? status : 400;
  const res = await renderPage(c, view, { title, description: message, noindex: true },
    <ErrorBody view={view} title={title} message={message} reference={reference} />, pageStatus);
  return status === pageStatus ? res : new Response(res.body, { status, headers: res.headers });
}

/** The interface language of a staff page: the visitor's saved choice, else their browser's, else English. */
function staffLocale(c: Context): Locale {
  const saved = getCookie(c, LANG_COOKIE);
  if (isLocale(saved)) return saved;
  return preferredLocale(c.req.header('Accept-Language')) ?? 'en';
}
