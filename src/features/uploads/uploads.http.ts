import type { MiddlewareHandler } from 'hono';
import { requestBodyLimit, type BodyLimitRule } from '../../platform/body-limit.ts';
import { textError } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { formatSize } from './uploads.storage.ts';

/** Room for the form fields that travel with the files. */
const FORM_ALLOWANCE = 2 * 1024 * 1024;

/** A request body on public paths: forms there are a search box at most. */
export const PUBLIC_BODY_BYTES = 64 * 1024;

/**
 * A staff form without files: a 500,000-character body, percent-encoded, with room to spare.
 * It is also the most anyone not signed in may send to a staff path (the sign-in form).
 */
export const STAFF_FORM_BYTES = 8 * 1024 * 1024;

/** The staff routes that take files: the resource forms (PDFs) and the homepage form (images). */
const UPLOAD_ROUTES = /^\/admin\/(?:resources(?:\/\d+)?|homepage)$/;

/**
 * Every request body's limit, by path: small on public paths, larger for staff forms, and the
 * upload limit (UPLOAD_MAX_BYTES plus the form's other fields) only on the routes that take
 * files, and only once the session shows someone signed in; a body over its limit is a 413
 * page before anything (the CSRF check included) has read it into memory.
 */
export function bodyLimits(uploadMaxBytes: number): MiddlewareHandler<AppEnv> {
  const uploadBytes = uploadMaxBytes + FORM_ALLOWANCE;
  const rule = (c: AppContext): BodyLimitRule => {
    const path = c.req.path;
    if (path !== '/admin' && !path.startsWith('/admin/')) return { ceiling: PUBLIC_BODY_BYTES };
    if (!UPLOAD_ROUTES.test(path)) return { ceiling: STAFF_FORM_BYTES };
    // The session is loaded (by the access middleware) before the CSRF check reads the body.
    return { ceiling: Math.max(uploadBytes, STAFF_FORM_BYTES), limit: () => (c.get('user') ? uploadBytes : STAFF_FORM_BYTES) };
  };
  return requestBodyLimit(rule, (c, limit) => {
    return limit === uploadBytes && UPLOAD_ROUTES.test(c.req.path)
      ? textError('payload_too_large', { key: 'editorial.upload.large.body', params: { max: formatSize(uploadMaxBytes) } })
      : textError('payload_too_large', { key: 'error.413.body', params: { max: formatSize(limit) } });
  });
}
