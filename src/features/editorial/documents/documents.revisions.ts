import type { Db } from '../../../db/database.ts';
import type { RevisionEntry } from '../../../content/revisions.repo.ts';
import { historyOf, revisionDiff, type RevisionView } from '../revisions.service.ts';
import { DOCUMENT_TYPES } from './documents.type.ts';
import type { DocumentKind, DocumentSnapshot } from './kinds.ts';

/** One revision of a document with its snapshot parsed. */
export type DocumentRevisionView = RevisionView<DocumentSnapshot>;

/** A document's revisions, newest first. */
export function documentHistory(db: Db, kind: DocumentKind, id: number): Promise<RevisionEntry[]> {
  return historyOf(db, DOCUMENT_TYPES[kind], id);
}

/**
 * Revision `to` and what changed since `from` (by default the one before). Without an earlier
 * revision every field shows as added. A missing `to` is a `missing` refusal (404).
 */
export function documentRevisionDiff(db: Db, kind: DocumentKind, id: number, to: number, from = to - 1) {
  return revisionDiff<DocumentSnapshot>(db, DOCUMENT_TYPES[kind], id, to, from);
}
