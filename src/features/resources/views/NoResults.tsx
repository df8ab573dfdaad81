import type { ViewContext } from '../../../platform/http.ts';
import { localePath } from '../../../platform/i18n/index.ts';
import type { LibraryResult } from '../library.service.ts';
import { libraryQueryString, type LibraryQuery } from '../resources.schema.ts';
import { FilterLabel, type ActiveFilter } from './LibraryFilters.tsx';

const SLOT = '{filter}';

/**
 * A search that found nothing: the ways out, best first. The spelling suggestion is shown above
 * (SearchNotice); then each filter the visitor set, removed one at a time with the number of
 * results that gives; then the topic index and the search tips.
 */
export function NoResults(props: { view: ViewContext; result: LibraryResult; query: LibraryQuery; active: ActiveFilter[]; action: string }) {
  const { view, result, query, active, action } = props;
  const { t, locale } = view;
  // The message wraps the filter's label, which may carry its own language: split it around it.
  const [before, after = ''] = t('library.none.without', { filter: SLOT }).split(SLOT);
  const widen = (result.widen ?? []).map((w) => ({ ...w, filter: active.find((a) => a.key === w.param) }));
  return (
    <section class="no-results" aria-labelledby="no-results-heading">
      <h2 id="no-results-heading">{t('library.none.heading')}</h2>
      {query.q ? <p>{t('library.none.words')}</p> : null}
      <p>{t('library.none.try')}</p>
      <ul class="no-results-ways">
        {widen.map((w) => (
          <li>
            <a href={action + libraryQueryString(query, { [w.param]: undefined, page: undefined })}>
              {w.filter ? <>{before}<FilterLabel filter={w.filter} />{after}</> : w.param}
            </a>{' '}
            <span class="count">({t('library.none.count', { count: w.total })})</span>
          </li>
        ))}
        <li><a href={localePath(locale, '/topics')}>{t('library.none.topics')}</a></li>
        <li><a href={localePath(locale, '/search-tips')}>{t('library.none.tips')}</a></li>
      </ul>
    </section>
  );
}
