import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, formatDate, langIf } from '../../../platform/i18n/index.ts';
import { localized } from '../../../platform/i18n/localized.ts';
import { FallbackBlockNote, FallbackNote, Prose } from '../../../platform/views/components.tsx';

/** A page (about, contact) as readers see it; `bodyHtml` is the sanitized Markdown rendering. */
export function PageArticle(props: { view: ViewContext; page: { title: string; summary: string }; bodyHtml: string }) {
  const { view, page } = props;
  return (
    <article class="wrap narrow" lang={langIf(CONTENT_LANGUAGE, view.locale)}>
      <FallbackBlockNote view={view} lang={CONTENT_LANGUAGE} />
      <h1>{page.title}</h1>
      {page.summary ? <p class="lead">{page.summary}</p> : null}
      <Prose html={props.bodyHtml} />
    </article>
  );
}

/** A statement as readers see it, with its date. */
export function StatementArticle(props: { view: ViewContext; statement: { title: string; summary: string; published_on: string }; bodyHtml: string }) {
  const { view, statement } = props;
  return (
    <article class="wrap narrow" lang={langIf(CONTENT_LANGUAGE, view.locale)}>
      <FallbackBlockNote view={view} lang={CONTENT_LANGUAGE} />
      <p class="eyebrow" lang={langIf(view.locale, CONTENT_LANGUAGE)}>
        {view.t('resource.published')} <time datetime={statement.published_on}>{formatDate(statement.published_on, view.locale)}</time>
      </p>
      <h1>{statement.title}</h1>
      <p class="lead">{statement.summary}</p>
      <Prose html={props.bodyHtml} />
    </article>
  );
}

/** The head of a project page: name, summary and description (its resources follow on the public page). */
export function ProjectIntro(props: {
  view: ViewContext; bodyHtml: string;
  /** `name_es` and `summary_es` are shown on /es when staff wrote them (migration 017). */
  project: { name: string; summary: string; body: string; name_es?: string | null; summary_es?: string | null };
}) {
  const { view, project } = props;
  const { locale } = view;
  const name = localized(locale, project.name, project.name_es);
  const summary = localized(locale, project.summary, project.summary_es);
  return (
    <div>
      <header class="page-header">
        <h1 lang={langIf(name.lang, locale)}>{name.text}</h1>
        <p class="lead"><span lang={langIf(summary.lang, locale)}>{summary.text}</span><FallbackNote view={view} lang={summary.lang} /></p>
      </header>
      {project.body ? (
        <div lang={langIf(CONTENT_LANGUAGE, locale)}>
          <FallbackBlockNote view={view} lang={CONTENT_LANGUAGE} />
          <Prose html={props.bodyHtml} />
        </div>
      ) : null}
    </div>
  );
}
