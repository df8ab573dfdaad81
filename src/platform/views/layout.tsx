import type { Child } from 'hono/jsx';
import type { ViewContext } from '../http.ts';
import { CONTENT_LANGUAGE, interfaceLanguages, langIf, languageOf, localePath, translator, type InterfaceLanguage, type Locale } from '../i18n/index.ts';
import { LANG_CHOICE_PARAM } from '../i18n/negotiate.ts';
import { localized } from '../i18n/localized.ts';
import { FallbackNote } from './components.tsx';

export interface PageMeta {
  title: string;
  description: string;
  /** Locale-neutral path of this page's canonical URL, with its query when it matters. */
  canonicalPath?: string;
  ogType?: 'website' | 'article';
  /** Absolute or site-relative image for Open Graph. */
  image?: string;
  /** Feeds to advertise with `<link rel="alternate">`. */
  feeds?: { title: string; href: string }[];
  /** Extra head elements (JSON-LD, robots) rendered as given. */
  head?: Child;
  noindex?: boolean;
  /**
   * This page's counterpart in another interface language, as a locale-neutral path, when it is
   * not the same path: a resource's translation. The language switch and `hreflang` go there.
   */
  alternates?: Partial<Record<Locale, string>>;
}

const NAV: { key: 'site.nav.library' | 'site.nav.topics' | 'site.nav.projects' | 'site.nav.about' | 'site.nav.help' | 'site.nav.contact'; path: string }[] = [
  { key: 'site.nav.library', path: '/resources' },
  { key: 'site.nav.topics', path: '/topics' },
  { key: 'site.nav.projects', path: '/projects' },
  { key: 'site.nav.help', path: '/help' },
  { key: 'site.nav.contact', path: '/pages/contact' },
];

/** Open Graph's form of a language's Intl locale: `es-US` → `es_US`. */
function ogLocale(language: InterfaceLanguage | undefined): string {
  return (language?.intl ?? 'en-US').replace(/-/g, '_');
}

/**
 * The language switch: one link per other interface language, named in that language ("Español",
 * "English") and labelled in it ("Leer en español"), each marked with its `lang`. Shared by the
 * public and the staff frames.
 */
export function LanguageLinks(props: { locale: Locale; href: (to: Locale) => string }) {
  return (
    <>
      {interfaceLanguages().filter((l) => l.code !== props.locale).map((l) => (
        <li>
          <a href={props.href(l.code)} hreflang={l.code} lang={l.code} dir={l.dir === 'rtl' ? 'rtl' : undefined} aria-label={translator(l.code)('site.language.label')}>
            {l.name}
          </a>
        </li>
      ))}
    </>
  );
}

/**
 * The same page in the other language, filters kept, with the flag that makes the server
 * remember the choice in a cookie (and redirect to the clean URL). Works without JavaScript.
 */
export function languageSwitchHref(view: ViewContext, to: Locale, alternates: PageMeta['alternates'] = {}): string {
  const target = alternates[to];
  // A translation is another page: the filters of this one do not apply there.
  const params = new URLSearchParams(target ? '' : (view.query ?? ''));
  params.delete(LANG_CHOICE_PARAM);
  params.set(LANG_CHOICE_PARAM, to);
  return `${localePath(to, target ?? view.neutralPath)}?${params}`;
}

/**
 * What public/suggest.js needs on a search box to offer suggestions as one types: where to ask,
 * and the words it shows, in the page's language. Without JavaScript they do nothing.
 */
export function suggestAttributes(view: ViewContext): Record<string, string> {
  return {
    'data-suggest': localePath(view.locale, '/search/suggest'),
    'data-suggest-kinds': view.t('site.search.kinds'),
    'data-suggest-count': view.t('site.search.suggestions'),
  };
}

