import type { ViewContext } from '../../../platform/http.ts';
import { formatDate, formatNumber, langIf, localePath, type MessageKey } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import { Pagination } from '../../../platform/views/components.tsx';
import type { LibraryResult } from '../library.service.ts';
import { AUDIENCES, SORTS, libraryQueryString, type LibraryQuery } from '../resources.schema.ts';
import { ResourceCard } from './ResourceCard.tsx';

interface Choice {
  value: string;
  label: string;
  count: number;
  /** Set when the label is content in another language than the page (type and topic names). */
  lang?: string;
}

type FacetParam = 'type' | 'topic' | 'lang' | 'audience';

/** The choices of each facet with their counts under the other current filters. */
export function facetChoices(result: LibraryResult, view: ViewContext): Record<FacetParam, Choice[]> {
  const { facets, taxonomy } = result;
  // A name is in Spanish on Spanish pages once an admin translated it; until then it is English.
  return {
    type: taxonomy.types.map((x) => ({ value: x.slug, label: x.name, count: facets.type.get(x.id) ?? 0, lang: langIf(x.lang, view.locale) })),
    topic: taxonomy.topics.map((x) => ({ value: x.slug, label: x.name, count: facets.topic.get(x.id) ?? 0, lang: langIf(x.lang, view.locale) })),
    lang: taxonomy.languages.map((code) => ({ value: code, label: languageName(code, view.locale), count: facets.language.get(code) ?? 0 })),
    audience: AUDIENCES.map((a) => ({ value: a, label: view.t(`audience.${a}` as MessageKey), count: facets.audience.get(a) ?? 0 })),
  };
}

const FACET_LABEL: Record<FacetParam, MessageKey> = {
  type: 'library.filter.type',
  topic: 'library.filter.topic',
  lang: 'library.filter.lang',
  audience: 'library.filter.audience',
};

