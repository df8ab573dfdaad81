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
