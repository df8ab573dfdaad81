import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';

/** The OpenAPI 3.1 document as the generator returns it. */
export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/** The version of the API contract (`info.version`); bump it when the contract changes. */
export const API_VERSION = '1.0.0';

const DESCRIPTION = [
  'Read-only access to the published practice library: resources, topics, types and projects.',
  '',
  'Every answer is JSON. Errors look like `{"error": {"code": "bad_request", "message": "…", "params": ["pageSize"]}}`.',
  'Unknown or repeated query parameters are refused with a 400 that names them.',
  'Successful answers carry `Cache-Control: public, max-age=60` and an `ETag`; send it back in `If-None-Match` for a 304.',
  'Any origin may read the API (CORS `*`).',
].join('\n');

/** Generates the OpenAPI 3.1 document for the routes registered on `app`, served from `baseUrl`. */
export function openApiDocument<E extends Env>(app: OpenAPIHono<E>, baseUrl: string): OpenApiDocument {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Haven API',
      version: API_VERSION,
      description: DESCRIPTION,
    },
    servers: [{ url: baseUrl, description: 'This site' }],
    tags: [
      { name: 'Resources', description: 'Advisories, explainers, reports and other published resources.' },
      { name: 'Taxonomy', description: 'The topics and types resources are filed under.' },
      { name: 'Projects', description: 'Projects and networks that group resources.' },
    ],
    externalDocs: { description: 'Readable reference', url: `${baseUrl}/api/docs` },
  });
}
