import type { AuthorityCount } from '../../authorities/index.ts';
import { CITATION_KINDS, displayKey, inLocale } from '../../citations/index.ts';
import type { ViewContext } from '../../../platform/http.ts';
import { formatNumber, localePath, type Locale } from '../../../platform/i18n/index.ts';

/** Most authorities listed under one kind; the filter box finds the rest. */
export const MAX_LISTED = 500;

/** A kind's label ("Statute", "Ley") in the reader's language. */
export function kindLabel(kind: string, locale: Locale): string {
  const found = CITATION_KINDS.find((k) => k.kind === kind);
  return found ? inLocale(found.label, locale) : kind;
}

/** The authority index: a filter box, then one section per kind with each authority and its count. */
export function AuthorityIndex(props: {
  view: ViewContext; authorities: AuthorityCount[]; q: string; kind?: string; href: (key: string) => string;
}) {
  const { view, authorities, q, kind } = props;
  const { t, locale } = view;
  const groups = CITATION_KINDS.map((k) => ({ ...k, items: authorities.filter((a) => a.kind === k.kind) })).filter((g) => g.items.length > 0);
  return (
    <div class="wrap authorities">
      <h1>{t('authorities.title')}</h1>
      <p class="lead">{t('authorities.description')}</p>
      <form method="get" action={localePath(locale, '/authorities')} class="filter-form authority-filter" role="search">
        <div class="field">
          <label for="a-q">{t('authorities.filter.q')}</label>
          <input id="a-q" type="search" name="q" value={q} maxlength={200} />
        </div>
        <div class="field">
          <label for="a-kind">{t('authorities.filter.kind')}</label>
          <select id="a-kind" name="kind">
            <option value="">{t('library.filter.any')}</option>
            {CITATION_KINDS.map((k) => <option value={k.kind} selected={kind === k.kind}>{inLocale(k.plural, locale)}</option>)}
          </select>
        </div>
        <button type="submit">{t('authorities.filter.apply')}</button>
      </form>
      <p class="result-count" role="status">{authorities.length ? t('authorities.count', { count: authorities.length }) : t('authorities.none')}</p>
      {groups.length ? (
        <nav aria-label={t('authorities.by_kind')}>
          <ul class="tags">
            {groups.map((g) => <li><a href={`#kind-${g.kind}`}>{inLocale(g.plural, locale)} ({formatNumber(g.items.length, locale)})</a></li>)}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section class="authority-kind" aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`}>{inLocale(g.plural, locale)} <span class="meta">({formatNumber(g.items.length, locale)})</span></h2>
          <ul class="authority-list">
            {g.items.slice(0, MAX_LISTED).map((a) => (
              <li><a href={props.href(a.key)}>{a.cite ?? displayKey(a.key)}</a> <span class="meta">{t('library.results', { count: a.resources })}</span></li>
            ))}
          </ul>
          {g.items.length > MAX_LISTED ? <p class="meta">{t('authorities.more', { shown: MAX_LISTED, total: g.items.length })}</p> : null}
        </section>
      ))}
    </div>
  );
}

/** Where an authority sits: the section it is part of, and its subsections that resources cite. */
export function AuthorityMap(props: { view: ViewContext; parent: string | null; subsections: AuthorityCount[]; href: (key: string) => string }) {
  const { view, parent, subsections } = props;
  const { t } = view;
  if (!parent && subsections.length === 0) return null;
  return (
    <nav class="wrap authority-map" aria-labelledby="authority-map-title">
      <h2 id="authority-map-title">{t('authority.map')}</h2>
      {parent ? <p>{t('authority.parent')} <a href={props.href(parent)}>{displayKey(parent)}</a></p> : null}
      {subsections.length ? (
        <>
          <h3>{t('authority.subsections')}</h3>
          <ul class="authority-list">
            {subsections.map((s) => <li><a href={props.href(s.key)}>{displayKey(s.key)}</a> <span class="meta">{t('library.results', { count: s.resources })}</span></li>)}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
