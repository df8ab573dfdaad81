import type { Db } from '../db/database.ts';
import type { RevisionEntity } from './content.table.ts';

/**
 * Records that item `id` of `entity` moved from slug `from` to `to`: the old slug now leads to it,
 * and `to`, live again, no longer leads anywhere else. Runs in the transaction of the save.
 */
export async function recordSlugChange(trx: Db, entity: RevisionEntity, id: number, from: string, to: string, at: string): Promise<void> {
  await releaseSlug(trx, entity, to);
  await trx.insertInto('slug_redirects').values({ entity_type: entity, old_slug: from, entity_id: id, created_at: at })
    .onConflict((oc) => oc.columns(['entity_type', 'old_slug']).doUpdateSet({ entity_id: id, created_at: at })).execute();
}

/** A slug a live item takes (a new item, or a renamed one) stops redirecting: the live item wins. */
export async function releaseSlug(trx: Db, entity: RevisionEntity, slug: string): Promise<void> {
  await trx.deleteFrom('slug_redirects').where('entity_type', '=', entity).where('old_slug', '=', slug).execute();
}

/** A deleted item's former addresses lead nowhere: they answer 404 like any unknown address. */
export async function forgetRedirects(trx: Db, entity: RevisionEntity, id: number): Promise<void> {
  await trx.deleteFrom('slug_redirects').where('entity_type', '=', entity).where('entity_id', '=', id).execute();
}

/** The tables of the content types, each with `slug` and `status` (the workflow columns). */
export type ContentTable = 'resources' | 'projects' | 'statements' | 'pages';

/** The current slug of the published item of `entity` whose slug was once `oldSlug`, if there is one. */
export async function movedTo(db: Db, entity: RevisionEntity, table: ContentTable, oldSlug: string): Promise<string | undefined> {
  // Every content table has the same `id`, `slug` and `status` columns; typed as one of them.
  const row = await db.selectFrom('slug_redirects as r').innerJoin(`${table} as t` as 'resources as t', 't.id', 'r.entity_id')
    .select('t.slug').where('r.entity_type', '=', entity).where('r.old_slug', '=', oldSlug).where('t.status', '=', 'published')
    .executeTakeFirst();
  return row?.slug;
}