/** The frame of every public page: head metadata, skip link, header with search, footer. */
export function Layout(props: { view: ViewContext; meta: PageMeta; children?: Child }) {
  const { view, meta } = props;
  const { t, locale, organization, baseUrl } = view;
  const canonicalPath = meta.canonicalPath ?? view.neutralPath;
  const canonical = baseUrl + localePath(locale, canonicalPath);
  const title = meta.title === organization.name ? meta.title : `${meta.title} | ${organization.shortName}`;
  const image = meta.image ? (meta.image.startsWith('http') ? meta.image : baseUrl + meta.image) : undefined;
  const languages = interfaceLanguages();
  const language = languageOf(locale);
  const contentLang = langIf(CONTENT_LANGUAGE, locale);
  const tagline = localized(locale, organization.tagline, organization.taglineEs);
  const isCurrent = (path: string) => view.neutralPath === path || view.neutralPath.startsWith(`${path}/`);
  return (
    <html lang={locale} dir={language?.dir === 'rtl' ? 'rtl' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={canonical} />
        {languages.map((l) => <link rel="alternate" hreflang={l.code} href={baseUrl + localePath(l.code, meta.alternates?.[l.code] ?? canonicalPath)} />)}
        <link rel="alternate" hreflang="x-default" href={baseUrl + canonicalPath} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta property="og:site_name" content={organization.name} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={ogLocale(language)} />
        {languages.filter((l) => l.code !== locale).map((l) => <meta property="og:locale:alternate" content={ogLocale(l)} />)}
        {image ? <meta property="og:image" content={image} /> : null}
        <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        {(meta.feeds ?? []).map((f) => (
          <link rel="alternate" type="application/atom+xml" title={f.title} href={f.href} />
        ))}
        <link rel="stylesheet" href={view.stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="manifest" href="/site.webmanifest" />
        <meta name="theme-color" content="#1d2b4a" />
        <script src="/suggest.js" defer></script>
        {meta.head}
      </head>
      <body>
        <a class="skip-link" href="#main">{t('site.skip')}</a>
        <header class="site-header">
          <div class="wrap header-inner">
            <a class="brand" href={localePath(locale, '/')}>
              <span class="brand-mark" aria-hidden="true">{organization.shortName}</span>
              <span class="brand-name" lang={contentLang}>{organization.name}</span>
            </a>
            <nav class="site-nav" aria-label={t('site.nav.label')}>
              <ul>
                {NAV.map((item) => (
                  <li>
                    <a href={localePath(locale, item.path)} aria-current={isCurrent(item.path) ? 'page' : undefined}>
                      {t(item.key)}
                    </a>
                  </li>
                ))}
                <LanguageLinks locale={locale} href={(to) => languageSwitchHref(view, to, meta.alternates)} />
              </ul>
            </nav>
            <form class="site-search" role="search" method="get" action={localePath(locale, '/resources')}>
              <label for="site-search-q" class="visually-hidden">{t('site.search.label')}</label>
              <input id="site-search-q" type="search" name="q" value={view.search} maxlength={2000} placeholder={t('site.search.placeholder')} {...suggestAttributes(view)} />
              <button type="submit">{t('site.search.button')}</button>
            </form>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap footer-inner">
            <p class="footer-name" lang={contentLang}>{organization.name}</p>
            {tagline.text ? <p><span lang={langIf(tagline.lang, locale)}>{tagline.text}</span><FallbackNote view={view} lang={tagline.lang} /></p> : null}
            <p>
              {organization.email ? (
                <>
                  {t('site.footer.contact')}: <a href={`mailto:${organization.email}`}>{organization.email}</a>
                </>
              ) : null}
              {organization.phone ? <> · {organization.phone}</> : null}
              {organization.address ? <> · {organization.address}</> : null}
            </p>
            <p class="footer-links">
              <a href={localePath(locale, '/pages/about')}>{t('site.nav.about')}</a> ·{' '}
              <a href={localePath(locale, '/help')}>{t('site.footer.help')}</a> ·{' '}
              <a href={localePath(locale, '/pages/contact')}>{t('site.nav.contact')}</a>
            </p>
            <p>
              <a href={localePath(locale, '/feeds/resources.atom')}>{t('site.footer.feed')}</a>
            </p>
            <p class="fine-print">{t('site.footer.rights')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
