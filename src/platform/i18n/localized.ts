import { CONTENT_LANGUAGE, type Locale } from './index.ts';

/** A text and the language it is written in (for `lang` and the "(in English)" note). */
export interface LocalizedText {
  text: string;
  lang: string;
}

/**
 * The organization's text in the reader's language: the Spanish value on Spanish pages when staff
 * wrote one, otherwise the English value, which says it is English (`lang`), so the page can mark
 * it "(en inglés)" instead of passing it off silently as Spanish.
 */
export function localized(locale: Locale, english: string, spanish: string | null | undefined): LocalizedText {
  if (locale === 'es' && spanish?.trim()) return { text: spanish, lang: 'es' };
  return { text: english, lang: CONTENT_LANGUAGE };
}

const lowerNames = new Map<string, Intl.DisplayNames>();

/** A language's name as it reads inside a sentence: "English" (en), "inglés" (es). */
export function languageInSentence(code: string, locale: Locale): string {
  let names = lowerNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    lowerNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages written right to left (their primary subtags). */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The `dir` of text in `language`: 'rtl' for Arabic, Hebrew, Persian, Urdu and the like, else
 * 'ltr'. Pages set it on `<html>` (interface language) and on content written in a right-to-left
 * language; the stylesheet uses logical properties (margin-inline-start, …), so it follows.
 */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
