import type { Db } from '../../db/database.ts';
import { byCodePoint, likeEscape, likePattern } from '../../db/engine.ts';
import { sql, type SqlBool } from 'kysely';
import { loadResourceDetail, type ResourceDetail } from '../resources/index.ts';
import type { ResourceStatus } from '../resources/index.ts';

/** The staff list's filters, already validated. */
export interface StaffFilter {
  status?: ResourceStatus;
  type?: string;
  authorId?: number;
  /** Only items changed on or after this day (`YYYY-MM-DD`). */
  updatedFrom?: string;
  q?: string;
  /**
   * Only what this account may open: published items and its own. Set for authors, so the list
   * never shows them the titles of colleagues' drafts, reviews or scheduled items.
   */
  visibleTo?: number;
}

/** One row of the staff resource list. */
export interface StaffRow {
  id: number;
  slug: string;
  title: string;
  status: ResourceStatus;
  type_name: string;
  author_id: number | null;
  author_name: string | null;
  updated_at: string;
  publish_at: string | null;
  version: number;
}

/** A page of resources in every state, most recently changed first, with the total. */
export async function listForStaff(db: Db, f: StaffFilter, limit: number, offset: number): Promise<{ total: number; rows: StaffRow[] }> {
  let base = db.selectFrom('resources').innerJoin('resource_types', 'resource_types.id', 'resources.type_id');
  if (f.status) base = base.where('resources.status', '=', f.status);
  if (f.type) base = base.where('resource_types.slug', '=', f.type);
  if (f.authorId !== undefined) base = base.where('resources.author_id', '=', f.authorId);
  if (f.updatedFrom) base = base.where('resources.updated_at', '>=', `${f.updatedFrom}T00:00:00.000Z`);
  if (f.q) base = base.where(sql<SqlBool>`lower(resources.title) like ${likePattern(f.q.toLowerCase())} escape ${likeEscape}`);
  const visibleTo = f.visibleTo;
  if (visibleTo !== undefined) base = base.where((eb) => eb.or([eb('resources.status', '=', 'published'), eb('resources.author_id', '=', visibleTo)]));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.leftJoin('users', 'users.id', 'resources.author_id')
      .select([
        'resources.id', 'resources.slug', 'resources.title', 'resources.status', 'resource_types.name as type_name',
        'resources.author_id', 'users.name as author_name', 'resources.updated_at', 'resources.publish_at', 'resources.version',
      ])
      .orderBy('resources.updated_at', 'desc').orderBy('resources.id', 'desc')
      .limit(limit).offset(offset)
      .execute(),
  ]);
  return { total: Number(count.n), rows };
}

/** Types and topics to choose from, in display order. */
export async function taxonomyChoices(db: Db) {
  const [types, topics] = await Promise.all([
    db.selectFrom('resource_types').select(['slug', 'name']).orderBy('position').orderBy(byCodePoint(db, 'name')).orderBy('id').execute(),
    db.selectFrom('topics').select(['slug', 'name']).orderBy(byCodePoint(db, 'name')).orderBy('id').execute(),
  ]);
  return { types, topics };
}

/** Staff accounts that wrote at least one resource, for the author filter. */
export async function authorChoices(db: Db): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('users').select(['users.id', 'users.name'])
    .where((eb) => eb.exists(eb.selectFrom('resources').select('resources.id').whereRef('resources.author_id', '=', 'users.id')))
    .orderBy(byCodePoint(db, 'users.name')).orderBy('users.id').execute();
}

/**
 * A resource in any state shaped like the public page's data, for the private preview: its
 * series, translations and supersession as the public page shows them (published items, and
 * this resource in its place in the series).
 */
export async function findPreviewDetail(db: Db, id: number): Promise<ResourceDetail | undefined> {
  const resource = await db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
  return resource ? loadResourceDetail(db, resource) : undefined;
}
