import type { MiddlewareHandler } from 'hono';
import { isoDate } from '../../platform/clock.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { splitLocale } from '../../platform/i18n/index.ts';
import type { Site } from '../../platform/site.ts';
import { isAutomated, normalizeLoggedQuery } from './logged-query.ts';
import { searchLogOf } from './search-log.ts';

/**
 * How a search page tells the search log what it found. The page sets it on its answer; the
 * middleware below reads it and takes it off before the answer leaves. Being a header of the
 * answer, the public page cache keeps it with the page and sets it again each time it serves the
 * page, so a search answered from the cache is counted like any other.
 */
const SEARCH_NOTE = 'X-Haven-Search';

/** What a search page found, as the report records it. */
export interface SearchOutcome {
  /** The words as typed (`q`). */
  q: string | undefined;
  /** The page of results shown: only the first page counts as a search. */
  page: number;
  results: number;
  /** "Did you mean" was offered. */
  suggested: boolean;
  /** Filters or a topic page narrowed the search. */
  filtered: boolean;
}

interface Note {
  query: string;
  results: number;
  suggested: boolean;
  filtered: boolean;
}

/**
 * Marks a library or topic page's answer as a search to record, when it has words and is the
 * first page of results (a later page is the same search, read further). Call before rendering.
 */
export function noteSearch(c: AppContext, outcome: SearchOutcome): void {
  if (!outcome.q || outcome.page !== 1) return;
  const query = normalizeLoggedQuery(outcome.q);
  if (!query) return;
  const note: Note = { query, results: outcome.results, suggested: outcome.suggested, filtered: outcome.filtered };
  c.header(SEARCH_NOTE, encodeURIComponent(JSON.stringify(note)));
}

function readNote(value: string): Note | null {
  try {
    const note = JSON.parse(decodeURIComponent(value)) as Note;
    return typeof note.query === 'string' && Number.isInteger(note.results) ? note : null;
  } catch {
    return null;
  }
}

const RESOURCE_PAGE = /^\/resources\/([a-z0-9-]{1,120})$/;
const SEARCH_PAGE = /^\/(resources|topics\/[a-z0-9-]{1,120})$/;

/**
 * The search a resource page was opened from, read from the Referer the browser sends when a
 * visitor follows a result (same-origin navigations carry the full address under the site's
 * strict-origin-when-cross-origin policy): the library or a topic page, in either language, with
 * words. Anything else (another page, another site, no Referer) is no search.
 */
function searchReferred(referer: string | undefined, origins: string[]): { language: string; query: string } | null {
  if (!referer || referer.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  if (!origins.includes(url.origin)) return null;
  const { locale, path } = splitLocale(url.pathname);
  if (!SEARCH_PAGE.test(path)) return null;
  const query = normalizeLoggedQuery(url.searchParams.get('q') ?? '');
  return query ? { language: locale, query } : null;
}

/**
 * Records public library searches and the results followed from them (docs/search-staff.md).
 * Mounted before the public page cache, so it sees pages served from the cache too. Searches come
 * from the note a search page sets; a followed result is a resource page answered 200 to a
 * request whose Referer is a search page. Programs (crawlers, prefetches) are not counted. Nothing
 * about the visitor is kept: the recorder is handed the day, the language and the query only.
 */
export function searchLogging(site: Site): MiddlewareHandler<AppEnv> {
  const { clock, config } = site.deps;
  const log = searchLogOf(site.deps);
  const siteOrigin = new URL(config.baseUrl).origin;
  return async (c, next) => {
    await next();
    const noted = c.res.headers.get(SEARCH_NOTE);
    if (noted !== null) c.res.headers.delete(SEARCH_NOTE);
    if (c.req.method !== 'GET' || c.res.status !== 200 || isAutomated(c.req.raw.headers)) return;
    const day = isoDate(clock.now());
    if (noted !== null) {
      const note = readNote(noted);
      if (note) log.recordSearch({ day, language: c.get('locale'), ...note });
      return;
    }
    const slug = RESOURCE_PAGE.exec(c.get('neutralPath'))?.[1];
    if (!slug) return;
    const from = searchReferred(c.req.header('referer'), [siteOrigin, new URL(c.req.url).origin]);
    if (from) log.recordClick({ day, ...from, slug });
  };
}
