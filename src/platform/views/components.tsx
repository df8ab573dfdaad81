import type { Child } from 'hono/jsx';
import type { ViewContext } from '../http.ts';
import { formatDate, formatNumber, localePath, type Locale } from '../i18n/index.ts';
import { languageInSentence } from '../i18n/localized.ts';

/** Page links for a paged list: previous, a window of numbers around the current page, next. */
export function Pagination(props: { view: ViewContext; page: number; pages: number; href: (page: number) => string }) {
  const { view, page, pages, href } = props;
  if (pages <= 1) return null;
  const { t, locale } = view;
  const numbers = new Set<number>([1, pages]);
  for (let p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) numbers.add(p);
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: Child[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) items.push(<li class="gap" aria-hidden="true">…</li>);
    items.push(
      <li>
        {p === page ? (
          <a aria-current="page" href={href(p)}>{formatNumber(p, locale)}</a>
        ) : (
          <a href={href(p)}>{formatNumber(p, locale)}</a>
        )}
      </li>,
    );
  });
  return (
    <nav class="pagination" aria-label={t('library.pagination')}>
      <p class="page-status">{t('library.page.current', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</p>
      <ul>
        {page > 1 ? <li><a rel="prev" href={href(page - 1)}>{t('library.page.previous')}</a></li> : null}
        {items}
        {page < pages ? <li><a rel="next" href={href(page + 1)}>{t('library.page.next')}</a></li> : null}
      </ul>
    </nav>
  );
}

/** The body of the 404, 400 and 500 pages. */
export function ErrorBody(props: { view: ViewContext; title: string; message: string; reference?: string; children?: Child }) {
  const { view } = props;
  return (
    <div class="wrap narrow error-page">
      <h1>{props.title}</h1>
      <p class="lead">{props.message}</p>
      {props.children}
      <p>
        <a href={localePath(view.locale, '/resources')}>{view.t('error.back_library')}</a>
        {' · '}
        <a href={localePath(view.locale, '/')}>{view.t('error.back_home')}</a>
      </p>
      {props.reference ? <p class="fine-print">{view.t('error.reference', { id: props.reference })}</p> : null}
    </div>
  );
}

/** Renders sanitized HTML (from renderMarkdown) without escaping it again. */
export function Prose(props: { html: string; class?: string }) {
  return <div class={props.class ?? 'prose'} dangerouslySetInnerHTML={{ __html: props.html }} />;
}

/** A `YYYY-MM-DD` date in the site's one date style ("6 Nov 2024" / "6 nov 2024"), machine-readable in `datetime`. */
export function DateTime(props: { day: string; locale: Locale }) {
  return <time datetime={props.day}>{formatDate(props.day, props.locale)}</time>;
}

/**
 * "(en inglés)": says that the text just before it is in another language than the page, where
 * a translation is missing. Nothing when the text is in the page's language.
 */
export function FallbackNote(props: { view: ViewContext; lang: string }) {
  const { view, lang } = props;
  if (lang.split('-')[0] === view.locale) return null;
  return <> <span class="fallback-note">{view.t('site.fallback', { language: languageInSentence(lang, view.locale) })}</span></>;
}

/**
 * "Lo que sigue está en inglés.": said once, in the page's language, before a block of content
 * that has no translation (a page, a statement, a project's description on /es). Nothing when
 * the content is in the page's language.
 */
export function FallbackBlockNote(props: { view: ViewContext; lang: string }) {
  const { view, lang } = props;
  if (lang.split('-')[0] === view.locale) return null;
  return <p class="fallback-block" lang={view.locale}>{view.t('site.fallback.below', { language: languageInSentence(lang, view.locale) })}</p>;
}
