import type { Db } from '../../../db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { createItem, deleteItem, restoreItem, saveItem, stepItem, type StepOptions } from '../../../content/change.ts';
import type { Actor, ContentAuditEvent, ContentDeps } from '../../../content/type.ts';
import type { PersonAction } from '../../../content/workflow.ts';
import { editorialAudit } from '../editorial.audit.ts';
import { DOCUMENT_TYPES } from './documents.type.ts';
import type { DocumentKind } from './kinds.ts';

/**
 * Projects, statements and pages through the one editorial engine (src/content/change.ts), each
 * kind its own content type (documents.type.ts). Refusals are ContentRefusals.
 */

/** An audit entry the engine asks to have written inside its transaction. */
export type DocumentAuditEvent = ContentAuditEvent;
/** Writes an audit entry with the connection it is given (the engine's transaction). */
export type DocumentAudit = (db: Db, event: DocumentAuditEvent) => Promise<void>;
/** What the service needs: the database, the time, and optionally an audit-log writer. */
export type DocumentDeps = ContentDeps;
export type { Actor, PersonAction };

/** The audit hook writing to the audit log, with the client's address: the same hook as every content type's. */
export const documentAudit: (clock: Clock, ip?: string | null) => DocumentAudit = editorialAudit;

/** Creates a draft of `kind` by `actor` (its author), with revision 1. */
export function createDocument(deps: DocumentDeps, kind: DocumentKind, actor: Actor, raw: unknown): Promise<{ id: number; version: number }> {
  return createItem(deps, DOCUMENT_TYPES[kind], actor, raw);
}

/**
 * Saves edited fields of a document in any state, keeping its state. A stale `expectedVersion`
 * is a `conflict` refusal carrying the submitted fields: the first save stays, the second person
 * keeps their text. Invalid fields or a taken slug write nothing.
 */
export async function saveDocument(deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, expectedVersion: number, raw: unknown): Promise<{ version: number }> {
  const { version } = await saveItem(deps, DOCUMENT_TYPES[kind], actor, id, expectedVersion, raw);
  return { version };
}

/** Options of a workflow action. */
export type DocumentTransitionOptions = StepOptions;

/**
 * Moves a document through the workflow (submit, withdraw, publish, schedule, unpublish, archive,
 * reopen): a new version with a revision; publish, schedule, unpublish and archive are audited. A
 * move the workflow does not allow is a `transition` refusal (409).
 */
export function transitionDocument(
  deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, action: PersonAction, options: DocumentTransitionOptions = {},
): Promise<{ version: number; status: string }> {
  return stepItem(deps, DOCUMENT_TYPES[kind], actor, id, action, options);
}

/**
 * Restores the editable fields of revision `revisionVersion` as a new version (the state stays).
 * A slug another item has taken since is reported as a `restore` refusal listing the field.
 */
export function restoreDocument(deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, revisionVersion: number, expectedVersion: number): Promise<{ version: number }> {
  return restoreItem(deps, DOCUMENT_TYPES[kind], actor, id, revisionVersion, expectedVersion);
}

/** Deletes a document for good (its revisions stay, for the record). Audited. */
export async function deleteDocument(deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, expectedVersion?: number): Promise<void> {
  await deleteItem(deps, DOCUMENT_TYPES[kind], actor, id, expectedVersion);
}
