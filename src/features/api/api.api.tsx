import { OpenAPIHono } from '@hono/zod-openapi';
import { libraryOf } from '../resources/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { LOCALES, langIf, localePath } from '../../platform/i18n/index.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { findPublishedResource } from '../resources/index.ts';
import { apiCacheControl, apiCors, apiEtag, apiOnError, errorBody, singleValuedQuery, validationHook } from './api.http.ts';
import { presentDetail, presentProjects, presentSummary, presentTopics, presentTypes } from './api.presenter.ts';
import { getAuthorityRoute, getResourceRoute, listAuthoritiesRoute, listProjectsRoute, listResourcesRoute, listTopicsRoute, listTypesRoute } from './api.routes.ts';
import { authoritiesApi } from './api.authorities.ts';
import { ApiService } from './api.service.ts';
import { openApiDocument, type OpenApiDocument } from './openapi.ts';
import { ApiReference } from './views/ApiReference.tsx';

/**
 * The public, read-only JSON API (`/api/v1/…`), its OpenAPI 3.1 document (`/api/openapi.json`)
 * and a readable reference generated from that document (`/api/docs`). Not localized: mount once.
 */
export function publicApi(site: Site) {
  const { db, config } = site.deps;
  const baseUrl = config.baseUrl;
  const service = new ApiService(db, libraryOf(site));
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  api.use('/api/*', apiCors, apiEtag, apiCacheControl, singleValuedQuery);
  api.onError(apiOnError);

  api.openapi(listResourcesRoute, async (c) => {
    const query = c.req.valid('query');
    const page = await service.resources(query, c.get('generation'));
    return c.json({
      data: page.items.map((item) => {
        const hit = page.search?.hits.get(item.id);
        const match = hit ? { score: hit.score, snippet: page.search?.snippets.get(item.id), matchedCitations: hit.matchedCitations } : undefined;
        return presentSummary(baseUrl, item, page.topicsByResource.get(item.id), match, page.authoritiesByResource.get(item.id));
      }),
      meta: { total: page.total, page: page.page, pageSize: page.pageSize },
    }, 200);
  });

  api.openapi(getResourceRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const detail = await findPublishedResource(db, slug);
    if (!detail) throw notFound(`There is no published resource called "${slug}".`);
    return c.json({ data: presentDetail(baseUrl, detail, await renderMarkdown(detail.resource.body)) }, 200);
  });

  const authorities = authoritiesApi(db, baseUrl, service);
  api.openapi(listAuthoritiesRoute, async (c) => c.json(await authorities.list(c.req.valid('query')), 200));
  api.openapi(getAuthorityRoute, async (c) => c.json(await authorities.item(c.req.valid('param').key, c.req.valid('query'), c.get('generation')), 200));

  api.openapi(listTopicsRoute, async (c) => {
    const generation = c.get('generation');
    const [taxonomy, counts] = await Promise.all([libraryOf(site).taxonomy(generation), service.libraryCounts(generation)]);
    return c.json({ data: presentTopics(baseUrl, taxonomy.topics, counts.topic) }, 200);
  });

  api.openapi(listTypesRoute, async (c) => {
    const generation = c.get('generation');
    const [taxonomy, counts] = await Promise.all([libraryOf(site).taxonomy(generation), service.libraryCounts(generation)]);
    return c.json({ data: presentTypes(taxonomy.types, counts.type) }, 200);
  });

  api.openapi(listProjectsRoute, async (c) => {
    const projects = await service.projectList(c.get('generation'));
    return c.json({ data: presentProjects(baseUrl, projects) }, 200);
  });

  // The document describes the routes registered above; it is built once, on first request.
  let document: OpenApiDocument | undefined;
  const spec = () => (document ??= openApiDocument(api, baseUrl));

  // The application's 404 answers JSON under `/api/`; the bare prefix is the API's too.
  api.all('/api', () => {
    throw notFound('There is nothing at /api. The API lives under /api/v1/; see /api/docs.');
  });

  api.get('/api/openapi.json', (c) => c.json(spec()));

  // The API is read-only: any other method on any of its addresses is a 405 naming the ones it takes.
  api.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/api/*', (c) => c.json(
    errorBody(new AppError('method_not_allowed', `The API is read-only: ${c.req.method} is not allowed here. Use GET.`)),
    405, { Allow: 'GET, HEAD, OPTIONS' },
  ));

  // The reference at /api/docs, and at /es/api/docs (each language's prefix) in that language's site frame (the page's language
  // switch and hreflang links point there); the reference itself is generated from the English
  // OpenAPI document, so it is marked as English.
  const docs = async (c: AppContext) => {
    const view = site.view(c);
    const document = spec();
    const description = document.info.description ? await renderMarkdown(document.info.description) : '';
    const { t, locale } = view;
    return renderPage(c, view, { title: t('api.docs.title'), description: t('api.docs.description'), canonicalPath: '/api/docs', noindex: true }, (
      <>
        {locale === 'en' ? null : <p class="wrap notice">{t('api.docs.in_english')}</p>}
        <div lang={langIf('en', locale)}><ApiReference document={document} descriptionHtml={description} /></div>
      </>
    ));
  };
  for (const locale of LOCALES) api.get(localePath(locale, '/api/docs'), docs);

  return api;
}
