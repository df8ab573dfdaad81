import crypto from 'node:crypto';
import type { Context } from 'hono';
import { safeEqual } from '../../platform/crypto.ts';

/** The cookie that carries the CSRF token before a session exists (the login form). */
export const PRE_SESSION_COOKIE = 'haven_csrf';
/** The form field and header a state-changing request carries its token in. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that never change state and are never checked. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

function mac(key: string, token: string): string {
  return crypto.createHmac('sha256', key).update(`csrf:${token}`).digest('base64url');
}

/** The cookie value for a pre-session token: the token and its HMAC, so it cannot be planted. */
export function signPreSessionToken(key: string, token: string): string {
  return `${token}.${mac(key, token)}`;
}

/** The token inside a pre-session cookie, or null when the cookie is missing or forged. */
export function readPreSessionToken(key: string, cookie: string | undefined): string | null {
  if (!cookie) return null;
  const dot = cookie.lastIndexOf('.');
  if (dot <= 0) return null;
  const token = cookie.slice(0, dot);
  return safeEqual(cookie.slice(dot + 1), mac(key, token)) ? token : null;
}

/** The token a request carries: the X-CSRF-Token header, or the `_csrf` field of a form body. */
export async function submittedToken(c: Context): Promise<string | null> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  try {
    // Hono caches the parsed form, so the handler reads the same body again for free.
    const body = await c.req.parseBody();
    const value = body[CSRF_FIELD];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * False when the browser says the request comes from another site: an Origin that is neither
 * the configured site nor the request's own, or Sec-Fetch-Site other than same-origin or none.
 * Absent headers (older browsers, non-browser clients) leave the decision to the token.
 */
export function sameOrigin(c: Context, baseUrl: string): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('origin');
  if (!origin) return true;
  const allowed = new Set<string>([new URL(c.req.url).origin]);
  try {
    allowed.add(new URL(baseUrl).origin);
  } catch {
    // A malformed BASE_URL is refused by config; nothing to add.
  }
  return allowed.has(origin);
}

/** True when the submitted token matches the expected one. */
export function tokenMatches(expected: string, submitted: string | null): boolean {
  return Boolean(expected) && submitted !== null && safeEqual(expected, submitted);
}
