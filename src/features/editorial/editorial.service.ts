import type { Db } from '../../db/database.ts';
import { engineOf } from '../../db/engine.ts';
import type { Clock } from '../../platform/clock.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { textError } from '../../platform/errors.ts';
import { IdCache, applySeriesCount, ensureType, linkReferences, upsertResource } from '../resources/index.ts';
import { describeChanges, diffRevisions } from './diff.ts';
import { findEditableResource, type EditableResource } from './editorial.repo.ts';
import { conflictMessage, ConflictError, FieldsError, RestoreError } from './editorial.errors.ts';
import { checkCurrency, checkReferences, inputOf, slugTakenText, toResourceWrite, validInput, validPublishAt, type AttachmentEdit } from './editorial.rules.ts';
import type { ResourceInput, ResourceSnapshot } from './editorial.schema.ts';
import { attachmentOrder, claimVersion, deleteAttachments, deleteResourceRow, insertAttachments, insertDraftRow, updateAttachment, type WorkflowPatch } from './editorial.write.repo.ts';
import type { NewAttachment } from '../uploads/index.ts';
import { findRevision, hasRevisions, insertRevision } from './revisions.repo.ts';
import { assertTransition, transitionSummary, type WorkflowAction } from './workflow.ts';

/** An audit entry the editorial service asks to have written inside its transaction. */
export interface EditorialAuditEvent {
  action: string;
  userId: number | null;
  subjectType: 'resource' | 'homepage';
  subjectId: number | null;
  detail: Record<string, unknown>;
}

/** What the service needs: the database, the time, and optionally an audit-log writer. */
export interface EditorialDeps {
  db: Db;
  clock: Clock;
  audit?: (db: Db, event: EditorialAuditEvent) => Promise<void>;
}

/** Who is acting: a staff account, or null for the system (the scheduler). */
export type Actor = { id: number } | null;

/** Workflow actions that go into the audit log. */
const AUDITED: ReadonlySet<WorkflowAction> = new Set(['publish', 'schedule', 'unpublish', 'archive', 'publishDue']);

/** Attachment changes that go with a save, in the same transaction. */
export interface AttachmentChanges {
  add?: NewAttachment[];
  removeIds?: number[];
  /** New titles and list positions of stored attachments (validAttachmentEdits). */
  edit?: AttachmentEdit[];
}

/**
 * Applies title edits and a new order: attachments are sorted by the position typed (ties keep
 * their current order), then numbered 0, 1, 2… so new uploads go after them. An edit of an
 * attachment this resource no longer has means the form is stale: refused, nothing written.
 */
async function reorderAttachments(trx: Db, id: number, edits: AttachmentEdit[]): Promise<void> {
  const order = await attachmentOrder(trx, id);
  const byId = new Map(edits.map((e) => [e.id, e]));
  if (edits.some((e) => !order.includes(e.id))) throw FieldsError.of({ attachments: { key: 'editorial.error.attachment.gone' } });
  const place = (aid: number, i: number) => byId.get(aid)?.position ?? i + 1;
  const sorted = order.map((aid, i) => ({ aid, i, at: place(aid, i) })).sort((a, b) => a.at - b.at || a.i - b.i);
  for (const [position, { aid }] of sorted.entries()) await updateAttachment(trx, id, aid, { title: byId.get(aid)?.title, position });
}

async function load(db: Db, id: number): Promise<EditableResource> {
  const found = await findEditableResource(db, id);
  if (!found) throw textError('not_found', { key: 'editorial.error.not_found' });
  return found;
}

function slugTaken(input: ResourceInput): FieldsError {
  return FieldsError.of({ slug: slugTakenText(input.slug) });
}

/**
 * Runs one change as a transaction: claims the next version (refusing a stale one), records a
 * baseline revision the first time an item created elsewhere (seed, import) is edited, applies
 * the change, appends the revision of the result and bumps the content generation.
 */
async function change(
  deps: EditorialDeps, actor: Actor, id: number, expectedVersion: number, submitted: ResourceInput | null,
  patch: WorkflowPatch, apply: (trx: Db, before: EditableResource, removedKeys: string[]) => Promise<string | void>,
): Promise<{ version: number; snapshot: ResourceSnapshot; removedKeys: string[] }> {
  const now = deps.clock.now().toISOString();
  const removedKeys: string[] = [];
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = await load(trx, id);
      const version = await claimVersion(trx, id, expectedVersion, now, patch);
      if (version === undefined) throw new ConflictError(conflictMessage(), submitted, before.meta.version, expectedVersion);
      if (!(await hasRevisions(trx, 'resource', id))) {
        await insertRevision(trx, {
          entityType: 'resource', entityId: id, version: expectedVersion, userId: null, at: before.meta.updated_at,
          snapshot: before.snapshot, summary: 'As it was before its first edit here',
        });
      }
      const summary = await apply(trx, before, removedKeys);
      const after = (await load(trx, id)).snapshot;
      await insertRevision(trx, {
        entityType: 'resource', entityId: id, version, userId: actor?.id ?? null, at: now, snapshot: after,
        summary: summary || describeChanges(diffRevisions(before.snapshot, after)),
      });
      await bumpGeneration(trx);
      return { version, snapshot: after, removedKeys };
    });
  } catch (err) {
    if (submitted && engineOf(deps.db).isUniqueViolation(err)) throw slugTaken(submitted);
    throw err;
  }
}

