import type { Db } from '../../db/database.ts';
import type { RevisionEntity, RevisionRow } from '../../content/content.table.ts';

/** Appends one revision. */
export async function insertRevision(db: Db, r: {
  entityType: RevisionEntity; entityId: number; version: number; userId: number | null; at: string; snapshot: unknown; summary: string;
}): Promise<void> {
  await db.insertInto('revisions').values({
    entity_type: r.entityType, entity_id: r.entityId, version: r.version, user_id: r.userId,
    created_at: r.at, snapshot: JSON.stringify(r.snapshot), summary: r.summary,
  }).execute();
}

/** True when an entity has at least one revision. */
export async function hasRevisions(db: Db, entityType: RevisionEntity, entityId: number): Promise<boolean> {
  const row = await db.selectFrom('revisions').select('id').where('entity_type', '=', entityType).where('entity_id', '=', entityId).limit(1).executeTakeFirst();
  return Boolean(row);
}

/** A revision's listing entry: who and when, without the snapshot. */
export interface RevisionEntry {
  version: number;
  user_id: number | null;
  user_name: string | null;
  created_at: string;
  summary: string;
}

/** An entity's revisions, newest first. */
export async function listRevisions(db: Db, entityType: RevisionEntity, entityId: number, limit = 200): Promise<RevisionEntry[]> {
  return db.selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .select(['revisions.version', 'revisions.user_id', 'users.name as user_name', 'revisions.created_at', 'revisions.summary'])
    .where('revisions.entity_type', '=', entityType).where('revisions.entity_id', '=', entityId)
    .orderBy('revisions.version', 'desc').orderBy('revisions.id', 'desc')
    .limit(limit)
    .execute();
}

/** One revision by entity and version, or undefined. */
export async function findRevision(db: Db, entityType: RevisionEntity, entityId: number, version: number): Promise<RevisionRow | undefined> {
  return db.selectFrom('revisions').selectAll()
    .where('entity_type', '=', entityType).where('entity_id', '=', entityId).where('version', '=', version)
    .executeTakeFirst();
}
