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