/**
 * The latest calendar day anywhere on Earth now (UTC+14): a review date after it is in the future
 * for every editor, wherever they are; one on it is today somewhere.
 */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Creates a resource as a draft by `actor` (its author), with its attachments and revision 1. */
export async function createDraft(deps: EditorialDeps, actor: Actor, raw: unknown, attachments: NewAttachment[] = []): Promise<{ id: number; version: number }> {
  const input = validInput(raw);
  checkCurrency(input, latestToday(deps.clock.now()));
  await checkReferences(deps.db, input, null);
  const now = deps.clock.now().toISOString();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const cache = new IdCache();
      const typeId = await ensureType(trx, input.type, cache);
      // The row is inserted first so a taken slug fails here instead of updating its owner.
      const id = await insertDraftRow(trx, {
        slug: input.slug, type_id: typeId, title: input.title, summary: input.summary, body: input.body, language: input.language,
        audience: input.audience, published_on: input.publishedOn, author_id: actor?.id ?? null, now,
      });
      await upsertResource(trx, toResourceWrite(input, 'draft'), now, cache, { keepAttachments: true, keepVersion: true });
      await linkReferences(trx, { ...input, status: 'draft' });
      await insertAttachments(trx, id, attachments);
      const { snapshot } = await load(trx, id);
      await insertRevision(trx, { entityType: 'resource', entityId: id, version: 1, userId: actor?.id ?? null, at: now, snapshot, summary: 'Created' });
      await bumpGeneration(trx);
      return { id, version: 1 };
    });
  } catch (err) {
    if (engineOf(deps.db).isUniqueViolation(err)) throw slugTaken(input);
    throw err;
  }
}

/**
 * Saves edited fields (and attachment changes) of a resource in any state, keeping its state.
 * Refused with a ConflictError carrying the submitted fields when the stored version is no
 * longer `expectedVersion`: the first save is kept, the second person keeps their text.
 * Returns the new version and the storage keys of removed attachments, to delete after commit.
 */
export async function saveDraft(
  deps: EditorialDeps, actor: Actor, id: number, expectedVersion: number, raw: unknown, attachments: AttachmentChanges = {},
  summary?: string,
): Promise<{ version: number; removedKeys: string[] }> {
  const input = validInput(raw);
  checkCurrency(input, latestToday(deps.clock.now()));
  const current = await load(deps.db, id);
  if (current.meta.version !== expectedVersion) {
    throw new ConflictError(conflictMessage(), input, current.meta.version, expectedVersion);
  }
  await checkReferences(deps.db, input, id);
  const result = await change(deps, actor, id, expectedVersion, input, { slug: input.slug }, async (trx, before, removed) => {
    await upsertResource(trx, toResourceWrite(input, before.meta.status), deps.clock.now().toISOString(), new IdCache(), { keepAttachments: true, keepVersion: true });
    await linkReferences(trx, { ...input, status: before.meta.status });
    if (attachments.removeIds?.length) removed.push(...(await deleteAttachments(trx, id, attachments.removeIds)));
    const removedIds = new Set(attachments.removeIds ?? []);
    if (attachments.edit?.length) await reorderAttachments(trx, id, attachments.edit.filter((e) => !removedIds.has(e.id)));
    if (attachments.add?.length) await insertAttachments(trx, id, attachments.add);
    return summary;
  });
  return { version: result.version, removedKeys: result.removedKeys };
}

/** Options of a workflow action. */
export interface TransitionOptions {
  /** The version the person saw; defaults to the stored one (no staleness check). */
  expectedVersion?: number;
  /** For `schedule`: when to publish. */
  publishAt?: string | Date;
}

/**
 * Moves a resource through the workflow (see workflow.ts): submit, withdraw, publish, schedule,
 * unpublish, archive, reopen. Each is a new version with a revision; publish, schedule,
 * unpublish and archive are also audited. A first publication sets `posted_at` (so the item
 * tops "Latest Items"); a later one keeps it.
 */
