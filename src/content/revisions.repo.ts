import type { Db } from '../db/database.ts';
import type { RevisionEntity, RevisionRow } from './content.table.ts';
import type { FieldChangeRecord, RevisionEvent, RevisionFacts } from './revision.ts';

/** Appends one revision: the snapshot, what happened and which fields changed. */
export async function insertRevision(db: Db, r: {
  entityType: RevisionEntity; entityId: number; version: number; userId: number | null; at: string; snapshot: unknown;
  event: RevisionEvent; restoredFrom?: number | null; changes: FieldChangeRecord[]; summary: string;
}): Promise<void> {
  await db.insertInto('revisions').values({
    entity_type: r.entityType, entity_id: r.entityId, version: r.version, user_id: r.userId,
    created_at: r.at, snapshot: JSON.stringify(r.snapshot), summary: r.summary,
    event: r.event, restored_from: r.restoredFrom ?? null, changes: JSON.stringify(r.changes),
  }).execute();
}

/** True when an entity has at least one revision. */
export async function hasRevisions(db: Db, entityType: RevisionEntity, entityId: number): Promise<boolean> {
  const row = await db.selectFrom('revisions').select('id').where('entity_type', '=', entityType).where('entity_id', '=', entityId).limit(1).executeTakeFirst();
  return Boolean(row);
}

/** A revision's listing entry: who and when and what happened, without the snapshot. */
export interface RevisionEntry extends RevisionFacts {
  version: number;
  user_id: number | null;
  user_name: string | null;
  created_at: string;
}

/** The facts of a stored row (`changes` is JSON text). */
export function factsOf(row: Pick<RevisionRow, 'event' | 'restored_from' | 'changes' | 'summary'>): RevisionFacts {
  return {
    event: row.event as RevisionEvent | null, restoredFrom: row.restored_from,
    changes: row.changes === null ? null : (JSON.parse(row.changes) as FieldChangeRecord[]), summary: row.summary,
  };
}

/** An entity's revisions, newest first. */
export async function listRevisions(db: Db, entityType: RevisionEntity, entityId: number, limit = 200): Promise<RevisionEntry[]> {
  const rows = await db.selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .select([
      'revisions.version', 'revisions.user_id', 'users.name as user_name', 'revisions.created_at', 'revisions.summary',
      'revisions.event', 'revisions.restored_from', 'revisions.changes',
    ])
    .where('revisions.entity_type', '=', entityType).where('revisions.entity_id', '=', entityId)
    .orderBy('revisions.version', 'desc').orderBy('revisions.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ version: r.version, user_id: r.user_id, user_name: r.user_name, created_at: r.created_at, ...factsOf(r) }));
}

/** One revision by entity and version, or undefined. */
export async function findRevision(db: Db, entityType: RevisionEntity, entityId: number, version: number): Promise<RevisionRow | undefined> {
  return db.selectFrom('revisions').selectAll()
    .where('entity_type', '=', entityType).where('entity_id', '=', entityId).where('version', '=', version)
    .executeTakeFirst();
}
