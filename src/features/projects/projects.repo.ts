import type { Db } from '../../db/database.ts';

const columns = ['id', 'slug', 'name', 'summary', 'name_es', 'summary_es', 'body', 'position'] as const;

/** Published projects in curated order. */
export async function listPublishedProjects(db: Db) {
  return db.selectFrom('projects').select(columns).where('status', '=', 'published').orderBy('position').orderBy('id').execute();
}

/** A published project by slug, or undefined. */
export async function findPublishedProject(db: Db, slug: string) {
  return db.selectFrom('projects').select(columns).where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
}
