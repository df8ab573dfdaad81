import type { Db } from '../../db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { diffRevisions, type FieldChange } from './diff.ts';
import type { ResourceSnapshot } from './editorial.schema.ts';
import { findRevision, listRevisions, type RevisionEntry } from './revisions.repo.ts';

/** A resource's revision history, newest first. */
export function resourceHistory(db: Db, id: number): Promise<RevisionEntry[]> {
  return listRevisions(db, 'resource', id);
}

/** One revision with its snapshot parsed. */
export interface RevisionView {
  version: number;
  userId: number | null;
  createdAt: string;
  summary: string;
  snapshot: ResourceSnapshot;
}

/** A revision of a resource, or a 404 saying which one is missing. */
export async function resourceRevision(db: Db, id: number, version: number): Promise<RevisionView> {
  const row = await findRevision(db, 'resource', id, version);
  if (!row) throw notFound(`This resource has no version ${version}.`);
  return { version: row.version, userId: row.user_id, createdAt: row.created_at, summary: row.summary, snapshot: JSON.parse(row.snapshot) as ResourceSnapshot };
}

/**
 * What changed between two versions (by default, from the one before `to`). When `from` is
 * missing (the first recorded version), every field shows as added.
 */
export async function resourceRevisionDiff(db: Db, id: number, to: number, from = to - 1): Promise<{
  from: RevisionView | null; to: RevisionView; changes: FieldChange[];
}> {
  const target = await resourceRevision(db, id, to);
  const base = from >= 1 ? await findRevision(db, 'resource', id, from) : undefined;
  const fromView = base
    ? { version: base.version, userId: base.user_id, createdAt: base.created_at, summary: base.summary, snapshot: JSON.parse(base.snapshot) as ResourceSnapshot }
    : null;
  return { from: fromView, to: target, changes: diffRevisions(fromView?.snapshot ?? {}, target.snapshot) };
}