export async function transition(
  deps: EditorialDeps, actor: Actor, id: number, action: Exclude<WorkflowAction, 'publishDue'>, options: TransitionOptions = {},
): Promise<{ version: number; status: string }> {
  const current = await load(deps.db, id);
  const expected = options.expectedVersion ?? current.meta.version;
  if (current.meta.version !== expected) throw new ConflictError(conflictMessage(), null, current.meta.version, expected);
  const to = assertTransition(current.meta.status, action);
  const now = deps.clock.now();
  const iso = now.toISOString();
  const patch: WorkflowPatch = { status: to };
  const leavingPublished = current.meta.status === 'published' && to !== 'published';
  if (leavingPublished) patch.first_published_at = current.meta.first_published_at ?? current.meta.posted_at;
  if (to !== 'scheduled') patch.publish_at = null;
  if (action === 'submit') patch.submitted_at = iso;
  if (action === 'schedule') patch.publish_at = validPublishAt(options.publishAt ?? '', now);
  if (action === 'publish' && current.meta.first_published_at === null) {
    patch.first_published_at = iso;
    patch.posted_at = iso;
  }
  const result = await change(deps, actor, id, expected, null, patch, async (trx) => {
    // Its series' part count, as this resource gives it, is what readers now see.
    if (to === 'published') await applySeriesCount(trx, [id]);
    if (deps.audit && AUDITED.has(action)) {
      await deps.audit(trx, {
        action: `resource.${action}`, userId: actor?.id ?? null, subjectType: 'resource', subjectId: id,
        detail: { slug: current.snapshot.slug, title: current.snapshot.title, from: current.meta.status, to, ...(patch.publish_at ? { publishAt: patch.publish_at } : {}) },
      });
    }
    const when = patch.publish_at ? ` for ${patch.publish_at.slice(0, 16).replace('T', ' ')} UTC` : '';
    return `${transitionSummary(action)}${when}`;
  });
  return { version: result.version, status: to };
}

/** Submits a draft for review. */
export const submitForReview = (deps: EditorialDeps, actor: Actor, id: number, expectedVersion?: number) =>
  transition(deps, actor, id, 'submit', { expectedVersion });
/** Publishes a resource in review (or a scheduled one, now). */
export const publish = (deps: EditorialDeps, actor: Actor, id: number, expectedVersion?: number) =>
  transition(deps, actor, id, 'publish', { expectedVersion });
/** Schedules a resource in review to be published at `publishAt`. */
export const schedule = (deps: EditorialDeps, actor: Actor, id: number, publishAt: string | Date, expectedVersion?: number) =>
  transition(deps, actor, id, 'schedule', { expectedVersion, publishAt });
/** Takes a published or scheduled resource back to draft. */
export const unpublish = (deps: EditorialDeps, actor: Actor, id: number, expectedVersion?: number) =>
  transition(deps, actor, id, 'unpublish', { expectedVersion });
/** Archives a resource: off the public site, kept with its history. */
export const archive = (deps: EditorialDeps, actor: Actor, id: number, expectedVersion?: number) =>
  transition(deps, actor, id, 'archive', { expectedVersion });

/**
 * Restores the editable fields of revision `revisionVersion` as a new version (the state and
 * attachments stay as they are). A slug or reference that no longer works is reported by field.
 */
export async function restoreRevision(
  deps: EditorialDeps, actor: Actor, id: number, revisionVersion: number, expectedVersion: number,
): Promise<{ version: number }> {
  const revision = await findRevision(deps.db, 'resource', id, revisionVersion);
  if (!revision) throw textError('not_found', { key: 'editorial.error.no_version', params: { version: revisionVersion } });
  const snapshot = JSON.parse(revision.snapshot) as ResourceSnapshot;
  try {
    const { version } = await saveDraft(deps, actor, id, expectedVersion, inputOf(snapshot), {}, `Restored version ${revisionVersion}`);
    return { version };
  } catch (err) {
    if (err instanceof FieldsError) throw new RestoreError(revisionVersion, err);
    throw err;
  }
}

/**
 * Deletes a resource for good (its topics, links and attachment rows go with it; its revisions
 * stay, for the record). Audited. Returns the storage keys of its files, to remove after commit.
 */
export async function deleteResource(deps: EditorialDeps, actor: Actor, id: number, expectedVersion?: number): Promise<{ removedKeys: string[] }> {
  return deps.db.transaction().execute(async (trx) => {
    const current = await load(trx, id);
    const expected = expectedVersion ?? current.meta.version;
    const removedKeys = await deleteResourceRow(trx, id, expected);
    if (removedKeys === undefined) throw new ConflictError(conflictMessage(), null, current.meta.version, expected);
    await deps.audit?.(trx, {
      action: 'resource.delete', userId: actor?.id ?? null, subjectType: 'resource', subjectId: id,
      detail: { slug: current.snapshot.slug, title: current.snapshot.title, status: current.meta.status },
    });
    await bumpGeneration(trx);
    return { removedKeys };
  });
}
