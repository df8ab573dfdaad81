import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageKey } from './catalog.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type { Catalog, MessageKey };

const intlLocale: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** Interface text in every locale; empty until the app installs its catalogs. */
const catalogs: Record<Locale, Partial<Catalog>> = { en: {}, es: {} };
let installed = false;

/**
 * Installs the interface text (the app does this once, from src/app/messages.ts, before anything
 * renders). Each language's catalog has every key: the Catalog type sees to that.
 */
export function installMessages(all: Record<Locale, Catalog>): void {
  for (const locale of LOCALES) {
    Object.assign(catalogs[locale], all[locale]);
    compiled[locale].clear();
  }
  installed = true;
}

/** True when `key` is a key of the installed interface text (for keys that arrive as data, e.g. zod messages). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.en, key);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A message compiled once, and the names of its arguments that want a number (plural, number). */
interface Compiled {
  format: IntlMessageFormat;
  numeric: Set<string>;
}
const compiled: Record<Locale, Map<string, Compiled>> = { en: new Map(), es: new Map() };

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }> };

/** Arguments used by plural, selectordinal, number (or date) elements, anywhere in the message. */
function numericArguments(nodes: AstNode[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    // Types from @formatjs/icu-messageformat-parser: 2 number, 3 date, 4 time, 6 plural.
    if (node.value && (node.type === 2 || node.type === 3 || node.type === 4 || node.type === 6)) out.add(node.value);
    for (const option of Object.values(node.options ?? {})) numericArguments(option.value, out);
  }
  return out;
}

function compile(locale: Locale, key: string, text: string): Compiled {
  let entry = compiled[locale].get(key);
  if (!entry) {
    // ignoreTag: text like "<b>" is text here, never markup (views escape what they show).
    const format = new IntlMessageFormat(text, intlLocale[locale], undefined, { ignoreTag: true });
    entry = { format, numeric: numericArguments(format.getAst() as AstNode[]) };
    compiled[locale].set(key, entry);
  }
  return entry;
}

/**
 * Returns the translate function for a locale. Texts are ICU MessageFormat: `{name}` is filled
 * from params as written (a number as its digits), and `{count, plural, one {# resource} other
 * {# resources}}` picks the locale's plural form and writes the number in the locale's style.
 */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const text = catalog[key];
    if (text === undefined) {
      if (!installed) throw new Error('Interface text is not installed: import src/app/messages.ts before translating.');
      return key;
    }
    if (!params && !text.includes("'")) return text;
    const { format, numeric } = compile(locale, key, text);
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params ?? {})) values[name] = numeric.has(name) ? value : String(value);
    try {
      return String(format.format(values));
    } catch {
      // A value the text needs was not given: show the text as written rather than fail the page.
      return text;
    }
  };
}

// Building an Intl formatter costs far more than using one; a page formats dozens of values.
const dateFormats = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.DateTimeFormat(intlLocale[l], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })]),
) as Record<Locale, Intl.DateTimeFormat>;
const numberFormats = Object.fromEntries(LOCALES.map((l) => [l, new Intl.NumberFormat(intlLocale[l])])) as Record<Locale, Intl.NumberFormat>;
const listFormats = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.ListFormat(intlLocale[l], { style: 'long', type: 'conjunction' })]),
) as Record<Locale, Intl.ListFormat>;

/**
 * Formats a `YYYY-MM-DD` date for readers, the one date style of the site: "6 Nov 2024" (en),
 * "6 nov 2024" (es). Day, abbreviated month and year in that order in every language, so a date
 * never reads as 11/06 on one page and 06/11 on another; the month's abbreviation is the
 * language's own (Intl.DateTimeFormat). Pages put it in `<time datetime>` (see DateTime).
 */
export function formatDate(isoDay: string, locale: Locale): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const parts = dateFormats[locale].formatToParts(Date.UTC(y, m - 1, d));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month').replace(/\.$/, '')} ${part('year')}`;
}

/** Formats a number with the locale's grouping and decimal mark: 1,234.5 (en), 1234,5 (es). */
export function formatNumber(n: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(intlLocale[locale], options).format(n);
  // Below a thousand no locale groups digits; skip ICU on the common case (page numbers, counts).
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : numberFormats[locale].format(n);
}

/** Joins names the way the locale does: "A, B, and C" (en), "A, B y C" (es). */
export function formatList(items: string[], locale: Locale): string {
  return listFormats[locale].format(items);
}

/**
 * The language of content that has no language of its own in the database: type and topic names,
 * projects, pages, statements and the homepage text. Resources carry their own language.
 */
export const CONTENT_LANGUAGE = 'en';

/**
 * The `lang` attribute for text in `language` inside an element whose language is `around`:
 * the language when they differ, otherwise undefined (no attribute).
 */
export function langIf(language: string, around: string): string | undefined {
  return language === around ? undefined : language;
}

/** Prefixes a site path with the locale: `/resources` → `/es/resources` for Spanish. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'en') return path;
  return path === '/' ? '/es' : `/es${path}`;
}

/** Strips a leading `/es`, giving the locale and the locale-neutral path. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/es' || pathname.startsWith('/es/')) return { locale: 'es', path: pathname.slice(3) || '/' };
  return { locale: 'en', path: pathname };
}
