import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../platform/errors.ts';
import type { AppDeps, AppEnv } from '../../platform/http.ts';
import { randomToken } from '../../platform/crypto.ts';
import {
  PRE_SESSION_COOKIE, SAFE_METHODS, readPreSessionToken, sameOrigin, signPreSessionToken, submittedToken, tokenMatches,
} from './csrf.ts';
import { SESSION_POLICY, resolveSession } from './session.service.ts';

/** True for the staff area's paths. */
export function isAdminPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

/** Cookie attributes shared by Haven's cookies: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function cookieOptions(deps: AppDeps, path = '/') {
  return { httpOnly: true, sameSite: 'Lax' as const, secure: deps.config.baseUrl.startsWith('https:'), path };
}

/**
 * The session cookie's name: over HTTPS `__Host-haven_session`, which browsers accept only when
 * Secure, for Path=/ and without a Domain, so no other host (a sibling subdomain, a network
 * attacker on plain http) can plant or overwrite it; over plain http (development) `haven_session`.
 */
export function sessionCookieName(deps: AppDeps): string {
  return deps.config.baseUrl.startsWith('https:') ? `__Host-${SESSION_POLICY.cookie}` : SESSION_POLICY.cookie;
}

/** Puts a session token in the visitor's cookie. */
export function setSessionCookie(c: Context, deps: AppDeps, token: string, expiresAt: Date): void {
  const maxAge = Math.max(1, Math.floor((expiresAt.getTime() - deps.clock.now().getTime()) / 1000));
  setCookie(c, sessionCookieName(deps), token, { ...cookieOptions(deps), maxAge });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, sessionCookieName(deps), cookieOptions(deps));
}

/** The session token the visitor's cookie holds, if any (only under the configured name). */
export function sessionToken(c: Context, deps: AppDeps): string | undefined {
  return getCookie(c, sessionCookieName(deps));
}

/**
 * The one access middleware, mounted for every path:
 * - on /admin paths and on every state-changing request, loads the session (c.var.user is the
 *   signed-in account or null) and the CSRF token forms must carry (c.var.csrfToken): the
 *   session's synchronizer token, or before sign-in a signed double-submit cookie;
 * - refuses any request other than GET/HEAD/OPTIONS (outside the cookie-less JSON API) whose
 *   token does not match or whose Origin / Sec-Fetch-Site names another site, with a 403 that
 *   says why;
 * - marks /admin responses uncacheable and not for search engines.
 */
export function accessControl(deps: AppDeps): MiddlewareHandler<AppEnv> {
  // Without SESSION_SECRET (development only: production requires it) the pre-session cookie is
  // signed with a per-process key; a restart merely asks for the login form to be reloaded.
  const key = deps.config.sessionSecret ?? randomToken(32);
  return async (c, next) => {
    c.set('user', null);
    c.set('csrfToken', '');
    const admin = isAdminPath(c.req.path);
    // The JSON API under /api/ never reads the session cookie (no ambient credentials to abuse),
    // so it answers its own methods; should it ever accept the cookie, drop this exemption.
    const unsafe = !SAFE_METHODS.has(c.req.method) && !c.req.path.startsWith('/api/') && c.req.path !== '/api';
    if (admin) {
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
    }
    if (admin || unsafe) await loadAccess(c, deps, key, admin && !unsafe);
    if (unsafe) {
      const t = c.get('t');
      // Without an expected token nothing can match: the body is not even read.
      const expected = c.get('csrfToken');
      if (!sameOrigin(c, deps.config.baseUrl) || !expected || !tokenMatches(expected, await submittedToken(c))) {
        throw new AppError('forbidden', t('admin.csrf.body'), { title: t('admin.csrf.title'), csrf: true });
      }
    }
    await next();
    if (admin) {
      // Again after the handler, in case it set its own caching headers.
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
    }
  };
}

async function loadAccess(c: Context<AppEnv>, deps: AppDeps, key: string, mayMint: boolean): Promise<void> {
  const token = sessionToken(c, deps);
  const found = token ? await resolveSession(deps.db, deps.clock.now(), token) : null;
  if (found) {
    if (found.session.stage === 'active') {
      const { id, email, name, role } = found.user;
      c.set('user', { id, email, name, role });
      c.set('sessionId', found.session.id);
    }
    c.set('csrfToken', found.session.csrf_token);
    return;
  }
  if (token) clearSessionCookie(c, deps);
  const existing = readPreSessionToken(key, getCookie(c, PRE_SESSION_COOKIE));
  if (existing) {
    c.set('csrfToken', existing);
  } else if (mayMint) {
    const fresh = randomToken(32);
    setCookie(c, PRE_SESSION_COOKIE, signPreSessionToken(key, fresh), { ...cookieOptions(deps, '/admin'), maxAge: 12 * 3600 });
    c.set('csrfToken', fresh);
  }
}
