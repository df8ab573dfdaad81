import { LOCALES, type Locale } from '../../platform/i18n/index.ts';
import type { ResourceDetail } from './resources.repo.ts';

/** The day a resource last changed in substance: its last substantive revision, else its publication. */
export function lastSubstantiveChange(r: { published_on: string; updated_on?: string | null }): string {
  return r.updated_on ?? r.published_on;
}

/**
 * True when a translation is older than its original's last substantive change: the original
 * was revised (its "updated" date, which editors set for substantive changes only) after the
 * translation was published or last revised, so the translation may no longer say the same.
 */
export function isOutdatedTranslation(translation: { published_on: string; updated_on?: string | null }, original: { published_on: string; updated_on?: string | null }): boolean {
  return lastSubstantiveChange(original) > lastSubstantiveChange(translation);
}

/**
 * The locale-neutral path of this resource in each interface language that has a version written
 * in it: `{ es: '/resources/<spanish slug>' }` when a Spanish translation (or original) exists.
 * The language switch and `hreflang` follow these; a language without a version keeps the same
 * page in that interface language.
 */
export function resourceAlternates(detail: ResourceDetail): Partial<Record<Locale, string>> {
  const versions = [detail.resource, ...(detail.original ? [detail.original] : []), ...detail.translations];
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const own = versions.find((v) => v.language.split('-')[0].toLowerCase() === locale);
    if (own) out[locale] = `/resources/${own.slug}`;
  }
  return out;
}
