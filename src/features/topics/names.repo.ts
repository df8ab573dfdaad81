import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from '../../db/engine.ts';
import type { Locale } from '../../platform/i18n/index.ts';

/** The two taxonomy tables, under their own name or an alias used in a query. */
type TaxonomyRef = string;

/**
 * A topic's or type's name in the reader's language: on Spanish pages the Spanish name when an
 * admin gave one, else the English name (so an untranslated topic still shows, just in English).
 * Localizing here, where names are loaded, keeps every view, cache and feed consistent.
 */
export function localName(locale: Locale, ref: TaxonomyRef): RawBuilder<string> {
  const name = sql.ref(`${ref}.name`);
  return locale === 'es' ? sql<string>`coalesce(${sql.ref(`${ref}.name_es`)}, ${name})` : sql<string>`${name}`;
}

/**
 * The language the name chosen by localName is in (`es` or `en`), so a page can mark an English
 * fallback name with `lang="en"` inside a Spanish page and a Spanish name with nothing.
 */
export function localNameLang(locale: Locale, ref: TaxonomyRef): RawBuilder<string> {
  return locale === 'es'
    ? sql<string>`case when ${sql.ref(`${ref}.name_es`)} is null then 'en' else 'es' end`
    : sql<string>`'en'`;
}

/** A topic's description in the reader's language, falling back to the English one. */
export function localDescription(locale: Locale, ref: TaxonomyRef): RawBuilder<string> {
  const description = sql.ref(`${ref}.description`);
  return locale === 'es' ? sql<string>`coalesce(${sql.ref(`${ref}.description_es`)}, ${description})` : sql<string>`${description}`;
}

/** The language localDescription's text is in (`es` or `en`). */
export function localDescriptionLang(locale: Locale, ref: TaxonomyRef): RawBuilder<string> {
  return locale === 'es'
    ? sql<string>`case when ${sql.ref(`${ref}.description_es`)} is null then 'en' else 'es' end`
    : sql<string>`'en'`;
}

/**
 * ORDER BY a localized name in plain code-point order on both engines (PostgreSQL's locale
 * collation would otherwise disagree with SQLite's byte order; see byCodePoint).
 */
export function byLocalName(db: Kysely<any>, locale: Locale, ref: TaxonomyRef): RawBuilder<string> {
  return engineOf(db).byCodePoint(localName(locale, ref));
}
