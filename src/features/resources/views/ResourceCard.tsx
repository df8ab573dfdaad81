import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, formatDate, langIf, localePath } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import type { LibraryItem } from '../library.repo.ts';
import type { Snippet } from '../../search/index.ts';

/** A passage with the query's matches marked: text between marks stays text, so it is escaped. */
function Marked(props: { text: string; marks: [number, number][] }) {
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  for (const [start, end] of props.marks) {
    if (start < at || end <= start) continue;
    parts.push(props.text.slice(at, start), Mark({ text: props.text.slice(start, end) }));
    at = end;
  }
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}

function Mark(props: { text: string }) {
  return <mark>{props.text}</mark>;
}

/** About one line of a phone's width; the stylesheet cuts it to one line, this keeps the page light. */
const SHORT_SUMMARY = 160;

/** `text` cut at a word boundary before `max` characters, with an ellipsis when cut. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Why a result matched: its best passage (or the PDF page it is on) and the citations it cites. */
function MatchExplanation(props: { view: ViewContext; language: string; snippet?: Snippet; citations?: string[] }) {
  const { view, snippet, citations } = props;
  const ui = langIf(view.locale, props.language);
  return (
    <>
      {citations?.length ? (
        <p class="matched-citations" lang={ui}>{view.t('search.cites', { citations: citations.join(', ') })}</p>
      ) : null}
      {snippet && snippet.source !== 'summary' ? (
        <p class="snippet">
          {snippet.source === 'pdf' ? <span class="snippet-source" lang={ui}>{view.t('search.in_pdf', { page: snippet.page ?? 1 })} </span> : null}
          <Marked text={snippet.text} marks={snippet.marks} />
        </p>
      ) : null}
    </>
  );
}

/**
 * One resource in a list: type, title link, dates, language (always, except English resources on
 * English pages), summary, topics.
 * The card takes the resource's language; interface text and taxonomy names inside it are
 * marked with their own language wherever that differs.
 */
export function ResourceCard(props: {
  view: ViewContext; item: LibraryItem; topics?: { slug: string; name: string; lang?: string }[]; headingLevel?: 2 | 3;
  /** With a search: the passage that matched, and the query's citations this resource cites. */
  snippet?: Snippet; matchedCitations?: string[];
  /** A search result: title first, then type, date and language on one line, a one-line summary, no topics. */
  compact?: boolean;
}) {
  const { view, item } = props;
  const { t, locale } = view;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const ui = langIf(locale, item.language);
  const taxonomy = langIf(item.type_lang ?? CONTENT_LANGUAGE, item.language);
  const languageBadge = item.language !== 'en' || locale !== 'en' ? <span class="badge lang-badge" lang={ui}>{languageName(item.language, locale)}</span> : null;
  const superseded = item.superseded ? <span class="badge superseded-badge" lang={ui}>{t('library.superseded')}</span> : null;
  const summaryText = props.compact ? shortened(item.summary, SHORT_SUMMARY) : item.summary;
  const summary = <p class="summary">{props.snippet?.source === 'summary' ? <Marked text={item.summary} marks={props.snippet.marks} /> : summaryText}</p>;
  const why = props.snippet || props.matchedCitations?.length
    ? <MatchExplanation view={view} language={item.language} snippet={props.snippet} citations={props.matchedCitations} />
    : null;
  if (props.compact) {
    return (
      <article class="card resource-card compact" lang={langIf(item.language, locale)}>
        <Heading class="card-title">
          <a href={localePath(locale, `/resources/${item.slug}`)}>{item.title}</a>
        </Heading>
        <p class="meta eyebrow">
          <span class="type-label" lang={taxonomy}>{item.type_name}</span>
          <time datetime={item.published_on} lang={ui}>{formatDate(item.published_on, locale)}</time>
          {languageBadge}{superseded}
        </p>
        {summary}
        {why}
      </article>
    );
  }
  return (
    <article class="card resource-card" lang={langIf(item.language, locale)}>
      <p class="eyebrow">
        <span class="type-label" lang={taxonomy}>{item.type_name}</span>
        {languageBadge}{superseded}
      </p>
      <Heading class="card-title">
        <a href={localePath(locale, `/resources/${item.slug}`)}>{item.title}</a>
      </Heading>
      <p class="meta" lang={ui}>
        <time datetime={item.published_on}>{formatDate(item.published_on, locale)}</time>
        {item.updated_on ? <> · {t('library.updated', { date: formatDate(item.updated_on, locale) })}</> : null}
      </p>
      {summary}
      {why}
      {props.topics?.length ? (
        <ul class="tags" aria-label={t('resource.topics')} lang={ui}>
          {props.topics.map((topic) => (
            <li lang={langIf(topic.lang ?? CONTENT_LANGUAGE, locale)}><a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a></li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
