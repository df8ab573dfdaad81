import type { Db } from '../../db/database.ts';
import type { MediaRow } from '../media/index.ts';

/** Records a stored image and its variants; returns the row. */
export async function insertMedia(db: Db, m: Omit<MediaRow, 'id'>): Promise<MediaRow> {
  return db.insertInto('media').values(m).returningAll().executeTakeFirstOrThrow();
}

/** Deletes a media row (its files are the caller's to remove). */
export async function deleteMedia(db: Db, id: number): Promise<void> {
  await db.deleteFrom('media').where('id', '=', id).execute();
}

/**
 * Deletes the media rows among `ids` that nothing uses any more (no homepage block, and not one
 * of `inUse`, e.g. the hero image just saved) and returns their storage keys, whose files the
 * caller removes once the transaction has committed.
 */
export async function deleteUnusedMedia(db: Db, ids: number[], inUse: (number | null)[]): Promise<string[]> {
  const keep = new Set(inUse.filter((id): id is number => id !== null));
  const candidates = [...new Set(ids)].filter((id) => !keep.has(id));
  if (candidates.length === 0) return [];
  const rows = await db.deleteFrom('media')
    .where('id', 'in', candidates)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('homepage_features').select('homepage_features.id').whereRef('homepage_features.media_id', '=', 'media.id'))))
    .returning('storage_key').execute();
  return rows.map((r) => r.storage_key);
}
