import { Hono } from 'hono';
import { authorityCite, authoritySubtree, findAuthority, listAuthorities, subsectionsOf } from '../authorities/index.ts';
import { CITATION_KINDS, alsoCitedAs, displayKey, fullName, isCitationKind, keyToSlug, slugToKey } from '../citations/index.ts';
import { noteSearch } from '../search-report/index.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { localePath } from '../../platform/i18n/index.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { libraryOf } from './library.service.ts';
import { feedHref, libraryQueryOrForm } from './resources.public.tsx';
import { LIBRARY_PARAMS } from './resources.schema.ts';

// An authority page lists superseded resources too (marked): what cited the law then still matters.
const AUTHORITY_PARAMS = LIBRARY_PARAMS.filter((p) => p !== 'superseded');
import { AuthorityIndex, AuthorityMap, kindLabel } from './views/AuthorityViews.tsx';
import { LibraryView } from './views/LibraryView.tsx';

/** Longest filter text on the authority index. */
const MAX_FILTER = 200;

/** The index's query: `q` (words of a name or citation) and `kind`, each at most once; others are ignored. */
function indexQuery(c: AppContext): { q: string; kind?: string } {
  const params = new URL(c.req.url).searchParams;
  const t = c.get('t');
  for (const name of ['q', 'kind']) {
    const count = params.getAll(name).length;
    if (count > 1) throw badRequest(t('library.problem.repeated', { param: name, count }), { param: name });
  }
  const q = (params.get('q') ?? '').trim();
  if (q.length > MAX_FILTER) throw badRequest(t('library.problem.too_long', { param: 'q', max: MAX_FILTER }), { param: 'q' });
  if (/[\u0000-\u001F\u007F]/.test(q)) throw badRequest(t('library.problem.control', { param: 'q' }), { param: 'q' });
  const kind = (params.get('kind') ?? '').trim() || undefined;
  if (kind !== undefined && !isCitationKind(kind)) {
    throw badRequest(t('library.problem.choice', { param: 'kind', choices: CITATION_KINDS.map((k) => k.kind).join(', ') }), { param: 'kind' });
  }
  return { q, kind };
}

/** Folded for matching: case and accents ignored, punctuation and spacing too ("212h" finds "INA § 212(h)"). */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The authority's URL path. */
export const authorityPath = (key: string) => `/authorities/${keyToSlug(key)}`;

/**
 * `/authorities`: every authority published resources cite, by kind, with counts and a filter box;
 * `/authorities/{slug}`: the library scoped to one authority and its subsections, newest first,
 * with the authority's full name, parent section and subsections, and its feed.
 */
export function authoritiesPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;

  app.get('/authorities', async (c) => {
    const { q, kind } = indexQuery(c);
    const locale = c.get('locale');
    const all = await listAuthorities(db, kind);
    const needle = fold(q);
    const matching = needle
      ? all.filter((a) => fold(a.key).includes(needle) || fold(displayKey(a.key)).includes(needle) || fold(fullName(a.key, locale)).includes(needle))
      : all;
    const view = site.view(c);
    const { t } = view;
    return renderPage(c, view,
      { title: t('authorities.title'), description: t('authorities.description'), canonicalPath: '/authorities', noindex: Boolean(q || kind) },
      <AuthorityIndex view={view} authorities={matching} q={q} kind={kind} href={(key) => localePath(locale, authorityPath(key))} />,
    );
  });

  app.get('/authorities/:slug', async (c) => {
    const slug = c.req.param('slug');
    const key = slug.length <= 200 ? slugToKey(slug) : null;
    const t = c.get('t');
    if (key === null) throw notFound(t('error.404.authority'));
    const authority = await findAuthority(db, key);
    if (!authority) throw notFound(t('error.404.authority'));
    const path = authorityPath(key);
    const parsed = libraryQueryOrForm(c, site, path, AUTHORITY_PARAMS);
    if (!parsed.ok) return parsed.response;
    const { query } = parsed;
    const generation = c.get('generation');
    const locale = c.get('locale');
    const keys = await authoritySubtree(db, key);
    const filter = await libraryOf(site).resolveFilter(query, generation, { authorityKeys: keys });
    const [result, subsections, cite] = await Promise.all([
      libraryOf(site).search(filter, query, generation, locale), subsectionsOf(db, key), authorityCite(db, key, authority.kind),
    ]);
    noteSearch(c, { q: query.q, page: query.page, results: result.total, suggested: Boolean(result.search?.suggestion), filtered: true });
    const view = site.view(c);
    const name = cite ?? fullName(key, locale);
    const also = alsoCitedAs(key);
    const intro = `${kindLabel(authority.kind, locale)}.${also ? ` ${view.t('authority.also', { cite: also })}.` : ''} ${view.t('authority.intro')}`;
    const feed = feedHref(view.locale, query, { authority: keyToSlug(key) });
    return renderPage(c, view,
      { title: name, description: `${view.t('authority.resources')}: ${name}`, canonicalPath: path, feeds: [{ title: `${name} (Atom)`, href: feed }] },
      <>
        <LibraryView view={view} result={result} query={query} basePath={path} heading={name} intro={intro} feedHref={feed} />
        <AuthorityMap view={view} parent={authority.parent_key} subsections={subsections} href={(k) => localePath(locale, authorityPath(k))} />
      </>,
    );
  });

  return app;
}
