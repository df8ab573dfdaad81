import { sendUpload } from '../uploads/index.ts';
import { parseId } from '../../platform/ids.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { libraryOf } from './library.service.ts';
import { redirectIfMoved } from '../../content/moved.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import type { LibraryFilter } from './library.repo.ts';
import { findPublishedAttachment, findPublishedResource } from './resources.repo.ts';
import { LIBRARY_PARAMS, parseLibraryQuery, type LibraryQuery } from './resources.schema.ts';
import { LibraryView } from './views/LibraryView.tsx';
import { problemsMessage } from './views/problems.ts';
import { QueryProblems } from './views/QueryProblems.tsx';
import { ResourcePage, ageNotice } from './views/ResourcePage.tsx';
import { JsonLd, resourceJsonLd } from './jsonld.tsx';
import { resourceAlternates } from './translations.ts';
import { ResourceSocialTags } from './views/SocialTags.tsx';
import { localePath, type Locale } from '../../platform/i18n/index.ts';
import { noteSearch } from '../search-report/index.ts';
import { linkCitations } from './cite-links.ts';
import { CITE_FORMATS, type CiteFormat } from './cite-formats.ts';
import { listLibraryByIds } from './library.repo.ts';
import { relatedResourceIds } from './related.repo.ts';

/** Validates the query string of a library-like page, or throws a 400 naming each problem in the page's language. */

/** Where a resource's former addresses are looked up (migration 022). */
const MOVED = { entity: 'resource', table: 'resources', base: '/resources' } as const;
export function libraryQueryOrThrow(c: AppContext, allowed?: readonly string[]): LibraryQuery {
  const parsed = parseLibraryQuery(new URL(c.req.url).searchParams, { allowed });
  if (!parsed.ok) {
    throw badRequest(problemsMessage(parsed.problems, c.get('t')), { problems: parsed.problems });
  }
  return parsed.query;
}

/**
 * Validates the query string of a page with the library's search form. On problems, the answer
 * is that form again (400) with each problem beside its field, instead of a bare error page.
 */
export function libraryQueryOrForm(c: AppContext, site: Site, action: string, allowed: readonly string[] = LIBRARY_PARAMS):
  { ok: true; query: LibraryQuery } | { ok: false; response: Response | Promise<Response> } {
  const params = new URL(c.req.url).searchParams;
  const parsed = parseLibraryQuery(params, { allowed });
  if (parsed.ok) return parsed;
  const view = site.view(c);
  const submitted = Object.fromEntries([...new Set(params.keys())].map((k) => [k, (params.get(k) ?? '').trim()]));
  return {
    ok: false,
    response: renderPage(
      c, view,
      { title: view.t('error.400.title'), description: problemsMessage(parsed.problems, view.t), canonicalPath: action, noindex: true },
      <QueryProblems view={view} problems={parsed.problems} submitted={submitted} action={localePath(view.locale, action)} allowed={allowed} />,
      400,
    ),
  };
}

/** The feed of a library view: the same words and every filter (not order or page), in the page's language. */
export function feedHref(locale: Locale, query: LibraryQuery, scope: Partial<Record<'topic' | 'authority', string>> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'type', 'topic', 'lang', 'audience', 'from', 'to'] as const) {
    const value = scope[key as 'topic'] ?? query[key];
    if (value) params.set(key, value);
  }
  if (scope.authority) params.set('authority', scope.authority);
  const s = params.toString();
  return `${localePath(locale, '/feeds/resources.atom')}${s ? `?${s}` : ''}`;
}