function Select(props: { view: ViewContext; name: FacetParam; choices: Choice[]; selected?: string }) {
  const { view, name, choices, selected } = props;
  return (
    <div class="field">
      <label for={`f-${name}`}>{view.t(FACET_LABEL[name])}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{view.t('library.filter.any')}</option>
        {choices.map((c) => (
          <option value={c.value} selected={c.value === selected} lang={c.lang}>
            {c.label} ({formatNumber(c.count, view.locale)})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The facet as a list of links, each showing its count; the current choice is marked. */
function FacetLinks(props: { view: ViewContext; name: FacetParam; choices: Choice[]; query: LibraryQuery; basePath: string }) {
  const { view, name, choices, query, basePath } = props;
  const visible = choices.filter((c) => c.count > 0 || c.value === query[name]);
  if (visible.length === 0) return null;
  return (
    <section class="facet" aria-labelledby={`facet-${name}`}>
      <h3 id={`facet-${name}`}>{view.t(FACET_LABEL[name])}</h3>
      <ul>
        {visible.map((c) => {
          const active = query[name] === c.value;
          const href = basePath + libraryQueryString(query, { [name]: active ? undefined : c.value, page: undefined });
          return (
            <li>
              <a href={href} aria-current={active ? 'true' : undefined} class={active ? 'active' : undefined}>
                {c.lang ? <span lang={c.lang}>{c.label}</span> : c.label} <span class="count">{formatNumber(c.count, view.locale)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Chips for each active filter, each one a link that removes it. */
function ActiveFilters(props: { view: ViewContext; query: LibraryQuery; choices: Record<FacetParam, Choice[]>; basePath: string }) {
  const { view, query, choices, basePath } = props;
  const active: { key: keyof LibraryQuery; label: string; valueLang?: string }[] = [];
  if (query.q) active.push({ key: 'q', label: `“${query.q}”` });
  for (const name of ['type', 'topic', 'lang', 'audience'] as const) {
    const value = query[name];
    if (!value) continue;
    const choice = choices[name].find((c) => c.value === value);
    const label = choice?.label ?? (name === 'lang' ? languageName(value, view.locale) : value);
    active.push({ key: name, label: `${view.t(FACET_LABEL[name])}: ${label}`, valueLang: choice?.lang });
  }
  if (query.from) active.push({ key: 'from', label: `${view.t('library.filter.from')}: ${formatDate(query.from, view.locale)}` });
  if (query.to) active.push({ key: 'to', label: `${view.t('library.filter.to')}: ${formatDate(query.to, view.locale)}` });
  if (active.length === 0) return null;
  return (
    <div class="active-filters">
      <h2 class="visually-hidden">{view.t('library.filter.active')}</h2>
      <ul>
        {active.map((a) => (
          <li>
            {/* Read as "Remove filter: Type: Chart"; a name in another language than the page
                (an untranslated topic on a Spanish page) is marked as such. */}
            <a href={basePath + libraryQueryString(query, { [a.key]: undefined, page: undefined })}>
              <span class="visually-hidden">{view.t('library.filter.remove')} </span>
              {a.valueLang ? <>{a.label.slice(0, a.label.indexOf(': ') + 2)}<span lang={a.valueLang}>{a.label.slice(a.label.indexOf(': ') + 2)}</span></> : a.label}{' '}
              <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li><a href={basePath} class="clear">{view.t('library.filter.clear')}</a></li>
      </ul>
    </div>
  );
}

/**
 * What a search did with the words: read a misspelled word as a known one (with the query as typed
 * one click away), or found no resource with every word (results hold most of them).
 */
function SearchNotice(props: { view: ViewContext; result: LibraryResult; query: LibraryQuery; action: string }) {
  const { view, result, query, action } = props;
  const search = result.search!;
  return (
    <>
      {search.suggestion ? (
        <p class="search-suggestion">
          {view.t('search.did_you_mean')}{' '}
          <a href={action + libraryQueryString(query, { q: search.suggestion, page: undefined })}><strong>{search.suggestion}</strong></a>{view.t('search.did_you_mean.end')}
        </p>
      ) : null}
      {search.relaxed && result.total > 0 ? <p class="search-relaxed">{view.t('search.partial')}</p> : null}
    </>
  );
}

/**
 * The library: a GET form of filters, facet links with counts, the results and page links.
 * `fixed` hides a facet the page is scoped to (a topic page does not offer other topics).
 */
export function LibraryView(props: {
  view: ViewContext;
  result: LibraryResult;
  query: LibraryQuery;
  basePath: string;
  heading: string;
  intro?: string;
  fixed?: FacetParam[];
  feedHref?: string;
  /** The language of `heading` and `intro` when it is not the page's (a topic's name). */
  headingLang?: string;
  /** On the library page: whether superseded resources are shown, and how many match the other filters. */
  superseded?: { included: boolean; count: number };
}) {
  const { view, result, query, basePath } = props;
  const { t, locale } = view;
  const fixed = new Set(props.fixed ?? []);
  const choices = facetChoices(result, view);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  const facets = (['type', 'topic', 'lang', 'audience'] as const).filter((f) => !fixed.has(f));
  const action = localePath(locale, basePath);
  return (
    <div class="wrap library">
      <header class="page-header">
        <h1 lang={props.headingLang}>{props.heading}</h1>
        {props.intro ? <p class="lead" lang={props.headingLang}>{props.intro}</p> : null}
        <p class="result-count" role="status">
          <strong>{result.total === 0 ? t('library.results.none') : t('library.results', { count: result.total })}</strong>
          {result.total > 0 ? <> · {t('library.showing', { first: formatNumber(first, locale), last: formatNumber(last, locale), total: formatNumber(result.total, locale) })}</> : null}
        </p>
        {result.items.length ? <p class="jump-link"><a href="#results">{t('library.jump')}</a></p> : null}
        {props.feedHref ? <p class="feed-link"><a href={props.feedHref}>{t('feed.subscribe')}</a></p> : null}
      </header>
      <div class="library-layout">
        <aside class="filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading">{t('library.filters')}</h2>
          <form method="get" action={action} class="filter-form">
            <div class="field">
              <label for="f-q">{t('library.filter.q')}</label>
              <input id="f-q" type="search" name="q" value={query.q ?? ''} maxlength={2000} />
            </div>
            {facets.map((name) => <Select view={view} name={name} choices={choices[name]} selected={query[name]} />)}
            <div class="field-row">
              <div class="field">
                <label for="f-from">{t('library.filter.from')}</label>
                <input id="f-from" type="date" name="from" value={query.from ?? ''} />
              </div>
              <div class="field">
                <label for="f-to">{t('library.filter.to')}</label>
                <input id="f-to" type="date" name="to" value={query.to ?? ''} />
              </div>
            </div>
            <div class="field">
              <label for="f-sort">{t('library.sort')}</label>
              <select id="f-sort" name="sort">
                {SORTS.filter((s) => s !== 'relevance' || query.q).map((s) => <option value={s} selected={result.sort === s}>{t(`library.sort.${s}` as MessageKey)}</option>)}
              </select>
            </div>
            {props.superseded ? (
              <div class="field field-check">
                <input id="f-superseded" type="checkbox" name="superseded" value="include" checked={props.superseded.included} />
                <label for="f-superseded">{t('library.filter.superseded', { count: props.superseded.count })}</label>
              </div>
            ) : null}
            <button type="submit">{t('library.filter.apply')}</button>
          </form>
          {facets.map((name) => <FacetLinks view={view} name={name} choices={choices[name]} query={query} basePath={action} />)}
        </aside>
        <section class="results" id="results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="visually-hidden" lang={props.headingLang}>{props.heading}</h2>
          <ActiveFilters view={view} query={query} choices={choices} basePath={action} />
          {result.search ? <SearchNotice view={view} result={result} query={query} action={action} /> : null}
          {result.items.length === 0 ? (
            <p class="empty">{t('library.results.none')}</p>
          ) : (
            <ol class="result-list" start={first}>
              {result.items.map((item) => (
                <li>
                  <ResourceCard view={view} item={item} topics={result.topicsByResource.get(item.id)}
                    snippet={result.search?.snippets.get(item.id)} matchedCitations={result.search?.hits.get(item.id)?.matchedCitations} />
                </li>
              ))}
            </ol>
          )}
          <Pagination view={view} page={result.page} pages={result.pages} href={(p) => action + libraryQueryString(query, { page: p })} />
        </section>
      </div>
    </div>
  );
}
