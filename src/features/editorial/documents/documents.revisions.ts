import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../platform/errors.ts';
import type { FieldChange } from '../diff.ts';
import { findRevision, listRevisions, type RevisionEntry } from '../revisions.repo.ts';
import { diffDocuments } from './documents.diff.ts';
import type { DocumentKind, DocumentSnapshot } from './kinds.ts';

/** One revision with its snapshot parsed. */
export interface DocumentRevisionView {
  version: number;
  userId: number | null;
  createdAt: string;
  summary: string;
  snapshot: DocumentSnapshot;
}

/** A document's revisions, newest first. */
export function documentHistory(db: Db, kind: DocumentKind, id: number): Promise<RevisionEntry[]> {
  return listRevisions(db, kind, id);
}

async function revision(db: Db, kind: DocumentKind, id: number, version: number): Promise<DocumentRevisionView | undefined> {
  const row = await findRevision(db, kind, id, version);
  return row ? { version: row.version, userId: row.user_id, createdAt: row.created_at, summary: row.summary, snapshot: JSON.parse(row.snapshot) as DocumentSnapshot } : undefined;
}

/**
 * Revision `to` and what changed since `from` (by default the one before). Without an earlier
 * revision every field shows as added. A missing `to` is a 404.
 */
export async function documentRevisionDiff(db: Db, kind: DocumentKind, id: number, to: number, from = to - 1): Promise<{
  from: DocumentRevisionView | null; to: DocumentRevisionView; changes: FieldChange[];
}> {
  const target = await revision(db, kind, id, to);
  if (!target) throw notFound(`This ${kind} has no version ${to}.`);
  const base = from >= 1 ? (await revision(db, kind, id, from)) ?? null : null;
  return { from: base, to: target, changes: diffDocuments(base?.snapshot ?? {}, target.snapshot) };
}
