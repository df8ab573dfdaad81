import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { libraryRowQuery, type LibraryItem } from './library.repo.ts';

/**
 * The homepage's Latest Items: published resources by publication date (the date they are
 * labelled with), newest first. On Spanish pages (`locale` 'es') they prefer Spanish: resources
 * written in Spanish come first, and an original with a published Spanish translation is left
 * out (its translation stands for it); English ones follow, for the page to mark as English.
 */
export async function latestPublished(db: Db, limit: number, locale: Locale = 'en'): Promise<LibraryItem[]> {
  let query = libraryRowQuery(db, locale)
    .select(sql<number>`0`.as('superseded'))
    .where('resources.status', '=', 'published');
  if (locale !== 'en') {
    const prefix = `${locale}-%`;
    query = query
      .where((eb) => eb.not(eb.exists(
        eb.selectFrom('resources as tr').select('tr.id')
          .whereRef('tr.translation_of_id', '=', 'resources.id')
          .where('tr.status', '=', 'published')
          .where((w) => w.or([w('tr.language', '=', locale), w('tr.language', 'like', prefix)])),
      )))
      .orderBy(sql`case when ${sql.ref('resources.language')} = ${locale} or ${sql.ref('resources.language')} like ${prefix} then 0 else 1 end`);
  }
  return query.orderBy('resources.published_on', 'desc').orderBy('resources.id', 'desc').limit(limit).execute();
}
