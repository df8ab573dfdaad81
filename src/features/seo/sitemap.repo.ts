import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { LOCALES } from '../../platform/i18n/index.ts';
import { engineOf } from '../../db/engine.ts';
import { keyToSlug } from '../citations/index.ts';

import { HELP_PAGE_SLUG } from '../help/index.ts';

/** Where a kind of page is read from next: an id, or a key for pages named by text (authorities). */
export type SitemapCursor = number | string;

/** One page the sitemap lists: its locale-neutral path and when it last changed (ISO), if known. */
export interface SitemapRow {
  id: SitemapCursor;
  path: string;
  lastmod: string | null;
  /**
   * Locale-neutral paths of this page in other interface languages when they differ (a resource's
   * translation), as the page's own `hreflang` links name them.
   */
  alternates?: Partial<Record<string, string>>;
}

/** A kind of page in the sitemap, read in id order with keyset paging. */
export interface SitemapSource {
  name: string;
  count(db: Db): Promise<number>;
  /** The id of the row at a zero-based position, to start a chunk in the middle of a source. */
  idAt(db: Db, offset: number): Promise<SitemapCursor | undefined>;
  /** Up to `limit` rows after the cursor `afterId` (null: from the first), in cursor order. */
  after(db: Db, afterId: SitemapCursor | null, limit: number): Promise<SitemapRow[]>;
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
    const rows = await db.selectFrom('resources').select(['id', 'slug', 'language', 'translation_of_id', 'updated_at'])
      .where('status', '=', 'published').where('id', '>', Number(afterId ?? 0)).orderBy('id').limit(limit).execute();
    const families = await translationFamilies(db, rows);
    return rows.map((r) => ({ id: r.id, path: `/resources/${r.slug}`, lastmod: r.updated_at, alternates: translationAlternates(r, families) }));
  },
};

type Version = { id: number; slug: string; language: string; translation_of_id: number | null };

/** The published resources of the translation families of `rows` (originals and their translations), in one query. */
async function translationFamilies(db: Db, rows: Version[]): Promise<Version[]> {
  const roots = [...new Set(rows.map((r) => r.translation_of_id ?? r.id))];
  if (!roots.length) return [];
  return db.selectFrom('resources').select(['id', 'slug', 'language', 'translation_of_id'])
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('id', 'in', roots), eb('translation_of_id', 'in', roots)]))
    .execute();
}

/**
 * Where the language switch of resource `r` leads, as its page computes it (resourceAlternates in
 * the resources feature): per interface language, the first version written in it among the
 * resource itself, its original, then the other translations by language and id.
 */
function translationAlternates(r: Version, family: Version[]): Partial<Record<string, string>> | undefined {
  const rootId = r.translation_of_id ?? r.id;
  const original = r.translation_of_id === null ? [] : family.filter((v) => v.id === r.translation_of_id);
  const others = family.filter((v) => v.id !== r.id && v.translation_of_id === rootId)
    .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : a.id - b.id));
  const versions = [r, ...original, ...others];
  const out: Partial<Record<string, string>> = {};
  for (const locale of LOCALES) {
    const own = versions.find((v) => v.language.split('-')[0].toLowerCase() === locale);
    if (own && own.id !== r.id) out[locale] = `/resources/${own.slug}`;
  }
  return Object.keys(out).length ? out : undefined;
}

const statements: SitemapSource = {
  name: 'statements',
  count: async (db) => n((await db.selectFrom('statements').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('statements').select('id').where('status', '=', 'published').orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('statements').select(['id', 'slug', 'updated_at'])
      .where('status', '=', 'published').where('id', '>', Number(afterId ?? 0)).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, path: `/statements/${r.slug}`, lastmod: r.updated_at }));
  },
};

const pages: SitemapSource = {
  name: 'pages',
  // The former help page's address only redirects to /help (listed with the static pages).
  count: async (db) => n((await db.selectFrom('pages').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').where('slug', '!=', HELP_PAGE_SLUG).executeTakeFirst())?.n),
  idAt: async (db, offset) => (await db.selectFrom('pages').select('id').where('status', '=', 'published').where('slug', '!=', HELP_PAGE_SLUG).orderBy('id').limit(1).offset(offset).executeTakeFirst())?.id,
  after: async (db, afterId, limit) => {
    const rows = await db.selectFrom('pages').select(['id', 'slug', 'updated_at']).where('slug', '!=', HELP_PAGE_SLUG)
      .where('status', '=', 'published').where('id', '>', Number(afterId ?? 0)).orderBy('id').limit(limit).execute();
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
      .where('projects.status', '=', 'published').where('projects.id', '>', Number(afterId ?? 0)).orderBy('projects.id').limit(limit).execute();
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
      .where('topics.id', '>', Number(afterId ?? 0)).orderBy('topics.id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, path: `/topics/${r.slug}`, lastmod: r.changed ?? null }));
  },
};

/**
 * Authority pages that list something: keys a published resource cites, and sections with
 * subsections (cited through them). Read in key order (code-point, alike on both engines); an
 * authority page changes when a resource citing it does.
 */
const authorities: SitemapSource = {
  name: 'authorities',
  count: async (db) => n((await authorityPages(db).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n),
  idAt: async (db, offset) => (await authorityPages(db).select('a.key').orderBy(engineOf(db).byCodePoint(sql.ref('a.key')))
    .limit(1).offset(offset).executeTakeFirst())?.key,
  after: async (db, afterKey, limit) => {
    const key = engineOf(db).byCodePoint(sql.ref('a.key'));
    const rows = await authorityPages(db).select('a.key')
      .select((eb) => eb.selectFrom('resource_authorities as ra').innerJoin('resources as r', 'r.id', 'ra.resource_id')
        .select(sql<string | null>`max(r.updated_at)`.as('m')).whereRef('ra.key', '=', 'a.key').where('r.status', '=', 'published').as('changed'))
      .$if(afterKey !== null, (q) => q.where(sql<boolean>`${key} > ${String(afterKey)}`))
      .orderBy(key).limit(limit).execute();
    // A section cited only through its subsections: the newest change among published resources bounds it.
    const latest = rows.some((r) => !r.changed) ? await latestResourceChange(db) : null;
    return rows.map((r) => ({ id: r.key, path: `/authorities/${keyToSlug(r.key)}`, lastmod: r.changed ?? latest }));
  },
};

function authorityPages(db: Db) {
  return db.selectFrom('authorities as a').where((eb) => eb.or([
    eb.exists(eb.selectFrom('resource_authorities as ra').innerJoin('resources as r', 'r.id', 'ra.resource_id').select('ra.resource_id')
      .whereRef('ra.key', '=', 'a.key').where('r.status', '=', 'published')),
    eb.exists(eb.selectFrom('authorities as sub').select('sub.key').whereRef('sub.parent_key', '=', 'a.key')),
  ]));
}

/** Every database-backed kind of page, in the order the sitemap lists them (resources last: the bulk). */
export const SITEMAP_SOURCES: readonly SitemapSource[] = [statements, pages, projects, topics, authorities, resources];
