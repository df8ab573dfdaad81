import type { Catalog } from './catalog.ts';

/**
 * A language code of the interface: the path prefix of its pages (`/es`), their `<html lang>`
 * and `hreflang`. Any registered code, so a language is added without touching the type; code
 * that must know a particular language compares with its code (`locale === 'es'`).
 */
export type Locale = string;

/** English: the language of every catalog's reference text and of unprefixed paths (`/`). */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * What the site needs to know of an interface language besides its text. Adding one is this
 * object and a catalog, listed in src/app/languages/index.ts (docs/languages.md).
 */
export interface LanguageDefinition {
  /** Lower-case BCP 47 tag: the path prefix (`/fr`), `lang` and `hreflang`, the language switch's `lang-choice` value. */
  code: string;
  /** The language's name in itself, as the language switch shows it: "Español", "Français", "العربية". */
  name: string;
  /** Text direction of the interface: `<html dir>`; the stylesheet uses logical properties. */
  dir: 'ltr' | 'rtl';
  /** The locale dates, numbers, lists and plural rules are formatted in: 'es-US', 'fr-FR', 'ar-EG'. */
  intl: string;
}

/**
 * A registered language: its definition and its interface text. Every catalog but English's may
 * be partial; a key it lacks shows the English text (src/platform/i18n/index.ts, translator).
 */
export interface InterfaceLanguage extends LanguageDefinition {
  messages: Partial<Catalog>;
}

const registry = new Map<Locale, InterfaceLanguage>();

/** The registered interface languages' codes, English first, then in the order they were registered. Live: read it when needed. */
export const LOCALES: Locale[] = [];

/** Path segments of the site's own routes a language code may not take (`/api/…` is the API, not a language). */
const RESERVED = new Set(['api', 'admin', 'media', 'assets', 'feeds', 'health', 'metrics', 'x-default']);
const CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/**
 * Registers an interface language (src/app/languages/index.ts registers the shipped ones; tests
 * may register a fake one before building an app). Its pages are served under `/<code>` by apps
 * built afterwards. Throws on a malformed or reserved code, a code registered twice, an Intl
 * locale ICU does not accept, or a first language that is not English with a complete catalog.
 * Returns a function that removes the language again (for tests).
 */
export function registerLanguage(language: InterfaceLanguage): () => void {
  const { code } = language;
  if (!CODE.test(code) || RESERVED.has(code)) throw new Error(`Interface language code "${code}" must be a lower-case BCP 47 tag such as "fr" or "pt-br", and not ${[...RESERVED].join(', ')}.`);
  if (registry.has(code)) throw new Error(`Interface language "${code}" is registered twice.`);
  if (code !== DEFAULT_LOCALE && !registry.has(DEFAULT_LOCALE)) throw new Error('Register English first: other catalogs fall back to it.');
  if (language.dir !== 'ltr' && language.dir !== 'rtl') throw new Error(`Interface language "${code}": dir must be "ltr" or "rtl".`);
  try {
    Intl.getCanonicalLocales(language.intl);
  } catch {
    throw new Error(`Interface language "${code}": "${language.intl}" is not a locale Intl accepts.`);
  }
  const entry: InterfaceLanguage = { ...language, messages: { ...language.messages } };
  registry.set(code, entry);
  LOCALES.push(code);
  return () => {
    if (registry.get(code) !== entry) return;
    registry.delete(code);
    LOCALES.splice(LOCALES.indexOf(code), 1);
  };
}

/** The registered language with this code, or undefined. */
export function languageOf(code: Locale): InterfaceLanguage | undefined {
  return registry.get(code);
}

/** Every registered interface language, English first. */
export function interfaceLanguages(): InterfaceLanguage[] {
  return LOCALES.map((code) => registry.get(code)!);
}

/** True for the code of a registered interface language. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && registry.has(value);
}
