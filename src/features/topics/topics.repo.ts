import type { Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/dialect.ts';

/** All topics in name order. */
export async function listTopics(db: Db) {
  return db.selectFrom('topics').select(['id', 'slug', 'name', 'description']).orderBy(byCodePoint(db, 'name')).orderBy('id').execute();
}

/** One topic by slug, or undefined. */
export async function findTopic(db: Db, slug: string) {
  return db.selectFrom('topics').select(['id', 'slug', 'name', 'description']).where('slug', '=', slug).executeTakeFirst();
}
