import type { Child } from 'hono/jsx';
import { CsrfContext } from '../../../platform/views/form.tsx';
import { can, type Action } from '../policy.ts';
import type { CurrentUser } from '../../../platform/http.ts';
import { languageOf, type Locale, type MessageKey, type Translate } from '../../../platform/i18n/index.ts';
import { LanguageLinks } from '../../../platform/views/layout.tsx';

/** Everything the staff area's frame needs; built once per request by adminView(). */
export interface AdminView {
  locale: Locale;
  t: Translate;
  user: CurrentUser | null;
  csrfToken: string;
  stylesheet: string;
  /** The request path, to mark the current section. */
  path: string;
  siteName: string;
}

/** The staff area's sections, each shown only to those the policy lets in. */
export const ADMIN_NAV: { key: MessageKey; href: string; action: Action }[] = [
  { key: 'admin.nav.dashboard', href: '/admin', action: 'admin.enter' },
  { key: 'admin.nav.resources', href: '/admin/resources', action: 'resource.create' },
  { key: 'documents.nav.projects', href: '/admin/projects', action: 'document.create' },
  { key: 'documents.nav.statements', href: '/admin/statements', action: 'document.create' },
  { key: 'documents.nav.pages', href: '/admin/pages', action: 'document.create' },
  { key: 'admin.nav.homepage', href: '/admin/homepage', action: 'homepage.curate' },
  { key: 'search.nav.synonyms', href: '/admin/synonyms', action: 'synonym.manage' },
  { key: 'search.nav.report', href: '/admin/search-report', action: 'search.report' },
  { key: 'authorities.nav.report', href: '/admin/authorities', action: 'search.report' },
  { key: 'taxonomy.nav.topics', href: '/admin/topics', action: 'taxonomy.manage' },
  { key: 'taxonomy.nav.types', href: '/admin/types', action: 'taxonomy.manage' },
  { key: 'taxonomy.nav.settings', href: '/admin/settings', action: 'settings.manage' },
  { key: 'help.nav', href: '/admin/help', action: 'settings.manage' },
  { key: 'admin.nav.users', href: '/admin/users', action: 'user.manage' },
  { key: 'admin.nav.audit', href: '/admin/audit', action: 'audit.read' },
  { key: 'admin.nav.account', href: '/admin/account', action: 'account.self' },
];

function isCurrent(path: string, href: string): boolean {
  return href === '/admin' ? path === '/admin' : path === href || path.startsWith(`${href}/`);
}

/**
 * The frame of every staff page: never indexed, its own header with the signed-in person's name,
 * the sections their role opens, and a log-out button (a form: logging out changes state).
 */
/**
 * Staff pages have no `/es` twin: the language follows the `lang` cookie, which this link sets
 * through the same `?lang-choice=` flag the public language switch uses.
 */
function LanguageSwitch(props: { view: AdminView }) {
  const { view } = props;
  return <LanguageLinks locale={view.locale} href={(to) => `${view.path}?lang-choice=${to}`} />;
}

export function AdminLayout(props: { view: AdminView; title: string; children?: Child }) {
  const { view, title } = props;
  const { t, user } = view;
  return (
    <html lang={view.locale} dir={languageOf(view.locale)?.dir === 'rtl' ? 'rtl' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} | ${t('admin.meta.staff')} | ${view.siteName}`}</title>
        <link rel="stylesheet" href={view.stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">{t('site.skip')}</a>
        <header class="site-header">
          <div class="wrap header-inner">
            <a class="brand" href={user ? '/admin' : '/admin/login'}>
              <span class="brand-name">{view.siteName} · {t('admin.meta.staff')}</span>
            </a>
            {user ? (
              <nav class="site-nav" aria-label={t('admin.nav.label')}>
                <ul>
                  {ADMIN_NAV.filter((item) => can(user, item.action)).map((item) => (
                    <li>
                      <a href={item.href} aria-current={isCurrent(view.path, item.href) ? 'page' : undefined}>{t(item.key)}</a>
                    </li>
                  ))}
                  <li><a href="/">{t('admin.nav.site')}</a></li>
                  <LanguageSwitch view={view} />
                </ul>
              </nav>
            ) : (
              <nav class="site-nav" aria-label={t('admin.nav.label')}>
                <ul><LanguageSwitch view={view} /></ul>
              </nav>
            )}
            {user ? (
              <form class="admin-logout" method="post" action="/admin/logout">
                <p class="fine-print">{t('admin.signed_in_as', { name: user.name, role: t(`admin.role.${user.role}`) })}</p>
                <input type="hidden" name="_csrf" value={view.csrfToken} />
                <button type="submit" class="button-secondary">{t('admin.nav.logout')}</button>
              </form>
            ) : null}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="wrap">
            <CsrfContext.Provider value={view.csrfToken}>{props.children}</CsrfContext.Provider>
          </div>
        </main>
      </body>
    </html>
  );
}
