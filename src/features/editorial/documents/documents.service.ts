import type { Db } from '../../../db/database.ts';
import { engineOf } from '../../../db/engine.ts';
import type { Clock } from '../../../platform/clock.ts';
import { bumpGeneration } from '../../../db/generation.ts';
import { notFound } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { findRevision, hasRevisions, insertRevision } from '../revisions.repo.ts';
import { nextState, transitionSummary, type WorkflowAction } from '../workflow.ts';
import { summarizeDocumentChanges } from './documents.diff.ts';
import { DocumentConflictError, DocumentFieldsError, TransitionRefused, fieldsError } from './documents.errors.ts';
import {
  claimDocumentVersion, deleteDocumentRow, documentIdBySlug, findDocument, insertDocumentRow, type DocumentPatch, type EditableDocument,
} from './documents.repo.ts';
import { inputOfSnapshot, parseDocumentInput, type DocumentInput, type DocumentKind, type DocumentSnapshot } from './kinds.ts';

/** An audit entry the service asks to have written inside its transaction. */
export interface DocumentAuditEvent {
  action: string;
  userId: number | null;
  subjectType: DocumentKind;
  subjectId: number;
  detail: Record<string, unknown>;
}

/** Writes an audit entry with the connection it is given (the service's transaction). */
export type DocumentAudit = (db: Db, event: DocumentAuditEvent) => Promise<void>;

/** What the service needs: the database, the time, and optionally an audit-log writer. */
export interface DocumentDeps {
  db: Db;
  clock: Clock;
  audit?: DocumentAudit;
}

/** Who is acting: a staff account, or null for the system (the scheduler). */
export type Actor = { id: number } | null;

/** A person's workflow action (the scheduler's `publishDue` is its own). */
export type PersonAction = Exclude<WorkflowAction, 'publishDue'>;

/** Workflow actions that go into the audit log (as resources' do), plus deletion. */
const AUDITED: ReadonlySet<WorkflowAction> = new Set(['publish', 'schedule', 'unpublish', 'archive']);

/** The audit hook writing to the audit log, with the client's address. */
export function documentAudit(clock: Clock, ip: string | null = null): DocumentAudit {
  return (db, e) => recordAudit(db, { action: e.action, userId: e.userId, subjectType: e.subjectType, subjectId: e.subjectId, detail: e.detail, ip, at: clock.now() });
}

async function load(db: Db, kind: DocumentKind, id: number): Promise<EditableDocument> {
  const found = await findDocument(db, kind, id);
  if (!found) throw notFound(`That ${kind} does not exist (it may have been deleted).`);
  return found;
}

function slugTaken(input: DocumentInput): DocumentFieldsError {
  return new DocumentFieldsError({ slug: { key: 'documents.error.slug.taken', params: { slug: input.slug } } });
}

/** Validates raw input and checks the slug is free (`selfId` may keep its own). Writes nothing. */
async function validate(db: Db, kind: DocumentKind, raw: unknown, selfId: number | null): Promise<DocumentInput> {
  const parsed = parseDocumentInput(kind, raw);
  if (!parsed.ok) throw fieldsError(parsed.errors);
  const owner = await documentIdBySlug(db, kind, parsed.value.slug);
  if (owner !== undefined && owner !== selfId) throw slugTaken(parsed.value);
  return parsed.value;
}

/** Creates a draft of `kind` by `actor` (its author), with revision 1. */
export async function createDocument(deps: DocumentDeps, kind: DocumentKind, actor: Actor, raw: unknown): Promise<{ id: number; version: number }> {
  const input = await validate(deps.db, kind, raw, null);
  const now = deps.clock.now().toISOString();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const id = await insertDocumentRow(trx, kind, input, actor?.id ?? null, now);
      const { snapshot } = await load(trx, kind, id);
      await insertRevision(trx, { entityType: kind, entityId: id, version: 1, userId: actor?.id ?? null, at: now, snapshot, summary: 'Created' });
      await bumpGeneration(trx);
      return { id, version: 1 };
    });
  } catch (err) {
    // Two people taking the same slug at once: the unique index refuses the second.
    if (engineOf(deps.db).isUniqueViolation(err)) throw slugTaken(input);
    throw err;
  }
}

/**
 * Runs one change as a transaction: claims the next version (refusing a stale one), records a
 * baseline revision the first time a seeded item is changed, applies the patch, appends the
 * revision of the result (and an audit entry) and bumps the content generation.
 */
async function change(
  deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, expected: number, submitted: DocumentInput | null,
  patch: DocumentPatch, summary: (before: DocumentSnapshot, after: DocumentSnapshot) => string,
  audit?: (before: EditableDocument) => DocumentAuditEvent,
): Promise<{ version: number; snapshot: DocumentSnapshot }> {
  const now = deps.clock.now().toISOString();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = await load(trx, kind, id);
      const version = await claimDocumentVersion(trx, kind, id, expected, now, patch);
      if (version === undefined) throw new DocumentConflictError(kind, submitted, before.meta.version, expected);
      if (!(await hasRevisions(trx, kind, id))) {
        await insertRevision(trx, {
          entityType: kind, entityId: id, version: expected, userId: null, at: before.meta.updated_at, snapshot: before.snapshot,
          summary: 'As it was before its first edit here',
        });
      }
      const after = (await load(trx, kind, id)).snapshot;
      await insertRevision(trx, { entityType: kind, entityId: id, version, userId: actor?.id ?? null, at: now, snapshot: after, summary: summary(before.snapshot, after) });
      if (audit && deps.audit) await deps.audit(trx, audit(before));
      await bumpGeneration(trx);
      return { version, snapshot: after };
    });
  } catch (err) {
    if (submitted && engineOf(deps.db).isUniqueViolation(err)) throw slugTaken(submitted);
    throw err;
  }
}

