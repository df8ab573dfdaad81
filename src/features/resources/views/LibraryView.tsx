import type { ViewContext } from '../../../platform/http.ts';
import { formatNumber, localePath, type MessageKey } from '../../../platform/i18n/index.ts';
import { Pagination } from '../../../platform/views/components.tsx';
import { suggestAttributes } from '../../../platform/views/layout.tsx';
import type { LibraryResult } from '../library.service.ts';
import { SORTS, libraryQueryString, type LibraryQuery } from '../resources.schema.ts';
import { ActiveFilters, FacetSelect, activeFilters, facetChoices, type FacetParam } from './LibraryFilters.tsx';
import { NoResults } from './NoResults.tsx';
import { ResourceCard } from './ResourceCard.tsx';

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
 * The library, phone first: heading and count, the active filters as removable chips, then the
 * filters behind a "Filter (N)" disclosure (a `<details>`, so it needs no JavaScript; a sidebar
 * always open from 60em), then the results as compact cards. The filter form is the one facet
 * list: each select shows its choices' counts. `fixed` hides a facet the page is scoped to (a
 * topic page does not offer other topics).
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
}) {
  const { view, result, query, basePath } = props;
  const { t, locale } = view;
  const fixed = new Set(props.fixed ?? []);
  const choices = facetChoices(result, view);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  const facets = (['type', 'topic', 'lang', 'audience'] as const).filter((f) => !fixed.has(f));
  const action = localePath(locale, basePath);
  const active = activeFilters(view, query, choices);
  const filterCount = active.filter((a) => a.key !== 'q').length;
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
      </header>
      <ActiveFilters view={view} query={query} active={active} basePath={action} />
      <div class="library-layout">
        <details class="filters">
          <summary>{t('library.filter.toggle', { count: filterCount })}</summary>
          <h2 id="filters-heading" class="filters-heading">{t('library.filters')}</h2>
          <form method="get" action={action} class="filter-form" aria-labelledby="filters-heading">
            <div class="field">
              <label for="f-q">{t('library.filter.q')}</label>
              <input id="f-q" type="search" name="q" value={query.q ?? ''} maxlength={2000} {...suggestAttributes(view)} />
            </div>
            {facets.map((name) => <FacetSelect view={view} name={name} choices={choices[name]} selected={query[name]} />)}
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
            <button type="submit">{t('library.filter.apply')}</button>
          </form>
          <p class="tips-link"><a href={localePath(locale, '/search-tips')}>{t('library.tips')}</a></p>
        </details>
        <section class="results" id="results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="visually-hidden" lang={props.headingLang}>{props.heading}</h2>
          {result.search ? <SearchNotice view={view} result={result} query={query} action={action} /> : null}
          {result.items.length === 0 ? (
            <NoResults view={view} result={result} query={query} active={active} action={action} />
          ) : (
            <ol class="result-list" start={first}>
              {result.items.map((item) => (
                <li>
                  <ResourceCard view={view} item={item} compact
                    snippet={result.search?.snippets.get(item.id)} matchedCitations={result.search?.hits.get(item.id)?.matchedCitations} />
                </li>
              ))}
            </ol>
          )}
          <Pagination view={view} page={result.page} pages={result.pages} href={(p) => action + libraryQueryString(query, { page: p })} />
          {props.feedHref ? <p class="feed-link"><a href={props.feedHref}>{t('feed.subscribe')}</a></p> : null}
        </section>
      </div>
    </div>
  );
}
