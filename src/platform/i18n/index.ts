import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

const catalogs: Record<Locale, Messages> = { en, es };
const intlLocale: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the translate function for a locale; `{name}` placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const text = catalog[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/** The catalogs, for the completeness test. */
export const messageCatalogs = catalogs;

// Building an Intl formatter costs far more than using one; a page formats dozens of values.
const dateFormats = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.DateTimeFormat(intlLocale[l], { dateStyle: 'long', timeZone: 'UTC' })]),
) as Record<Locale, Intl.DateTimeFormat>;
const numberFormats = Object.fromEntries(LOCALES.map((l) => [l, new Intl.NumberFormat(intlLocale[l])])) as Record<Locale, Intl.NumberFormat>;
const listFormats = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.ListFormat(intlLocale[l], { style: 'long', type: 'conjunction' })]),
) as Record<Locale, Intl.ListFormat>;

/** Formats a `YYYY-MM-DD` date for readers, e.g. "November 6, 2024" / "6 de noviembre de 2024". */
export function formatDate(isoDay: string, locale: Locale): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return dateFormats[locale].format(Date.UTC(y, m - 1, d));
}

/** The numeric date style the organization's homepage uses: 11/06/2024 (en), 06/11/2024 (es). */
export function formatShortDate(isoDay: string, locale: Locale): string {
  const [y, m, d] = isoDay.split('-');
  return locale === 'es' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
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
