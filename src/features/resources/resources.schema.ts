import { z } from 'zod';

export const AUDIENCES = ['practitioners', 'community', 'advocates'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type LibrarySort = (typeof SORTS)[number];

/**
 * The order a library view is shown in: as asked, else best match first when there are words to
 * match and newest first otherwise. Relevance without words means nothing, so it is newest first.
 */
export function effectiveSort(query: { q?: string; sort?: LibrarySort }): LibrarySort {
  if (!query.q) return query.sort === undefined || query.sort === 'relevance' ? 'newest' : query.sort;
  return query.sort ?? 'relevance';
}
export const PAGE_SIZE = 20;
export const MAX_PAGE = 999_999;

/** Query parameters the library, its feed and its API accept. */
export const LIBRARY_PARAMS = ['q', 'type', 'topic', 'lang', 'audience', 'from', 'to', 'sort', 'page', 'superseded'] as const;

// Words typed into a search box never contain C0/C1 control characters; PostgreSQL cannot even hold U+0000.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/, 'must be lower-case letters, digits and hyphens');

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, { message: 'is not a real calendar date', params: { problem: 'date_unreal' } });

/** The library query as validated from a URL; unknown slugs are checked later against the database. */
export const libraryQuerySchema = z
  .object({
    q: z.string().trim().max(2000, 'must be at most 2000 characters')
      .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters', params: { problem: 'control' } }).optional(),
    type: slug.optional(),
    topic: slug.optional(),
    // Language codes are case-insensitive (BCP 47): `ES` is `es`.
    lang: z.string().toLowerCase().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'must be a language code such as en or es').optional(),
    audience: z.enum(AUDIENCES, { message: `must be one of ${AUDIENCES.join(', ')}` }).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    sort: z.enum(SORTS, { message: `must be one of ${SORTS.join(', ')}` }).optional(),
    page: z
      .string()
      .regex(/^[0-9]{1,6}$/, 'must be a whole number from 1')
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PAGE, { message: `must be between 1 and ${MAX_PAGE}`, params: { problem: 'page' } })
      .default(1),
    // The library leaves out superseded resources unless asked (`superseded=include`).
    superseded: z.enum(['include'], { message: 'must be include' }).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'The start date comes after the end date', path: ['from'], params: { problem: 'date_order' } });

export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/**
 * What can be wrong with a library parameter. Pages show each as the catalog text
 * `library.problem.<code>` in the visitor's language; `message` is the English text the API returns.
 */
export const QUERY_PROBLEM_CODES = [
  'unknown', 'repeated', 'too_long', 'slug', 'language', 'choice', 'date_format', 'date_unreal', 'date_order', 'page', 'control', 'invalid',
] as const;
export type QueryProblemCode = (typeof QUERY_PROBLEM_CODES)[number];

export interface QueryProblem {
  param: string;
  message: string;
  /** Set by parseLibraryQuery; absent on problems other code builds from its own schemas. */
  code?: QueryProblemCode;
  /** Values the problem's text mentions, e.g. `{ count: 2 }` for a repeated parameter. */
  values?: Record<string, string | number>;
}

const FORMAT_PROBLEM: Record<string, QueryProblemCode> = {
  type: 'slug', topic: 'slug', lang: 'language', from: 'date_format', to: 'date_format', page: 'page',
};

/** The problem code and values of one zod issue on a library parameter. */
function problemOf(param: string, issue: z.core.$ZodIssue): Pick<QueryProblem, 'code' | 'values'> {
  if (issue.code === 'custom') {
    const code = (issue.params as { problem?: QueryProblemCode } | undefined)?.problem;
    if (code === 'page') return { code, values: { max: MAX_PAGE } };
    return { code: code ?? 'invalid' };
  }
  if (issue.code === 'too_big') return { code: 'too_long', values: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_value') return { code: 'choice', values: { choices: issue.values.map(String).join(', ') } };
  if (issue.code === 'invalid_format' && FORMAT_PROBLEM[param]) {
    return FORMAT_PROBLEM[param] === 'page' ? { code: 'page', values: { max: MAX_PAGE } } : { code: FORMAT_PROBLEM[param] };
  }
  return { code: 'invalid' };
}

/**
 * Validates library parameters from a URL. Empty values count as absent (an empty form field);
 * a repeated parameter, and in strict mode an unknown one, is a problem to report, never a guess.
 */
export function parseLibraryQuery(
  params: URLSearchParams,
  options: { allowed?: readonly string[]; strict?: boolean } = {},
): { ok: true; query: LibraryQuery } | { ok: false; problems: QueryProblem[] } {
  const allowed = options.allowed ?? LIBRARY_PARAMS;
  const problems: QueryProblem[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!allowed.includes(key)) {
      // Pages ignore parameters they do not use (campaign tags, cache busters); the API refuses them.
      if (options.strict) problems.push({ param: key, message: `"${key.slice(0, 40)}" is not a filter this page knows`, code: 'unknown' });
      continue;
    }
    if (values.length > 1) {
      problems.push({ param: key, message: `"${key}" was given ${values.length} times; give it once`, code: 'repeated', values: { count: values.length } });
      continue;
    }
    const value = values[0].trim();
    if (value !== '') raw[key] = value;
  }
  const parsed = libraryQuerySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const param = String(issue.path[0] ?? 'query');
      const problem = problemOf(param, issue);
      // "The start date comes after the end date" is about both dates, not a property of "from".
      const message = problem.code === 'date_order' ? 'The start date comes after the end date' : `"${param}" ${issue.message}`;
      problems.push({ param, message, ...problem });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, query: parsed.data };
}

/** Serializes a library query back to a URL query string, leaving out defaults. */
export function libraryQueryString(q: Partial<LibraryQuery>, overrides: Partial<Record<keyof LibraryQuery, string | number | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...q, ...overrides };
  const out = new URLSearchParams();
  for (const key of LIBRARY_PARAMS) {
    const value = merged[key];
    if (value === undefined || value === null || value === '') continue;
    if (key === 'sort' && value === effectiveSort({ q: merged.q as string | undefined })) continue;
    if (key === 'page' && Number(value) === 1) continue;
    out.set(key, String(value));
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}
