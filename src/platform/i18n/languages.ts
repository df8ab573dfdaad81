import type { Locale } from './index.ts';

const cache = new Map<string, Intl.DisplayNames>();

/** The name of a content language in the reader's interface language: "Spanish", "español" → "Español". */
export function languageName(code: string, locale: Locale): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language' });
    cache.set(locale, names);
  }
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
  if (!name) return code;
  return name[0].toLocaleUpperCase(locale) + name.slice(1);
}

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * True when `tag` is a well-formed BCP 47 tag whose language is one ICU knows by name ("es",
 * "pt-BR", "hmn", "ti"); false for "zz", "und", private-use codes and malformed tags. Content
 * marked with an unknown language could not be named in the interface or filtered sensibly.
 */
export function isKnownLanguage(tag: string): boolean {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return false;
  }
  const primary = canonical.split('-')[0];
  if (primary === 'und') return false;
  return englishNames.of(primary) !== primary;
}
