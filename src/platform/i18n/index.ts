import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageKey } from './catalog.ts';
import { type InterfaceLanguage, DEFAULT_LOCALE, LOCALES, languageOf } from './registry.ts';

export type { Catalog, MessageKey };
export type { InterfaceLanguage, LanguageDefinition, Locale } from './registry.ts';
export { DEFAULT_LOCALE, LOCALES, interfaceLanguages, isLocale, languageOf, registerLanguage } from './registry.ts';
import type { Locale } from './registry.ts';

/** True when `key` is a key of the installed interface text (for keys that arrive as data, e.g. zod messages). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(languageOf(DEFAULT_LOCALE)?.messages ?? {}, key);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A message compiled once, and the names of its arguments that want a number (plural, number). */
interface Compiled {
  format: IntlMessageFormat;
  numeric: Set<string>;
}
/** Compiled messages per language object: a language registered anew (a test) starts afresh. */
const compiled = new WeakMap<InterfaceLanguage, Map<string, Compiled>>();

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

function compile(language: InterfaceLanguage, key: string, text: string): Compiled {
  let cache = compiled.get(language);
  if (!cache) compiled.set(language, (cache = new Map()));
  let entry = cache.get(key);
  if (!entry) {
    // ignoreTag: text like "<b>" is text here, never markup (views escape what they show).
    const format = new IntlMessageFormat(text, language.intl, undefined, { ignoreTag: true });
    entry = { format, numeric: numericArguments(format.getAst() as AstNode[]) };
    cache.set(key, entry);
  }
  return entry;
}

/**
 * Returns the translate function for a locale. Texts are ICU MessageFormat: `{name}` is filled
 * from params as written (a number as its digits), and `{count, plural, one {# resource} other
 * {# resources}}` picks the locale's plural form and writes the number in the locale's style.
 *
 * A key the locale's catalog lacks shows the English text (formatted with English plural rules),
 * never the key and never an error: a language added with a partial catalog is usable at once,
 * and `haven`'s catalog test lists what is still to translate (docs/languages.md).
 */
export function translator(locale: Locale): Translate {
  return (key, params) => {
    const own = languageOf(locale);
    let language = own;
    let text = own?.messages[key];
    if (text === undefined) {
      language = languageOf(DEFAULT_LOCALE);
      text = language?.messages[key];
    }
    if (text === undefined || !language) {
      if (!languageOf(DEFAULT_LOCALE)) throw new Error('Interface text is not installed: import src/app/messages.ts before translating.');
      return key;
    }
    if (!params && !text.includes("'")) return text;
    const { format, numeric } = compile(language, key, text);
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

/** The Intl locale a language formats with ('en-US', 'es-US', …); a locale not registered formats as English. */
function intlOf(locale: Locale): string {
  return (languageOf(locale) ?? languageOf(DEFAULT_LOCALE))?.intl ?? 'en-US';
}

// Building an Intl formatter costs far more than using one; a page formats dozens of values.
// Keyed on the Intl locale, built the first time a language needs one.
function memo<T>(make: (intl: string) => T): (locale: Locale) => T {
  const cache = new Map<string, T>();
  return (locale) => {
    const intl = intlOf(locale);
    let value = cache.get(intl);
    if (value === undefined) cache.set(intl, (value = make(intl)));
    return value;
  };
}
const dateFormat = memo((intl) => new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const numberFormat = memo((intl) => new Intl.NumberFormat(intl));
const listFormat = memo((intl) => new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' }));

/**
 * Formats a `YYYY-MM-DD` date for readers, the one date style of the site: "6 Nov 2024" (en),
 * "6 nov 2024" (es). Day, abbreviated month and year in that order in every language, so a date
 * never reads as 11/06 on one page and 06/11 on another; the month's abbreviation and the digits
 * are the language's own (Intl.DateTimeFormat with its `intl` locale). Pages put it in
 * `<time datetime>` (see DateTime).
 */
export function formatDate(isoDay: string, locale: Locale): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const parts = dateFormat(locale).formatToParts(Date.UTC(y, m - 1, d));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month').replace(/\.$/, '')} ${part('year')}`;
}

/** Formats a number with the locale's grouping and decimal mark: 1,234.5 (en), 1234,5 (es). */
export function formatNumber(n: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(intlOf(locale), options).format(n);
  const format = numberFormat(locale);
  // Below a thousand no Latin-digit locale groups digits; skip ICU on the common case (page
  // numbers, counts), unless the language writes other digits (Arabic-Indic, …).
  if (Number.isInteger(n) && n >= 0 && n < 1000 && format.resolvedOptions().numberingSystem === 'latn') return String(n);
  return format.format(n);
}

/** Joins names the way the locale does: "A, B, and C" (en), "A, B y C" (es). */
export function formatList(items: string[], locale: Locale): string {
  return listFormat(locale).format(items);
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

/** Prefixes a site path with the locale: `/resources` → `/es/resources` for Spanish; English has no prefix. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** Strips a leading `/<code>` of a registered language, giving the locale and the locale-neutral path. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const end = pathname.indexOf('/', 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  if (first !== DEFAULT_LOCALE && first.length >= 2 && first.length <= 24 && LOCALES.includes(first)) {
    return { locale: first, path: end === -1 ? '/' : pathname.slice(end) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}
