import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, formatDate, langIf } from '../../../platform/i18n/index.ts';
import { Prose } from '../../../platform/views/components.tsx';

/** A page (about, contact) as readers see it; `bodyHtml` is the sanitized Markdown rendering. */
export function PageArticle(props: { view: ViewContext; page: { title: string; summary: string }; bodyHtml: string }) {
  const { view, page } = props;
  return (
    <article class="wrap narrow" lang={langIf(CONTENT_LANGUAGE, view.locale)}>
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
export function ProjectIntro(props: { view: ViewContext; project: { name: string; summary: string; body: string }; bodyHtml: string }) {
  const { view, project } = props;
  return (
    <div lang={langIf(CONTENT_LANGUAGE, view.locale)}>
      <header class="page-header">
        <h1>{project.name}</h1>
        <p class="lead">{project.summary}</p>
      </header>
      {project.body ? <Prose html={props.bodyHtml} /> : null}
    </div>
  );
}
