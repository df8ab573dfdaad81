import type { Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/engine.ts';

/** The homepage's current featured statement and resource (ids), and the resource block's image. */
export async function currentFeatures(db: Db) {
  const rows = await db.selectFrom('homepage_features').selectAll().orderBy('position').orderBy('id').execute();
  return {
    statement: rows.find((r) => r.kind === 'statement') ?? null,
    resource: rows.find((r) => r.kind === 'resource') ?? null,
  };
}

/**
 * Sets (or, with null, removes) the homepage block of one kind with its teaser (null: the item's
 * own summary) and, when `mediaId` is given, its image (null: none); an existing block keeps
 * its position, and its image when `mediaId` is not given.
 */
export async function setFeature(
  db: Db, kind: 'statement' | 'resource', itemId: number | null, position: number,
  block: { teaser?: string | null; teaserEs?: string | null; mediaId?: number | null } = {},
): Promise<void> {
  const existing = await db.selectFrom('homepage_features').select('id').where('kind', '=', kind).orderBy('position').orderBy('id').executeTakeFirst();
  if (itemId === null) {
    await db.deleteFrom('homepage_features').where('kind', '=', kind).execute();
    return;
  }
  const ref = kind === 'statement' ? { statement_id: itemId, resource_id: null } : { statement_id: null, resource_id: itemId };
  const media = block.mediaId === undefined ? {} : { media_id: block.mediaId };
  if (existing) {
    await db.updateTable('homepage_features').set({ ...ref, teaser: block.teaser ?? null, teaser_es: block.teaserEs ?? null, ...media }).where('id', '=', existing.id).execute();
  } else {
    await db.insertInto('homepage_features').values({ ...ref, kind, position, teaser: block.teaser ?? null, teaser_es: block.teaserEs ?? null, media_id: block.mediaId ?? null }).execute();
  }
}

/** Sets the alt text of a media row. */
export async function setMediaAlt(db: Db, id: number, alt: string): Promise<void> {
  await db.updateTable('media').set({ alt }).where('id', '=', id).execute();
}

/** The slug of a statement or resource by id, or undefined. */
export async function slugById(db: Db, table: 'statements' | 'resources', id: number | null | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  return (await db.selectFrom(table).select('slug').where('id', '=', id).executeTakeFirst())?.slug;
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
  return db.selectFrom('projects').select(['id', 'slug', 'name', 'summary', 'name_es', 'summary_es', 'status', 'position']).orderBy('position').orderBy(byCodePoint(db, 'name')).orderBy('id').execute();
}

/** Writes projects' Spanish names and descriptions (empty → NULL: not translated). */
export async function setProjectSpanish(db: Db, values: { id: number; nameEs: string; summaryEs: string }[]): Promise<void> {
  for (const p of values) {
    await db.updateTable('projects').set({ name_es: p.nameEs || null, summary_es: p.summaryEs || null }).where('id', '=', p.id).execute();
  }
}

/** Writes project positions. */
export async function setProjectPositions(db: Db, positions: { id: number; position: number }[]): Promise<void> {
  for (const p of positions) await db.updateTable('projects').set({ position: p.position }).where('id', '=', p.id).execute();
}

/** One media row's id if it exists. */
export async function mediaExists(db: Db, id: number): Promise<boolean> {
  return Boolean(await db.selectFrom('media').select('id').where('id', '=', id).executeTakeFirst());
}

/** The homepage settings document exactly as stored (JSON text), or undefined when never written. */
export async function readHomepageDocument(db: Db): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('key', '=', 'homepage').executeTakeFirst())?.value;
}

/**
 * Replaces the homepage settings document only if it still reads `expected` (undefined: not
 * written yet): one conditional statement, so of two saves that read the same document exactly one
 * writes (PostgreSQL re-checks the WHERE after waiting for the other's row lock; SQLite
 * serializes writers). False when someone else wrote it first.
 */
export async function replaceHomepageDocument(db: Db, expected: string | undefined, next: string): Promise<boolean> {
  if (expected === undefined) {
    const res = await db.insertInto('settings').values({ key: 'homepage', value: next })
      .onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  const res = await db.updateTable('settings').set({ value: next })
    .where('key', '=', 'homepage').where('value', '=', expected).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
