import { normalizeTyped } from '../search/index.ts';

/** The longest query the report keeps; the search itself reads up to 300 characters. */
export const LOGGED_QUERY_MAX = 200;

const EMAIL = /[^\s@]+@[^\s@]+/g;
/**
 * Seven or more digits, alone or joined by spaces, dots, slashes or hyphens: an A-number, a
 * receipt or case number, a phone or social security number, a birth date. Citations are shorter
 * ("8 U.S.C. 1101(a)(43)", "85 FR 82260", "Pub. L. 104-208") and are kept.
 */
const LONG_NUMBER = /[0-9](?:[ ./-]?[0-9]){6,}/g;

/**
 * A query as the search report keeps it: typographic quotes, dashes and spaces made plain, lower
 * case, spaces collapsed, at most LOGGED_QUERY_MAX characters, and what could identify the person
 * who typed it replaced: email addresses by "@", long numbers by "#". Searches typed differently
 * but alike ("U Visa", " u  visa ") are counted together. Pure.
 */
export function normalizeLoggedQuery(raw: string): string {
  const plain = normalizeTyped(raw.slice(0, 2000)).toLowerCase().replace(/\s+/g, ' ');
  const redacted = plain.replace(EMAIL, '@').replace(LONG_NUMBER, '#').trim();
  return [...redacted].slice(0, LOGGED_QUERY_MAX).join('').trim();
}

const AUTOMATED = /bot\b|bot\/|\+https?:|crawl|spider|slurp|preview|facebookexternalhit|monitor|curl\/|wget\/|python|httpclient|okhttp|java\/|go-http|libwww|scrapy|headless/i;

/**
 * Whether a request comes from a program rather than a person reading the page: a crawler, a link
 * previewer, a script, a browser prefetching a link it may never show. Those are not searches
 * anybody made, so they are not counted. Every browser sends a User-Agent; a request without one
 * is a program.
 */
export function isAutomated(headers: Headers): boolean {
  const agent = headers.get('user-agent');
  if (!agent || AUTOMATED.test(agent)) return true;
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  return /prefetch|prerender/i.test(purpose);
}
