import type { Db } from '../../db/schema.ts';
import type { OverrideAction } from './authorities.table.ts';
import type { AuthorityOverride } from './overrides.ts';

/** An override with who made it and when, as the editor lists them. */
export interface StoredOverride extends AuthorityOverride {
  userId: number | null;
  createdAt: string;
}

/** The overrides of each of `ids`, in the order they were made (ties: key, action). */
export async function overridesFor(db: Db, ids: readonly number[]): Promise<Map<number, StoredOverride[]>> {
  const out = new Map<number, StoredOverride[]>();
  for (let i = 0; i < ids.length; i += 900) {
    const rows = await db.selectFrom('resource_authority_overrides')
      .select(['resource_id', 'key', 'action', 'kind', 'display', 'note', 'user_id', 'created_at'])
      .where('resource_id', 'in', ids.slice(i, i + 900))
      .orderBy('resource_id').orderBy('created_at').orderBy('key').orderBy('action').execute();
    for (const r of rows) {
      const list = out.get(r.resource_id) ?? [];
      list.push({ key: r.key, action: r.action, kind: r.kind, display: r.display, note: r.note, userId: r.user_id, createdAt: r.created_at });
      out.set(r.resource_id, list);
    }
  }
  return out;
}

/** The overrides of one resource. */
export async function overridesOfResource(db: Db, id: number): Promise<StoredOverride[]> {
  return (await overridesFor(db, [id])).get(id) ?? [];
}

/** What `setOverride` writes. */
export interface OverrideWrite extends AuthorityOverride {
  resourceId: number;
  userId: number | null;
  at: string;
}

/**
 * Records an override, replacing the same one made before. Adding an authority takes back its
 * suppression and suppressing takes back its addition, so the two never contradict. Its trigger
 * queues the resource, which the indexer re-reads when the caller's transaction bumps the generation.
 */
export async function setOverride(trx: Db, o: OverrideWrite): Promise<void> {
  const opposite: Partial<Record<OverrideAction, OverrideAction>> = { add: 'suppress', suppress: 'add' };
  const replaced = [o.action, ...(opposite[o.action] ? [opposite[o.action]!] : [])];
  // Delete, then insert (not an upsert): an upsert's conflict clause would override the SQLite
  // trigger's `insert or ignore` into search_queue, and fail when the resource is already queued.
  await trx.deleteFrom('resource_authority_overrides')
    .where('resource_id', '=', o.resourceId).where('key', '=', o.key).where('action', 'in', replaced).execute();
  await trx.insertInto('resource_authority_overrides').values({
    resource_id: o.resourceId, key: o.key, action: o.action, kind: o.kind, display: o.display, note: o.note, user_id: o.userId, created_at: o.at,
  }).execute();
}

/** Takes back one override; returns whether there was one. */
export async function removeOverride(trx: Db, resourceId: number, key: string, action: OverrideAction): Promise<AuthorityOverride | undefined> {
  return trx.deleteFrom('resource_authority_overrides')
    .where('resource_id', '=', resourceId).where('key', '=', key).where('action', '=', action)
    .returning(['key', 'action', 'kind', 'display', 'note']).executeTakeFirst();
}
