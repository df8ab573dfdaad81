import type { Db } from '../../db/database.ts';
import { createItem, deleteItem, restoreItem, saveItem, stepItem, type StepOptions } from '../../content/change.ts';
import { invalidFields } from '../../content/refusal.ts';
import type { Actor, ContentAuditEvent, ContentDeps } from '../../content/type.ts';
import type { PersonAction } from '../../content/workflow.ts';
import type { NewAttachment } from '../uploads/index.ts';
import type { AttachmentEdit } from './editorial.rules.ts';
import { attachmentOrder, deleteAttachments, insertAttachments, updateAttachment } from './editorial.write.repo.ts';
import { resourceType } from './resources.type.ts';

/**
 * Resources through the one editorial engine (src/content/change.ts): this module adds only what
 * resources have and other types do not, their attachments. Refusals are ContentRefusals.
 */

/** An audit entry the engine asks to have written inside its transaction. */
export type EditorialAuditEvent = ContentAuditEvent;
/** What the service needs: the database, the time, and optionally an audit-log writer. */
export type EditorialDeps = ContentDeps;
export type { Actor };

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
  if (edits.some((e) => !order.includes(e.id))) throw invalidFields({ attachments: { key: 'editorial.error.attachment.gone' } });
  const place = (aid: number, i: number) => byId.get(aid)?.position ?? i + 1;
  const sorted = order.map((aid, i) => ({ aid, i, at: place(aid, i) })).sort((a, b) => a.at - b.at || a.i - b.i);
  for (const [position, { aid }] of sorted.entries()) await updateAttachment(trx, id, aid, { title: byId.get(aid)?.title, position });
}

/** Creates a resource as a draft by `actor` (its author), with its attachments and revision 1. */
export function createDraft(deps: EditorialDeps, actor: Actor, raw: unknown, attachments: NewAttachment[] = []): Promise<{ id: number; version: number }> {
  return createItem(deps, resourceType, actor, raw, (trx, id) => insertAttachments(trx, id, attachments));
}

/**
 * Saves edited fields (and attachment changes) of a resource in any state, keeping its state.
 * A stale `expectedVersion` is a `conflict` refusal carrying the submitted fields: the first
 * save is kept, the second person keeps their text. Returns the new version and the storage keys
 * of removed attachments, to delete after commit.
 */
export async function saveDraft(
  deps: EditorialDeps, actor: Actor, id: number, expectedVersion: number, raw: unknown, attachments: AttachmentChanges = {},
): Promise<{ version: number; removedKeys: string[] }> {
  const removedKeys: string[] = [];
  const { version } = await saveItem(deps, resourceType, actor, id, expectedVersion, raw, {
    apply: async (trx) => {
      if (attachments.removeIds?.length) removedKeys.push(...(await deleteAttachments(trx, id, attachments.removeIds)));
      const removedIds = new Set(attachments.removeIds ?? []);
      if (attachments.edit?.length) await reorderAttachments(trx, id, attachments.edit.filter((e) => !removedIds.has(e.id)));
      if (attachments.add?.length) await insertAttachments(trx, id, attachments.add);
    },
  });
  return { version, removedKeys };
}

/** Options of a workflow action. */
export type TransitionOptions = StepOptions;

/**
 * Moves a resource through the workflow: submit, withdraw, publish, schedule, unpublish,
 * archive, reopen. Each is a new version with a revision; publish, schedule, unpublish and
 * archive are also audited. A first publication sets `posted_at`; a later one keeps it.
 */
export function transition(deps: EditorialDeps, actor: Actor, id: number, action: PersonAction, options: TransitionOptions = {}): Promise<{ version: number; status: string }> {
  return stepItem(deps, resourceType, actor, id, action, options);
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
export function restoreRevision(deps: EditorialDeps, actor: Actor, id: number, revisionVersion: number, expectedVersion: number): Promise<{ version: number }> {
  return restoreItem(deps, resourceType, actor, id, revisionVersion, expectedVersion);
}

/**
 * Deletes a resource for good (its topics, links and attachment rows go with it; its revisions
 * stay, for the record). Audited. Returns the storage keys of its files, to remove after commit.
 */
export function deleteResource(deps: EditorialDeps, actor: Actor, id: number, expectedVersion?: number): Promise<{ removedKeys: string[] }> {
  return deleteItem(deps, resourceType, actor, id, expectedVersion);
}
