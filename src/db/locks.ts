import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.ts';

/** Stable 31-bit key for a lock name (FNV-1a), so every node asks for the same lock. */
function lockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash & 0x7fffffff;
}

/**
 * Inside a transaction: waits until no other transaction holds the lock `name`, and holds it until
 * this one ends. PostgreSQL: a transaction-scoped advisory lock (app nodes write concurrently).
 * SQLite: nothing to do — one writer at a time is the engine's own rule.
 */
export async function lockExclusively(trx: Kysely<any>, name: string): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${lockKey(name)})`.execute(trx);
}
