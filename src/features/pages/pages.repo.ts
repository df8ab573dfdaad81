import type { Db } from '../../db/database.ts';

/** A published page by slug, or undefined. */
export async function findPublishedPage(db: Db, slug: string) {
  return db.selectFrom('pages').select(['id', 'slug', 'title', 'summary', 'body', 'updated_at'])
    .where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
}

/** A published statement by slug, or undefined. */
export async function findPublishedStatement(db: Db, slug: string) {
  return db.selectFrom('statements').select(['id', 'slug', 'title', 'summary', 'body', 'published_on'])
    .where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
}
