import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sameOriginPath } from '../../platform/redirect.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale, localePath, type Locale } from './index.ts';

export { isLocale };

/** The cookie remembering the interface language a visitor chose with the language switch. */
export const LANG_COOKIE = 'lang';
/** The query flag the language switch adds to its link: `?lang-choice=es`. */
export const LANG_CHOICE_PARAM = 'lang-choice';

/**
 * The interface language an `Accept-Language` header prefers, or null when it names none of ours.
 * A tag counts for the interface language with that exact code (`pt-br`), else for the one with its
 * primary language (`es-MX;q=0.9` counts for `es`); each locale takes the highest weight of any of
 * its tags, and on equal weights the tag listed first wins. `*` and `q=0` tags are ignored.
 */
export function preferredLocale(header: string | undefined | null): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',').slice(0, 40)) {
    const [tag, ...attrs] = part.trim().split(';');
    const full = tag.trim().toLowerCase();
    const language = LOCALES.includes(full) ? full : full.split('-')[0];
    if (!isLocale(language)) continue;
    let q = 1;
    for (const attr of attrs) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(attr);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best?.locale ?? null;
}

function appendVary(headers: Headers, ...names: string[]) {
  const current = headers.get('Vary');
  if (current === '*') return;
  const have = new Set((current ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
  const add = names.filter((n) => !have.has(n.toLowerCase()));
  if (add.length) headers.set('Vary', [current, ...add].filter(Boolean).join(', '));
}

/**
 * The visitor's interface language, without JavaScript and without breaking shared caches:
 * - `?lang-choice=<code>` (the language switch, any letter case) stores the choice in a `lang`
 *   cookie and redirects (303) to the same URL without the flag — a path of this site only
 *   (`sameOriginPath`), else the homepage;
 * - a request for `/` goes to `/<code>` (302) when the cookie, or failing that `Accept-Language`,
 *   prefers another registered language than English; the answer for `/` always carries `Vary: Accept-Language, Cookie`.
 * Every other URL names its language in its path and never varies.
 */
export function languagePreference(options: { secureCookie: boolean; baseUrl: string }): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const url = new URL(c.req.url);
    if (url.searchParams.has(LANG_CHOICE_PARAM)) {
      const choice = url.searchParams.get(LANG_CHOICE_PARAM)?.toLowerCase();
      url.searchParams.delete(LANG_CHOICE_PARAM);
      if (isLocale(choice)) {
        setCookie(c, LANG_COOKIE, choice, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'Lax', httpOnly: true, secure: options.secureCookie });
      }
      c.header('Cache-Control', 'private, no-store');
      return c.redirect(sameOriginPath(url.pathname + url.search, options.baseUrl) ?? '/', 303);
    }
    if (url.pathname !== '/') return next();
    const cookie = getCookie(c, LANG_COOKIE);
    const wanted = isLocale(cookie) ? cookie : preferredLocale(c.req.header('Accept-Language'));
    if (wanted && wanted !== DEFAULT_LOCALE) {
      const res = c.redirect(`${localePath(wanted, '/')}${url.search}`, 302);
      appendVary(res.headers, 'Accept-Language', 'Cookie');
      return res;
    }
    await next();
    appendVary(c.res.headers, 'Accept-Language', 'Cookie');
  };
}
