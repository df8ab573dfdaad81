import type { ZodError } from 'zod';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { RETAINED_304_HEADERS, etag } from 'hono/etag';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import type { AppContext } from '../../platform/http.ts';
import type { QueryProblem } from '../resources/index.ts';

/** How long clients and shared caches may reuse a successful answer. */
export const API_CACHE_CONTROL = 'public, max-age=60';

/** Turns zod issues into one problem per parameter, naming each unknown parameter on its own. */
export function problemsFrom(error: ZodError): QueryProblem[] {
  const problems: QueryProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ param: key, message: `"${key.slice(0, 40)}" is not a parameter this endpoint knows` });
      continue;
    }
    const param = String(issue.path[0] ?? 'query');
    problems.push({ param, message: `"${param}" ${issue.message}` });
  }
  return problems;
}

/** A 400 whose message lists every problem and whose details name the parameters. */
export function invalidParameters(problems: QueryProblem[]): AppError {
  return badRequest(`${problems.map((p) => p.message).join('; ')}.`, { problems });
}

/**
 * The validation hook of every API route: a bad path parameter means nothing is there (404),
 * a bad query is a 400 naming the parameters.
 */
export function validationHook(result: { target: string; success: boolean; error?: ZodError }): void {
  if (result.success || !result.error) return;
  if (result.target === 'param') throw notFound('There is nothing at this address.');
  throw invalidParameters(problemsFrom(result.error));
}

/** Refuses a query that gives any parameter twice: the API never guesses which one was meant. */
export const singleValuedQuery: MiddlewareHandler = async (c, next) => {
  const params = new URL(c.req.url).searchParams;
  const problems: QueryProblem[] = [];
  for (const key of new Set(params.keys())) {
    const count = params.getAll(key).length;
    if (count > 1) problems.push({ param: key, message: `"${key.slice(0, 40)}" was given ${count} times; give it once` });
  }
  if (problems.length) throw invalidParameters(problems);
  await next();
};

/** Cross-origin reads from anywhere; the ETag is exposed so browser clients can revalidate. */
export const apiCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'], maxAge: 86400 });

/** Weak ETag over the body; a matching `If-None-Match` gets a 304 that keeps caching and CORS headers. */
export const apiEtag = etag({ weak: true, retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] });

/** Successful answers may be cached briefly; errors are not. */
export const apiCacheControl: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', c.res.status === 200 ? API_CACHE_CONTROL : 'no-store');
};

/** The JSON error body: `{"error": {"code", "message", "params"?}}`. */
export function errorBody(err: AppError) {
  const problems = err.details.problems as QueryProblem[] | undefined;
  const params = problems ? [...new Set(problems.map((p) => p.param))] : typeof err.details.param === 'string' ? [err.details.param] : undefined;
  return { error: { code: err.code, message: err.message, ...(params ? { params } : {}) } };
}

/** Answers an AppError as JSON; anything else goes on to the application's handler (logged, 500). */
export function apiOnError(err: Error, c: AppContext): Response {
  if (err instanceof AppError) return c.json(errorBody(err), err.status);
  throw err;
}
