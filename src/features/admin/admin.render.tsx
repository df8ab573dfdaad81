import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppError } from '../../platform/errors.ts';
import type { AppContext } from '../../platform/http.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import type { Site } from '../../platform/site.ts';
import { AdminLayout, type AdminView } from './views/AdminLayout.tsx';

/** The admin view context of a request (who is signed in, the CSRF token, the stylesheet). */
export function adminView(c: AppContext, site: Site): AdminView {
  return {
    locale: c.get('locale'),
    t: c.get('t'),
    user: c.get('user') ?? null,
    csrfToken: c.get('csrfToken') ?? '',
    stylesheet: site.assets.stylesheet,
    path: c.req.path,
    siteName: c.get('organization')?.shortName || c.get('organization')?.name || 'Haven',
  };
}

/** Renders a full staff-area page in the admin layout. */
export function adminPage(c: AppContext, site: Site, title: string, body: Child, status: ContentfulStatusCode = 200) {
  const view = adminView(c, site);
  return c.html(
    <>
      {raw('<!DOCTYPE html>')}
      <AdminLayout view={view} title={title}>{body}</AdminLayout>
    </>,
    status,
  );
}

const TITLES: Partial<Record<number, MessageKey>> = {
  401: 'admin.error.title.401',
  403: 'admin.error.title.403',
  404: 'admin.error.title.404',
  413: 'error.413.title',
  429: 'admin.error.title.429',
  500: 'admin.error.title.500',
  503: 'error.503.title',
};

/** The error page of the staff area: same frame, the error's own message, never a stack. */
export function adminErrorPage(c: AppContext, site: Site, err: AppError | null, reference?: string) {
  const t = c.get('t');
  const status = err?.status ?? 500;
  const custom = typeof err?.details.title === 'string' ? err.details.title : undefined;
  const title = custom ?? t(TITLES[status] ?? 'admin.error.title.400');
  const user = c.get('user');
  return adminPage(c, site, title, (
    <div class="narrow error-page">
      <h1>{title}</h1>
      <p class="lead">{err ? err.say(t) : t('error.500.body')}</p>
      <p>
        {user ? <a href="/admin">{t('admin.error.back')}</a> : <a href="/admin/login">{t('admin.login.title')}</a>}
      </p>
      {reference ? <p class="fine-print">{t('error.reference', { id: reference })}</p> : null}
    </div>
  ), status as ContentfulStatusCode);
}
