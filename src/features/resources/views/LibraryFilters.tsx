import type { ViewContext } from '../../../platform/http.ts';
import { formatDate, formatNumber, langIf, type MessageKey } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import type { LibraryResult } from '../library.service.ts';
import { AUDIENCES, libraryQueryString, type LibraryQuery } from '../resources.schema.ts';

/** One value of a facet, with how many results choosing it gives. */
export interface Choice {
  value: string;
  label: string;
  count: number;
  /** Set when the label is content in another language than the page (type and topic names). */
  lang?: string;
}

/** The query parameters that are facets (with counts). */
export type FacetParam = 'type' | 'topic' | 'lang' | 'audience';

/** Each facet's name, as its select is labelled. */
export const FACET_LABEL: Record<FacetParam, MessageKey> = {
  type: 'library.filter.type',
  topic: 'library.filter.topic',
  lang: 'library.filter.lang',
  audience: 'library.filter.audience',
};

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

/** An active filter as a visitor reads it: "Type: Chart", with the value's language when it differs from the page's. */
export interface ActiveFilter {
  key: 'q' | FacetParam | 'from' | 'to';
  /** The filter's name, "Type" (empty for the words). */
  name: string;
  value: string;
  valueLang?: string;
}

/** The filters a query sets (the words first), named in the page's language. */
export function activeFilters(view: ViewContext, query: LibraryQuery, choices: Record<FacetParam, Choice[]>): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (query.q) active.push({ key: 'q', name: '', value: `“${query.q}”` });
  for (const name of ['type', 'topic', 'lang', 'audience'] as const) {
    const value = query[name];
    if (!value) continue;
    const choice = choices[name].find((c) => c.value === value);
    const label = choice?.label ?? (name === 'lang' ? languageName(value, view.locale) : value);
    active.push({ key: name, name: view.t(FACET_LABEL[name]), value: label, valueLang: choice?.lang });
  }
  if (query.from) active.push({ key: 'from', name: view.t('library.filter.from'), value: formatDate(query.from, view.locale) });
  if (query.to) active.push({ key: 'to', name: view.t('library.filter.to'), value: formatDate(query.to, view.locale) });
  return active;
}

/** "Type: Chart", with the value marked when it is in another language than the page. */
export function FilterLabel(props: { filter: ActiveFilter }) {
  const { filter } = props;
  const value = filter.valueLang ? <span lang={filter.valueLang}>{filter.value}</span> : filter.value;
  return filter.name ? <>{filter.name}: {value}</> : value;
}

/** Chips for each active filter above the results, each one a link that removes it. */
export function ActiveFilters(props: { view: ViewContext; query: LibraryQuery; active: ActiveFilter[]; basePath: string }) {
  const { view, query, active, basePath } = props;
  if (active.length === 0) return null;
  return (
    <div class="active-filters">
      <h2 class="visually-hidden">{view.t('library.filter.active')}</h2>
      <ul>
        {active.map((a) => (
          <li>
            {/* Read as "Remove filter: Type: Chart". */}
            <a href={basePath + libraryQueryString(query, { [a.key]: undefined, page: undefined })}>
              <span class="visually-hidden">{view.t('library.filter.remove')} </span>
              <FilterLabel filter={a} /> <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li><a href={basePath} class="clear">{view.t('library.filter.clear')}</a></li>
      </ul>
    </div>
  );
}

/** A facet as a select whose options show their counts (the library's one facet list). */
export function FacetSelect(props: { view: ViewContext; name: FacetParam; choices: Choice[]; selected?: string }) {
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
