import type { Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/dialect.ts';

/** The homepage's current featured statement and resource (ids), and the resource block's image. */
export async function currentFeatures(db: Db) {
  const rows = await db.selectFrom('homepage_features').selectAll().orderBy('position').orderBy('id').execute();
  return {
    statement: rows.find((r) => r.kind === 'statement') ?? null,
    resource: rows.find((r) => r.kind === 'resource') ?? null,
  };
}

/**
 * Sets (or, with null, removes) the homepage block of one kind, keeping its position, teaser
 * and image when it already exists.
 */
export async function setFeature(db: Db, kind: 'statement' | 'resource', itemId: number | null, position: number): Promise<void> {
  const existing = await db.selectFrom('homepage_features').select('id').where('kind', '=', kind).orderBy('position').orderBy('id').executeTakeFirst();
  if (itemId === null) {
    await db.deleteFrom('homepage_features').where('kind', '=', kind).execute();
    return;
  }
  const ref = kind === 'statement' ? { statement_id: itemId, resource_id: null } : { statement_id: null, resource_id: itemId };
  if (existing) {
    await db.updateTable('homepage_features').set({ ...ref, teaser: null }).where('id', '=', existing.id).execute();
  } else {
    await db.insertInto('homepage_features').values({ ...ref, kind, position, teaser: null, media_id: null }).execute();
  }
}

/** Published statements, newest first, to choose the featured one from. */
export async function statementChoices(db: Db) {
  return db.selectFrom('statements').select(['id', 'slug', 'title']).where('status', '=', 'published')
    .orderBy('published_on', 'desc').orderBy('id', 'desc').limit(200).execute();
}

/** The most recently posted published resources, as suggestions for the featured one. */
export async function recentResourceChoices(db: Db) {
  return db.selectFrom('resources').select(['id', 'slug', 'title']).where('status', '=', 'published')
    .orderBy('posted_at', 'desc').orderBy('id', 'desc').limit(100).execute();
}

/** A published resource or statement id by slug, or undefined. */
export async function publishedIdBySlug(db: Db, table: 'resources' | 'statements', slug: string): Promise<number | undefined> {
  return (await db.selectFrom(table).select('id').where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst())?.id;
}

/** Every project (any state) in homepage order. */
export async function projectOrder(db: Db) {
  return db.selectFrom('projects').select(['id', 'slug', 'name', 'status', 'position']).orderBy('position').orderBy(byCodePoint(db, 'name')).orderBy('id').execute();
}

/** Writes project positions. */
export async function setProjectPositions(db: Db, positions: { id: number; position: number }[]): Promise<void> {
  for (const p of positions) await db.updateTable('projects').set({ position: p.position }).where('id', '=', p.id).execute();
}

/** One media row's id if it exists. */
export async function mediaExists(db: Db, id: number): Promise<boolean> {
  return Boolean(await db.selectFrom('media').select('id').where('id', '=', id).executeTakeFirst());
}
