import { z } from '@hono/zod-openapi';
import { AUDIENCES, MAX_PAGE, SORTS, libraryQuerySchema } from '../resources/index.ts';

/** The largest page the list endpoint serves; a bigger `pageSize` is a 400, never silently capped. */
export const MAX_PAGE_SIZE = 100;
/** Items per page when `pageSize` is not given (the library page's own size). */
export const DEFAULT_PAGE_SIZE = 20;

// The library schemas were built before zod was extended with `.openapi()`; zod's own `.meta()` works on any schema.
const library = libraryQuerySchema.shape;
const day = { type: 'string', format: 'date', example: '2024-11-06' } as const;

/**
 * The query of `GET /api/v1/resources`: the library's own field schemas (so the page and the API
 * accept exactly the same values) plus `pageSize`. Strict: an unknown parameter is a 400.
 */
export const resourceListQuerySchema = z
  .object({
    q: library.q.meta({
      description: 'Words, phrases in double quotes, and citations in any form (`212(h)`, `8 CFR 1003.23`, `Matter of Pickering`) to look for in titles, citations, topics, summaries, bodies and attached PDFs. With `q` the default order is `relevance`. See /search-tips.',
      example: 'Pickering',
    }),
    type: library.type.meta({ description: 'A resource type slug, as listed by `/api/v1/types`.', example: 'practice-advisory' }),
    topic: library.topic.meta({ description: 'A topic slug, as listed by `/api/v1/topics`.', example: 'removal-defense' }),
    lang: library.lang.meta({ description: 'Language of the resource, e.g. `en` or `es`.', example: 'es' }),
    audience: library.audience.meta({ description: `Intended readers: ${AUDIENCES.join(', ')}.` }),
    from: library.from.meta({ ...day, description: 'Published on or after this day (YYYY-MM-DD).' }),
    to: library.to.meta({ ...day, description: 'Published on or before this day (YYYY-MM-DD).' }),
    sort: library.sort.meta({ description: `Order: ${SORTS.join(', ')} (default relevance with \`q\`, newest without; ties break on the newest, then id).` }),
    page: library.page.meta({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1, description: 'Page number, from 1. A page past the last is a 404.' }),
    pageSize: z
      .string()
      .regex(/^[0-9]{1,6}$/, 'must be a whole number')
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PAGE_SIZE, `must be between 1 and ${MAX_PAGE_SIZE}`)
      .default(DEFAULT_PAGE_SIZE)
      .openapi({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` }),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'the start date comes after the end date', path: ['from'] });

/** A validated list query: the library query plus `pageSize`. */
export type ResourceListQuery = z.infer<typeof resourceListQuerySchema>;

/** `{slug}` in a path: the same shape every public slug has. */
export const slugParamSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'must be lower-case letters, digits and hyphens')
    .openapi({ param: { name: 'slug', in: 'path' }, description: 'The resource slug.', example: 'sentence-modifications-after-matter-of-thomas-and-thompson' }),
});

/** Endpoints without parameters still refuse unknown ones, so typos never pass silently. */
export const noQuerySchema = z.object({}).strict();

const named = z.object({ slug: z.string(), name: z.string() });
const ref = z.object({ slug: z.string(), title: z.string(), url: z.url() }).openapi('ResourceRef');
const isoDay = z.string().openapi({ format: 'date', example: '2024-11-06' });

const authorityKinds = ['statute', 'regulation', 'agency-decision', 'court-decision', 'form', 'state-code', 'federal-register', 'public-law'] as const;

/** An authority as a resource cites it. */
export const citedAuthoritySchema = z.object({
  key: z.string().openapi({ description: 'Canonical key: the same authority has the same key however it is cited (docs/citations.md).', example: 'INA 212(h)' }),
  kind: z.enum(authorityKinds),
  cite: z.string().openapi({ description: 'The fullest form the resource cites it in.', example: 'INA § 212(h)' }),
  url: z.url().openapi({ description: 'The authority page on the website.' }),
}).openapi('CitedAuthority');

/** A resource as the list shows it. */
export const resourceSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    type: named.openapi({ description: 'The resource type.' }),
    topics: z.array(named),
    language: z.string().openapi({ example: 'en' }),
    audience: z.enum(AUDIENCES),
    publishedOn: isoDay,
    updatedOn: isoDay.nullable().openapi({ description: 'Last substantive revision, or null.' }),
    summary: z.string(),
    superseded: z.boolean().openapi({ description: 'True when a newer published resource replaces this one.' }),
    documentNumber: z.string().nullable().openapi({
      description: 'The stable document number `{PREFIX}-{YEAR}-{NNNN}`, given at first publication and never reused (docs/authorities.md).',
      example: 'ILRC-2025-0001',
    }),
    reviewedOn: isoDay.nullable().openapi({ description: 'When staff last checked the resource is still right, or null.' }),
    url: z.url().openapi({ description: 'The resource page on the website.' }),
    authorities: z.array(citedAuthoritySchema).openapi({ description: 'The authorities its title, summary, body and PDFs cite, in order of first citation.' }),
    score: z.number().optional().openapi({ description: 'Relevance to `q` (higher is better; only with `q`). Comparable within one answer only.' }),
    snippet: z.object({
      source: z.enum(['summary', 'body', 'pdf']).openapi({ description: 'Where the passage is from.' }),
      page: z.number().int().optional().openapi({ description: 'For a PDF passage: the page of the PDF it is on (from 1).' }),
      text: z.string().openapi({ description: 'The passage, plain text.' }),
      matches: z.array(z.object({ start: z.number().int(), end: z.number().int() }))
        .openapi({ description: 'Where the query matched in `text`: UTF-16 offsets, end exclusive.' }),
    }).optional().openapi({ description: 'The passage that shows why the resource matched `q` (only with `q`).' }),
    matchedCitations: z.array(z.string()).optional()
      .openapi({ description: 'The citations of `q` this resource cites, as written canonically (only with `q`).', example: ['INA § 212(h)'] }),
  })
  .openapi('ResourceSummary');

/** A resource with its body, files and relations. */
export const resourceDetailSchema = resourceSummarySchema
  .extend({
    body: z.string().openapi({ description: 'The body as Markdown source.' }),
    bodyHtml: z.string().optional().openapi({ description: 'The body rendered to sanitized HTML.' }),
    authors: z.array(z.object({
      name: z.string(),
      affiliation: z.string().nullable().openapi({ description: 'The affiliation this resource credits the author with, or null.' }),
    }).openapi('ResourceAuthor')).openapi({ description: 'The byline, in order; empty when the organization is the author.' }),
    updates: z.array(z.object({
      on: isoDay,
      note: z.string().openapi({ description: 'What changed, in the resource\'s language.' }),
    }).openapi('ResourceUpdate')).openapi({ description: 'What changed since publication and when, as staff listed it.' }),
    attachments: z.array(z.object({
      filename: z.string(),
      title: z.string(),
      bytes: z.number().int(),
      mimeType: z.string(),
      url: z.url().nullable().openapi({ description: 'Download address, or null when no file is stored.' }),
    })),
    series: z.object({ slug: z.string(), title: z.string(), part: z.number().int().nullable(), of: z.number().int() }).nullable(),
    translationOf: z.object({ slug: z.string(), language: z.string(), title: z.string(), url: z.url() }).nullable()
      .openapi({ description: 'The original, when this resource is a translation.' }),
    translations: z.array(z.object({ slug: z.string(), language: z.string(), title: z.string(), url: z.url() }))
      .openapi({ description: 'Other language versions, excluding this one.' }),
    supersedes: z.array(ref),
    supersededBy: z.array(ref),
    projects: z.array(named),
  })
  .openapi('ResourceDetail');

/** The query of `GET /api/v1/authorities`. */
export const authorityListQuerySchema = z.object({
  kind: z.enum(authorityKinds).optional().openapi({ description: 'Only authorities of this kind.' }),
  q: z.string().max(200).optional().openapi({ description: 'Only authorities whose citation or name contains these characters (case, accents, spaces and punctuation ignored: `212h` finds INA § 212(h)).', example: '212h' }),
}).strict();

/** `{key}` in a path: an authority's slug (`ina-212-h`) or its canonical key (`INA 212(h)`, URL-encoded). */
export const authorityParamSchema = z.object({
  key: z.string().min(1).max(200).openapi({ param: { name: 'key', in: 'path' }, description: 'The authority\'s slug, as in its page\'s address, or its canonical key, URL-encoded.', example: 'ina-212-h' }),
});

/** The query of `GET /api/v1/authorities/{key}`: paging of its citing resources. */
export const authorityItemQuerySchema = z.object({
  page: resourceListQuerySchema.shape.page,
  pageSize: resourceListQuerySchema.shape.pageSize,
}).strict();

const authorityRef = z.object({ key: z.string(), slug: z.string(), kind: z.enum(authorityKinds), name: z.string(), url: z.url(), count: z.number().int() });

/** One authority in the index. */
export const authorityListSchema = z.object({
  data: z.array(authorityRef.extend({
    apiUrl: z.url().openapi({ description: 'This authority in the API.' }),
  })),
}).openapi('AuthorityList');

/** One authority with the resources citing it. */
export const authorityItemSchema = z.object({
  data: z.object({
    key: z.string(), slug: z.string(), kind: z.enum(authorityKinds),
    name: z.string().openapi({ description: 'Its full name (for a decision, as resources cite it).', example: 'Immigration and Nationality Act § 212(h)' }),
    alsoCitedAs: z.string().nullable().openapi({ description: 'Its other name (an INA section\'s 8 U.S.C. section, and back), or null.', example: '8 U.S.C. § 1182(h)' }),
    url: z.url(),
    parent: z.object({ key: z.string(), slug: z.string(), url: z.url() }).nullable().openapi({ description: 'The section it is part of, or null.' }),
    subsections: z.array(authorityRef).openapi({ description: 'Its subsections that published resources cite, with counts.' }),
    resources: z.array(resourceSummarySchema).openapi({ description: 'Published resources citing it or a subsection, newest first, one page.' }),
  }),
  meta: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
}).openapi('AuthorityItem');

/** Paging facts of a list answer. */
export const listMetaSchema = z.object({
  total: z.number().int().openapi({ description: 'Resources matching the filters.' }),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** `GET /api/v1/resources` answers `{data, meta}`; `GET /api/v1/resources/{slug}` answers `{data}`. */
export const resourceListSchema = z.object({ data: z.array(resourceSummarySchema), meta: listMetaSchema }).openapi('ResourceList');
export const resourceItemSchema = z.object({ data: resourceDetailSchema }).openapi('ResourceItem');

/** Taxonomy and project entries, each with its count of published resources. */
export const topicSchema = z
  .object({ slug: z.string(), name: z.string(), description: z.string(), count: z.number().int(), url: z.url() })
  .openapi('Topic');
export const typeSchema = z.object({ slug: z.string(), name: z.string(), count: z.number().int() }).openapi('ResourceType');
export const projectSchema = z
  .object({ slug: z.string(), name: z.string(), summary: z.string(), count: z.number().int(), url: z.url() })
  .openapi('Project');

/** The list answers of the taxonomy and project endpoints. */
export const topicListSchema = z.object({ data: z.array(topicSchema) }).openapi('TopicList');
export const typeListSchema = z.object({ data: z.array(typeSchema) }).openapi('ResourceTypeList');
export const projectListSchema = z.object({ data: z.array(projectSchema) }).openapi('ProjectList');

/** Every error under `/api/`. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_request' }),
      message: z.string().openapi({ description: 'What went wrong, in words a person understands.' }),
      params: z.array(z.string()).optional().openapi({ description: 'The query parameters at fault (400 only).' }),
    }),
  })
  .openapi('Error');

/** Response body types, inferred from the schemas above. */
export type ResourceSummary = z.infer<typeof resourceSummarySchema>;
export type ResourceDetailBody = z.infer<typeof resourceDetailSchema>;
export type TopicBody = z.infer<typeof topicSchema>;
export type TypeBody = z.infer<typeof typeSchema>;
export type ProjectBody = z.infer<typeof projectSchema>;
