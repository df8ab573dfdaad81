import type { Db } from '../../db/schema.ts';
import { ancestorKeys, kindOfKey, parentKey } from '../citations/index.ts';
import type { CitedAuthorityRow } from './cited.ts';
import { overridesFor } from './overrides.repo.ts';
import { applyOverrides } from './overrides.ts';

/**
 * Replaces the stored authorities of `ids` with `cited` (a resource missing from it, such as an
 * unpublished one, is left with none) as its editors' overrides correct it (added, suppressed),
 * and records every key and its ancestors in `authorities`. Runs inside the search indexer's
 * transaction, from the same reading of the text as the index, so overrides apply on every save,
 * import and reindex.
 */
export async function replaceResourceAuthorities(trx: Db, ids: readonly number[], read: ReadonlyMap<number, CitedAuthorityRow[]>): Promise<void> {
  const overrides = await overridesFor(trx, [...read.keys()]);
  const cited = new Map([...read].map(([id, rows]) => [id, overrides.has(id) ? applyOverrides(rows, overrides.get(id)!) : rows]));
  for (let i = 0; i < ids.length; i += 900) {
    await trx.deleteFrom('resource_authorities').where('resource_id', 'in', ids.slice(i, i + 900)).execute();
  }
  const rows = [...cited].flatMap(([resourceId, list]) => list.map((a) => ({
    resource_id: resourceId, key: a.key, kind: a.kind, display: a.display, pins: JSON.stringify(a.pins),
    fields: a.fields.join(','), mentions: a.mentions, position: a.position,
  })));
  // 8 columns a row: 100 rows stay far below both engines' bound on parameters.
  for (let i = 0; i < rows.length; i += 100) {
    await trx.insertInto('resource_authorities').values(rows.slice(i, i + 100)).execute();
  }
  const keys = new Map<string, { kind: string; parent_key: string | null }>();
  for (const row of rows) {
    if (keys.has(row.key)) continue;
    keys.set(row.key, { kind: row.kind, parent_key: parentKey(row.key) });
    for (const up of ancestorKeys(row.key)) {
      if (!keys.has(up)) keys.set(up, { kind: kindOfKey(up) ?? row.kind, parent_key: parentKey(up) });
    }
  }
  const entries = [...keys].map(([key, v]) => ({ key, ...v }));
  for (let i = 0; i < entries.length; i += 300) {
    await trx.insertInto('authorities').values(entries.slice(i, i + 300))
      .onConflict((oc) => oc.column('key').doNothing()).execute();
  }
}
