import type { Db } from '../../db/database.ts';

/** Author names of a batch of resources, keyed by resource id, in byline order. */
export async function authorsForResources(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('resource_authors')
    .innerJoin('authors', 'authors.id', 'resource_authors.author_id')
    .select(['resource_authors.resource_id', 'authors.name'])
    .where('resource_authors.resource_id', 'in', ids)
    .orderBy('resource_authors.resource_id').orderBy('resource_authors.position').orderBy('authors.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    list.push(r.name);
    out.set(r.resource_id, list);
  }
  return out;
}

/** Update notes of a batch of resources, keyed by resource id, in the order staff listed them. */
export async function updatesForResources(db: Db, ids: number[]): Promise<Map<number, { on: string; note: string }[]>> {
  const out = new Map<number, { on: string; note: string }[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('resource_updates').select(['resource_id', 'noted_on', 'note'])
    .where('resource_id', 'in', ids).orderBy('resource_id').orderBy('position').orderBy('id').execute();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    list.push({ on: r.noted_on, note: r.note });
    out.set(r.resource_id, list);
  }
  return out;
}
