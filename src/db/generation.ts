import type { Db } from './schema.ts';

/**
 * Reads the content generation: a counter every content write bumps. Comparing it is one
 * primary-key lookup, so each app node can cache derived data (facet counts, menus) and still
 * see another node's writes on the very next request.
 */
export async function currentGeneration(db: Db): Promise<number> {
  const row = await db.selectFrom('content_state').select('generation').where('id', '=', 1).executeTakeFirst();
  return row?.generation ?? 0;
}

/** Marks all cached content stale on every node. Call inside the transaction that writes. */
export async function bumpGeneration(db: Db): Promise<void> {
  await db.updateTable('content_state').set((eb) => ({ generation: eb('generation', '+', 1) })).where('id', '=', 1).execute();
}
