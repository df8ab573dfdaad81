import { createRoute, type z } from '@hono/zod-openapi';
import {
  authorityItemQuerySchema, authorityItemSchema, authorityListQuerySchema, authorityListSchema, authorityParamSchema,
  errorSchema, noQuerySchema, projectListSchema, resourceItemSchema, resourceListQuerySchema, resourceListSchema,
  slugParamSchema, topicListSchema, typeListSchema,
} from './api.schema.ts';

/**
 * The contract of the public JSON API, version 1. Each route's zod schemas validate requests and
 * generate `/api/openapi.json`, so the document cannot drift from what the server accepts.
 */

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const cacheHeaders = {
  ETag: { description: 'A hash of the body; send it back in `If-None-Match` to get a 304.', schema: { type: 'string' as const } },
  'Cache-Control': { description: '`public, max-age=60`', schema: { type: 'string' as const } },
};
const ok = <T extends z.ZodType>(schema: T, description: string) => ({ ...json(schema, description), headers: cacheHeaders });
const notModified = { description: 'Not modified: the `If-None-Match` ETag still matches.' };
const badRequest = json(errorSchema, 'Invalid, unknown or repeated parameters; `error.params` names them.');
const notFound = (what: string) => json(errorSchema, what);

/** `GET /api/v1/resources` */
export const listResourcesRoute = createRoute({
  method: 'get',
  path: '/api/v1/resources',
  tags: ['Resources'],
  summary: 'Search and filter the library',
  description: 'Published resources matching every filter given, one page at a time. Unknown type or topic slugs are a 400.',
  request: { query: resourceListQuerySchema },
  responses: {
    200: ok(resourceListSchema, 'One page of resources, with the total and paging.'),
    304: notModified,
    400: badRequest,
    404: notFound('The page is past the last page of results.'),
  },
});

/** `GET /api/v1/resources/{slug}` */
export const getResourceRoute = createRoute({
  method: 'get',
  path: '/api/v1/resources/{slug}',
  tags: ['Resources'],
  summary: 'One resource with its body, files and relations',
  description: 'A published resource: Markdown body (and rendered HTML), attachments, series, translations, supersession, authors and projects.',
  request: { params: slugParamSchema, query: noQuerySchema },
  responses: {
    200: ok(resourceItemSchema, 'The resource.'),
    304: notModified,
    400: badRequest,
    404: notFound('No published resource has this slug.'),
  },
});

/** `GET /api/v1/topics` */
export const listTopicsRoute = createRoute({
  method: 'get',
  path: '/api/v1/topics',
  tags: ['Taxonomy'],
  summary: 'Topics, with counts of published resources',
  request: { query: noQuerySchema },
  responses: { 200: ok(topicListSchema, 'Every topic in name order.'), 304: notModified, 400: badRequest },
});

/** `GET /api/v1/types` */
export const listTypesRoute = createRoute({
  method: 'get',
  path: '/api/v1/types',
  tags: ['Taxonomy'],
  summary: 'Resource types, with counts of published resources',
  request: { query: noQuerySchema },
  responses: { 200: ok(typeListSchema, 'Every resource type in display order.'), 304: notModified, 400: badRequest },
});

/** `GET /api/v1/projects` */
export const listProjectsRoute = createRoute({
  method: 'get',
  path: '/api/v1/projects',
  tags: ['Projects'],
  summary: 'Published projects, with counts of their published resources',
  request: { query: noQuerySchema },
  responses: { 200: ok(projectListSchema, 'Every published project in curated order.'), 304: notModified, 400: badRequest },
});

/** `GET /api/v1/authorities` */
export const listAuthoritiesRoute = createRoute({
  method: 'get',
  path: '/api/v1/authorities',
  tags: ['Authorities'],
  summary: 'Authorities cited, with counts of published resources citing each',
  description: 'Every statute, regulation, decision, form, state code section, Federal Register notice and public law a published resource cites (docs/authorities.md), in key order.',
  request: { query: authorityListQuerySchema },
  responses: { 200: ok(authorityListSchema, 'The authorities.'), 304: notModified, 400: badRequest },
});

/** `GET /api/v1/authorities/{key}` */
export const getAuthorityRoute = createRoute({
  method: 'get',
  path: '/api/v1/authorities/{key}',
  tags: ['Authorities'],
  summary: 'One authority: its names, parent and subsections, and the resources citing it',
  description: 'Published resources citing the authority or any of its subsections, newest first (superseded ones marked `superseded`).',
  request: { params: authorityParamSchema, query: authorityItemQuerySchema },
  responses: {
    200: ok(authorityItemSchema, 'The authority.'),
    304: notModified,
    400: badRequest,
    404: notFound('No published resource cites this authority, or the page is past the last.'),
  },
});
