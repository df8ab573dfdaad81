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

/** Work that must happen in every transaction that writes content, before it commits. */
export type ContentWriteHook = (trx: Db) => Promise<void>;

const writeHooks: ContentWriteHook[] = [];
/** Hooks that complete what was written (document numbers): they run first, so the others read the result. */
const earlyHooks: ContentWriteHook[] = [];

/**
 * Registers work to run inside every content-writing transaction (at its bumpGeneration), such as
 * bringing the search index up to date with what the transaction wrote: features register it, so
 * this layer calls them without knowing them. Registering the same function twice has no effect.
 * With `early`, the hook changes content itself and runs before every other hook, whatever order
 * the features were loaded in.
 */
export function onContentWrite(hook: ContentWriteHook, options: { early?: boolean } = {}): void {
  const list = options.early ? earlyHooks : writeHooks;
  if (!list.includes(hook)) list.push(hook);
}

/**
 * Marks all cached content stale on every node, after running the content-write hooks. Call
 * inside the transaction that writes.
 */
export async function bumpGeneration(db: Db): Promise<void> {
  for (const hook of earlyHooks) await hook(db);
  for (const hook of writeHooks) await hook(db);
  await db.updateTable('content_state').set((eb) => ({ generation: eb('generation', '+', 1) })).where('id', '=', 1).execute();
}