/** Public library pages: the filterable list, each resource, and attachment downloads. */
export function resourcesPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db, config } = site.deps;

  app.get('/resources', async (c) => {
    const parsed = libraryQueryOrForm(c, site, '/resources');
    if (!parsed.ok) return parsed.response;
    const { query } = parsed;
    const generation = c.get('generation');
    const filter: LibraryFilter = { ...(await libraryOf(site).resolveFilter(query, generation)), hideSuperseded: query.superseded !== 'include' };
    const result = await libraryOf(site).search(filter, query, generation, c.get('locale'));
    noteSearch(c, {
      q: query.q, page: query.page, results: result.total, suggested: Boolean(result.search?.suggestion),
      filtered: Boolean(query.type || query.topic || query.lang || query.audience || query.from || query.to),
    });
    const view = site.view(c);
    const t = view.t;
    const search = new URL(c.req.url).search;
    return renderPage(
      c, view,
      {
        title: query.q ? `${t('library.title')}: ${query.q}` : t('library.title'),
        description: t('library.description'),
        canonicalPath: `/resources${search}`,
        feeds: [{ title: t('site.footer.feed'), href: feedHref(view.locale, query) }],
        noindex: search.length > 0 && !/^\?(type|topic|lang)=[a-z0-9-]+$/.test(search),
      },
      <LibraryView view={view} result={result} query={query} basePath="/resources" heading={t('library.title')} intro={t('library.description')} feedHref={feedHref(view.locale, query)}
        superseded={{ included: query.superseded === 'include', count: result.facets.superseded ?? 0 }} />,
    );
  });

  app.get('/resources/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw notFound();
    const detail = await findPublishedResource(db, slug, c.get('locale'));
    if (!detail) {
      const moved = await redirectIfMoved(c, db, MOVED, slug);
      if (moved) return moved;
      throw notFound(c.get('t')('error.404.resource'));
    }
    const view = site.view(c);
    const locale = c.get('locale');
    const keys = detail.authorities.map((a) => a.key);
    const [rendered, related] = await Promise.all([
      renderMarkdown(detail.resource.body),
      relatedResourceIds(db, detail.resource, keys).then((ids) => listLibraryByIds(db, ids, locale)),
    ]);
    // Citations in the body link to their authority pages; the stored Markdown is not touched.
    const bodyHtml = linkCitations(rendered, new Set(keys), (slug) => localePath(locale, `/authorities/${slug}`));
    const description = detail.resource.summary.slice(0, 300);
    return renderPage(
      c, view,
      {
        title: detail.resource.title, description, ogType: 'article', canonicalPath: `/resources/${slug}`,
        alternates: resourceAlternates(detail),
        head: (
          <>
            <ResourceSocialTags detail={detail} title={detail.resource.title} description={description} />
            <JsonLd data={resourceJsonLd(detail, { baseUrl: view.baseUrl, url: view.baseUrl + localePath(view.locale, `/resources/${slug}`), organization: view.organization })} />
          </>
        ),
      },
      <ResourcePage view={view} detail={detail} bodyHtml={bodyHtml} related={related}
        age={ageNotice(detail.resource, detail.type.notice_after_years, site.deps.clock.now())} />,
    );
  });

  // "Cite this" downloads: /resources/{slug}/cite.ris, cite.bib, cite.json (CSL-JSON).
  for (const format of Object.keys(CITE_FORMATS) as CiteFormat[]) {
    app.get(`/resources/:slug/cite.${format}`, async (c) => {
      const slug = c.req.param('slug');
      if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw notFound();
      const detail = await findPublishedResource(db, slug, 'en');
      if (!detail) {
        const moved = await redirectIfMoved(c, db, MOVED, slug);
        if (moved) return moved;
        throw notFound(c.get('t')('error.404.resource'));
      }
      const r = detail.resource;
      const { type, write } = CITE_FORMATS[format];
      const body = await write({
        slug: r.slug, title: r.title, summary: r.summary, authors: detail.authors, organization: c.get('organization').name,
        publishedOn: r.published_on, documentNumber: r.document_number, language: r.language, url: `${config.baseUrl}/resources/${r.slug}`, genre: detail.type.name,
      });
      return c.body(body, 200, {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="${r.slug}.${format}"`,
        'Cache-Control': 'public, max-age=300',
      });
    });
  }

  app.get('/resources/:slug/attachments/:id/:filename', async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) throw notFound(c.get('t')('error.404.file'));
    const attachment = await findPublishedAttachment(db, c.req.param('slug'), id);
    if (!attachment?.storage_key) {
      const moved = await redirectIfMoved(c, db, MOVED, c.req.param('slug'));
      if (moved) return moved;
      throw notFound(c.get('t')('error.404.file'));
    }
    const file = path.join(config.dataDir, 'attachments', path.basename(attachment.storage_key));
    if (!fs.existsSync(file)) throw new AppError('not_found', c.get('t')('error.404.file'));
    return sendUpload(c, file, { filename: attachment.filename, mimeType: attachment.mime_type, cacheControl: 'public, max-age=3600' });
  });

  return app;
}