/**
 * Saves edited fields of a document in any state, keeping its state. A stale `expectedVersion`
 * is refused with a DocumentConflictError carrying the submitted fields: the first save stays,
 * the second person keeps their text. Invalid fields or a taken slug write nothing.
 */
export async function saveDocument(
  deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, expectedVersion: number, raw: unknown, summary?: string,
): Promise<{ version: number }> {
  const input = await validate(deps.db, kind, raw, id);
  const current = await load(deps.db, kind, id);
  if (current.meta.version !== expectedVersion) throw new DocumentConflictError(kind, input, current.meta.version, expectedVersion);
  const { version } = await change(deps, kind, actor, id, expectedVersion, input, { fields: input },
    (before, after) => summary ?? summarizeDocumentChanges(before, after));
  return { version };
}

/** Options of a workflow action. */
export interface DocumentTransitionOptions {
  /** The version the person saw; defaults to the stored one. */
  expectedVersion?: number;
  /** For `schedule`: when to publish (must be in the future). */
  publishAt?: Date;
}

/**
 * Moves a document through the workflow of workflow.ts (submit, withdraw, publish, schedule,
 * unpublish, archive, reopen): a new version with a revision; publish, schedule, unpublish and
 * archive are audited. A move the table does not allow is a TransitionRefused (409).
 */
export async function transitionDocument(
  deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, action: PersonAction, options: DocumentTransitionOptions = {},
): Promise<{ version: number; status: string }> {
  const current = await load(deps.db, kind, id);
  const expected = options.expectedVersion ?? current.meta.version;
  if (current.meta.version !== expected) throw new DocumentConflictError(kind, null, current.meta.version, expected);
  const to = nextState(current.meta.status, action);
  if (to === null) throw new TransitionRefused(kind, current.meta.status, action);
  const now = deps.clock.now();
  const patch: DocumentPatch = { status: to, publish_at: null };
  if (action === 'submit') patch.submitted_at = now.toISOString();
  if (action === 'schedule') {
    const at = options.publishAt;
    if (!at || Number.isNaN(at.getTime())) throw new DocumentFieldsError({ publishAt: { key: 'documents.error.schedule.missing' } });
    if (at.getTime() <= now.getTime()) throw new DocumentFieldsError({ publishAt: { key: 'documents.error.schedule.past' } });
    if (at.getUTCFullYear() > 9999) throw new DocumentFieldsError({ publishAt: { key: 'documents.error.schedule.missing' } });
    patch.publish_at = at.toISOString();
  }
  const when = patch.publish_at ? ` for ${patch.publish_at.slice(0, 16).replace('T', ' ')} UTC` : '';
  const result = await change(deps, kind, actor, id, expected, null, patch, () => `${transitionSummary(action)}${when}`,
    AUDITED.has(action) ? (before) => ({
      action: `${kind}.${action}`, userId: actor?.id ?? null, subjectType: kind, subjectId: id,
      detail: { slug: before.snapshot.slug, title: before.snapshot.title, from: before.meta.status, to, ...(patch.publish_at ? { publishAt: patch.publish_at } : {}) },
    }) : undefined);
  return { version: result.version, status: to };
}

/**
 * Restores the editable fields of revision `revisionVersion` as a new version (the state stays).
 * A slug another item has taken since is reported as a field problem.
 */
export async function restoreDocument(
  deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, revisionVersion: number, expectedVersion: number,
): Promise<{ version: number }> {
  const revision = await findRevision(deps.db, kind, id, revisionVersion);
  if (!revision) throw notFound(`This ${kind} has no version ${revisionVersion}.`);
  const snapshot = JSON.parse(revision.snapshot) as DocumentSnapshot;
  return saveDocument(deps, kind, actor, id, expectedVersion, inputOfSnapshot(kind, snapshot), `Restored version ${revisionVersion}`);
}

/** Deletes a document for good (its revisions stay, for the record). Audited. */
export async function deleteDocument(deps: DocumentDeps, kind: DocumentKind, actor: Actor, id: number, expectedVersion?: number): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const current = await load(trx, kind, id);
    const expected = expectedVersion ?? current.meta.version;
    if (!(await deleteDocumentRow(trx, kind, id, expected))) throw new DocumentConflictError(kind, null, current.meta.version, expected);
    await deps.audit?.(trx, {
      action: `${kind}.delete`, userId: actor?.id ?? null, subjectType: kind, subjectId: id,
      detail: { slug: current.snapshot.slug, title: current.snapshot.title, status: current.meta.status },
    });
    await bumpGeneration(trx);
  });
}
