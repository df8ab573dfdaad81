import type { Db } from '../../db/database.ts';
import { isOutdatedTranslation, lastSubstantiveChange } from './translations.ts';

/**
 * For the editor: when resource `id` is a translation older than its original's last
 * substantive change, the original's slug, language and that day; otherwise undefined.
 * (Drafts included: an editor wants to know before publishing.)
 */
export async function outdatedTranslation(db: Db, id: number): Promise<{ slug: string; language: string; changed: string } | undefined> {
  const row = await db.selectFrom('resources as tr')
    .innerJoin('resources as original', 'original.id', 'tr.translation_of_id')
    .select([
      'tr.published_on', 'tr.updated_on', 'original.slug as original_slug', 'original.language as original_language',
      'original.published_on as original_published_on', 'original.updated_on as original_updated_on',
    ])
    .where('tr.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const original = { published_on: row.original_published_on, updated_on: row.original_updated_on };
  if (!isOutdatedTranslation(row, original)) return undefined;
  return { slug: row.original_slug, language: row.original_language, changed: lastSubstantiveChange(original) };
}
