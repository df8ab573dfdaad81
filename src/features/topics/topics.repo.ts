import type { Db } from '../../db/database.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { byLocalName, localDescription, localDescriptionLang, localName, localNameLang } from './names.repo.ts';

/** A topic as public pages show it: name and description already in the reader's language. */
export interface PublicTopic {
  id: number;
  slug: string;
  name: string;
  description: string;
  /** The language `name` is in: `es` for a Spanish name, `en` for the English one (or its fallback). */
  lang: string;
  /** The language `description` is in. */
  descriptionLang: string;
}

/** All topics in (localized) name order; on Spanish pages Spanish names where set. */
export async function listTopics(db: Db, locale: Locale = 'en'): Promise<PublicTopic[]> {
  return db.selectFrom('topics')
    .select(['id', 'slug', localName(locale, 'topics').as('name'), localDescription(locale, 'topics').as('description'), localNameLang(locale, 'topics').as('lang'), localDescriptionLang(locale, 'topics').as('descriptionLang')])
    .orderBy(byLocalName(db, locale, 'topics')).orderBy('id').execute();
}

/** One topic by slug, or undefined, named in the reader's language. */
export async function findTopic(db: Db, slug: string, locale: Locale = 'en'): Promise<PublicTopic | undefined> {
  return db.selectFrom('topics')
    .select(['id', 'slug', localName(locale, 'topics').as('name'), localDescription(locale, 'topics').as('description'), localNameLang(locale, 'topics').as('lang'), localDescriptionLang(locale, 'topics').as('descriptionLang')])
    .where('slug', '=', slug).executeTakeFirst();
}
