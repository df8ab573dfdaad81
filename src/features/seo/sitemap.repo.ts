import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** One page the sitemap lists: its locale-neutral path and when it last changed (ISO), if known. */
export interface SitemapRow {
  id: number;
  path: string;
  lastmod: string | null;
}

/** A kind of page in the sitemap, read in id order with keyset paging. */
export interface SitemapSource {
  name: string;
  count(db: Db): Promise<number>;
  /** The id of the row at a zero-based position, to start a chunk in the middle of a source. */
  idAt(db: Db, offset: number): Promise<number | undefined>;
  /** Up to `limit` rows with id greater than `afterId`, in id order. */
  after(db: Db, afterId: number, limit: number): Promise<SitemapRow[]>;
}

const n = (v: unknown) => Number(v ?? 0);

/** The newest change among published resources, for the pages that list them. */
export async function latestResourceChange(db: Db): Promise<string | null> {
  const row = await db.selectFrom('resources').select((eb) => eb.fn.max('updated_at').as('m')).where('status', '=', 'published').executeTakeFirst();
  return row?.m ?? null;
}

const resources: SitemapSource = {
  name: 'resources',
  count: async (db) => n((await db.selectFrom('resources').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('resources').select('id').where('status', '=', 'published').orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('resources').select(['id', 'slug', 'updated_at'])
      .where('status', '=', 'published').where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, path: `/resources/${r.slug}`, lastmod: r.updated_at }));
  },
};

const statements: SitemapSource = {
  name: 'statements',
  count: async (db) => n((await db.selectFrom('statements').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('statements').select('id').where('status', '=', 'published').orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('statements').select(['id', 'slug', 'updated_at'])
      .where('status', '=', 'published').where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, path: `/statements/${r.slug}`, lastmod: r.updated_at }));
  },
};

const pages: SitemapSource = {
  name: 'pages',
  count: async (db) => n((await db.selectFrom('pages').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('pages').select('id').where('status', '=', 'published').orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('pages').select(['id', 'slug', 'updated_at'])
      .where('status', '=', 'published').where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, path: `/pages/${r.slug}`, lastmod: r.updated_at }));
  },
};

/** Projects change when they are edited and when one of their resources is. */
const projects: SitemapSource = {
  name: 'projects',
  count: async (db) => n((await db.selectFrom('projects').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('projects').select('id').where('status', '=', 'published').orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('projects').select(['projects.id', 'projects.slug', 'projects.updated_at'])
      .select((eb) => eb.selectFrom('project_resources').innerJoin('resources', 'resources.id', 'project_resources.resource_id')
        .select(sql<string | null>`max(resources.updated_at)`.as('m'))
        .whereRef('project_resources.project_id', '=', 'projects.id').where('resources.status', '=', 'published').as('resources_changed'))
      .where('projects.status', '=', 'published').where('projects.id', '>', afterId).orderBy('projects.id').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id, path: `/projects/${r.slug}`,
      lastmod: r.resources_changed && r.resources_changed > r.updated_at ? r.resources_changed : r.updated_at,
    }));
  },
};

/** A topic page changes when one of its resources does; topics have no timestamp of their own. */
const topics: SitemapSource = {
  name: 'topics',
  count: async (db) => n((await db.selectFrom('topics').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('topics').select('id').orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('topics').select(['topics.id', 'topics.slug'])
      .select((eb) => eb.selectFrom('resource_topics').innerJoin('resources', 'resources.id', 'resource_topics.resource_id')
        .select(sql<string | null>`max(resources.updated_at)`.as('m'))
        .whereRef('resource_topics.topic_id', '=', 'topics.id').where('resources.status', '=', 'published').as('changed'))
      .where('topics.id', '>', afterId).orderBy('topics.id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, path: `/topics/${r.slug}`, lastmod: r.changed ?? null }));
  },
};

/** Every database-backed kind of page, in the order the sitemap lists them (resources last: the bulk). */
export const SITEMAP_SOURCES: readonly SitemapSource[] = [statements, pages, projects, topics, resources];
