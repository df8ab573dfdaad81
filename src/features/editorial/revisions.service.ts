import type { Db } from '../../db/database.ts';
import { revisionOf } from '../../content/change.ts';
import { diffSnapshots, type FieldChange } from '../../content/diff.ts';
import { findRevision, factsOf, listRevisions, type RevisionEntry } from '../../content/revisions.repo.ts';
import type { RevisionFacts } from '../../content/revision.ts';
import type { AnyContentType } from '../../content/type.ts';
import type { ResourceSnapshot } from './editorial.schema.ts';
import { resourceType } from './resources.type.ts';

/**
 * Revision history of any content type, read for the history screens: entries with their facts
 * (the view says them in the reader's language), one revision, and a field diff between two.
 */

/** One revision with its snapshot parsed. */
export interface RevisionView<S = unknown> extends RevisionFacts {
  version: number;
  userId: number | null;
  createdAt: string;
  snapshot: S;
}

function viewOf<S>(row: NonNullable<Awaited<ReturnType<typeof findRevision>>>): RevisionView<S> {
  return { version: row.version, userId: row.user_id, createdAt: row.created_at, snapshot: JSON.parse(row.snapshot) as S, ...factsOf(row) };
}

/** An item's revision history, newest first. */
export function historyOf(db: Db, type: AnyContentType, id: number): Promise<RevisionEntry[]> {
  return listRevisions(db, type.name, id);
}

/** A revision of an item, or a `missing` refusal naming the version. */
export async function revisionView<S>(db: Db, type: AnyContentType, id: number, version: number): Promise<RevisionView<S>> {
  return viewOf<S>(await revisionOf(db, type, id, version));
}

/**
 * What changed between two versions (by default, from the one before `to`). When `from` is
 * missing (the first recorded version), every field shows as added.
 */
export async function revisionDiff<S>(db: Db, type: AnyContentType, id: number, to: number, from = to - 1): Promise<{
  from: RevisionView<S> | null; to: RevisionView<S>; changes: FieldChange[];
}> {
  const target = await revisionView<S>(db, type, id, to);
  const base = from >= 1 ? await findRevision(db, type.name, id, from) : undefined;
  const fromView = base ? viewOf<S>(base) : null;
  return { from: fromView, to: target, changes: diffSnapshots(type.fields, (fromView?.snapshot ?? {}) as object, target.snapshot as object) };
}

/** A resource's revision history, newest first. */
export function resourceHistory(db: Db, id: number): Promise<RevisionEntry[]> {
  return historyOf(db, resourceType, id);
}

/** A revision of a resource, or a 404 saying which one is missing. */
export function resourceRevision(db: Db, id: number, version: number): Promise<RevisionView<ResourceSnapshot>> {
  return revisionView<ResourceSnapshot>(db, resourceType, id, version);
}

/** What changed between two versions of a resource. */
export function resourceRevisionDiff(db: Db, id: number, to: number, from = to - 1) {
  return revisionDiff<ResourceSnapshot>(db, resourceType, id, to, from);
}
