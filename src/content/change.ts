import type { Db } from '../db/database.ts';
import { engineOf } from '../db/engine.ts';
import { bumpGeneration } from '../db/generation.ts';
import type { RevisionRow } from './content.table.ts';
import { ContentRefusal, invalidFields } from './refusal.ts';
import { englishSummary, fieldChanges, type RevisionEvent } from './revision.ts';
import { forgetRedirects, recordSlugChange, releaseSlug } from './redirects.repo.ts';
import { findRevision, hasRevisions, insertRevision } from './revisions.repo.ts';
import type { Actor, ContentDeps, ContentItem, ContentMeta, ContentSnapshot, ContentType, Person, Step, WorkflowPatch } from './type.ts';
import { assertTransition, availableActions, type PersonAction } from './workflow.ts';

/**
 * The one editorial engine. Every change to every content type goes through `change()`:
 * authorize (the type's policy) → check the version the person saw → in one transaction: claim
 * the next version (a conditional UPDATE, so of two concurrent saves exactly one wins), record a
 * baseline revision the first time an item created elsewhere (seed, import) changes, write, record
 * the revision with its changed fields as data, audit, bump the content generation.
 * createItem, saveItem, stepItem, restoreItem and deleteItem are the requests built on it.
 */

async function load<I, S extends ContentSnapshot>(db: Db, type: ContentType<I, S>, id: number): Promise<ContentItem<S>> {
  const found = await type.store.find(db, id);
  if (!found) throw new ContentRefusal('missing', type.texts.missing);
  return found;
}

function authorize<I, S extends ContentSnapshot>(type: ContentType<I, S>, actor: Actor, step: Step, item: ContentMeta): void {
  if (actor?.role && !type.policy({ id: actor.id, role: actor.role }, step, item)) throw new ContentRefusal('forbidden', type.texts.forbidden);
}

function conflict<I, S extends ContentSnapshot>(type: ContentType<I, S>, submitted: unknown, current: number, expected: number): ContentRefusal {
  return new ContentRefusal('conflict', type.texts.conflict, { submitted, currentVersion: current, expectedVersion: expected });
}

function slugTaken<I, S extends ContentSnapshot>(type: ContentType<I, S>, slug: string): ContentRefusal {
  return invalidFields({ slug: type.texts.slugTaken(slug) });
}

/** One change as the engine runs it. */
export interface ChangeRequest<I, S extends ContentSnapshot> {
  actor: Actor;
  id: number;
  expectedVersion: number;
  /** The policy step this change is. */
  step: Step;
  /** What the revision records. */
  event: RevisionEvent;
  restoredFrom?: number;
  /** The submitted fields: written, and given back with a conflict so nothing typed is lost. */
  input?: I;
  /** Workflow columns to set with the version bump. */
  patch?: WorkflowPatch;
  /** More work in the same transaction (attachments, a series count), after the fields are written. */
  apply?: (trx: Db, before: ContentItem<S>) => Promise<void>;
  /** The audit entry's action and detail, when this change is audited. */
  audit?: { action: string; detail: Record<string, unknown> };
}

/** Runs one change (see the module comment); returns the new version and the snapshot after it. */
export async function change<I, S extends ContentSnapshot>(
  deps: ContentDeps, type: ContentType<I, S>, req: ChangeRequest<I, S>,
): Promise<{ version: number; snapshot: S }> {
  const current = await load(deps.db, type, req.id);
  authorize(type, req.actor, req.step, current.meta);
  if (current.meta.version !== req.expectedVersion) throw conflict(type, req.input ?? null, current.meta.version, req.expectedVersion);
  if (req.input !== undefined) await type.check(deps.db, req.input, req.id, deps.clock.now());
  const now = deps.clock.now().toISOString();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = await load(trx, type, req.id);
      const version = await type.store.claim(trx, req.id, req.expectedVersion, now, req.patch ?? {});
      if (version === undefined) throw conflict(type, req.input ?? null, before.meta.version, req.expectedVersion);
      if (!(await hasRevisions(trx, type.name, req.id))) {
        await record(trx, type, { id: req.id, version: req.expectedVersion, userId: null, at: before.meta.updated_at, snapshot: before.snapshot, event: 'baseline', changes: [] });
      }
      if (req.input !== undefined) await type.store.write(trx, req.id, req.input, before, now);
      await req.apply?.(trx, before);
      const after = (await load(trx, type, req.id)).snapshot;
      // The old address keeps working: it answers 301 to the new one.
      if (after.slug !== before.snapshot.slug) await recordSlugChange(trx, type.name, req.id, before.snapshot.slug, after.slug, now);
      await record(trx, type, {
        id: req.id, version, userId: req.actor?.id ?? null, at: now, snapshot: after, event: req.event, restoredFrom: req.restoredFrom,
        changes: fieldChanges(type.fields, before.snapshot, after),
      });
      if (req.audit && deps.audit) {
        await deps.audit(trx, { action: req.audit.action, userId: req.actor?.id ?? null, subjectType: type.name, subjectId: req.id, detail: req.audit.detail });
      }
      await bumpGeneration(trx);
      return { version, snapshot: after };
    });
  } catch (err) {
    // Two people taking the same slug at once: the unique index refuses the second.
    if (req.input !== undefined && engineOf(deps.db).isUniqueViolation(err)) throw slugTaken(type, (req.input as { slug: string }).slug);
    throw err;
  }
}

async function record<I, S extends ContentSnapshot>(trx: Db, type: ContentType<I, S>, r: {
  id: number; version: number; userId: number | null; at: string; snapshot: S; event: RevisionEvent; restoredFrom?: number;
  changes: ReturnType<typeof fieldChanges>;
}): Promise<void> {
  const facts = { event: r.event, restoredFrom: r.restoredFrom ?? null, changes: r.changes };
  await insertRevision(trx, {
    entityType: type.name, entityId: r.id, version: r.version, userId: r.userId, at: r.at, snapshot: r.snapshot,
    event: r.event, restoredFrom: r.restoredFrom, changes: r.changes, summary: englishSummary(facts, type.fields),
  });
}

/**
 * Creates an item as a draft by `actor` (its author), with revision 1. `apply` runs in the same
 * transaction after the row exists (a resource's attachments).
 */
export async function createItem<I, S extends ContentSnapshot>(
  deps: ContentDeps, type: ContentType<I, S>, actor: Actor, raw: unknown, apply?: (trx: Db, id: number) => Promise<void>,
): Promise<{ id: number; version: number }> {
  const input = type.parse(raw);
  if (actor?.role && !type.policy({ id: actor.id, role: actor.role }, 'create', blankMeta(actor.id))) throw new ContentRefusal('forbidden', type.texts.forbidden);
  await type.check(deps.db, input, null, deps.clock.now());
  const now = deps.clock.now().toISOString();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const id = await type.store.insert(trx, input, actor?.id ?? null, now);
      await releaseSlug(trx, type.name, (input as { slug: string }).slug);
      await apply?.(trx, id);
      const { snapshot } = await load(trx, type, id);
      await record(trx, type, { id, version: 1, userId: actor?.id ?? null, at: now, snapshot, event: 'created', changes: [] });
      await bumpGeneration(trx);
      return { id, version: 1 };
    });
  } catch (err) {
    if (engineOf(deps.db).isUniqueViolation(err)) throw slugTaken(type, (input as { slug: string }).slug);
    throw err;
  }
}

function blankMeta(authorId: number): ContentMeta {
  return { id: 0, version: 0, status: 'draft', author_id: authorId, publish_at: null, updated_at: '' };
}

/**
 * Saves edited fields of an item in any state, keeping its state. A stale `expectedVersion` is a
 * `conflict` refusal carrying the submitted fields: the first save stays, the second person keeps
 * their text. Invalid fields or a taken slug write nothing.
 */
export async function saveItem<I, S extends ContentSnapshot>(
  deps: ContentDeps, type: ContentType<I, S>, actor: Actor, id: number, expectedVersion: number, raw: unknown,
  options: { apply?: ChangeRequest<I, S>['apply']; restoredFrom?: number } = {},
): Promise<{ version: number; snapshot: S }> {
  const input = type.parse(raw);
  return change(deps, type, {
    actor, id, expectedVersion, step: 'edit', input, apply: options.apply,
    event: options.restoredFrom ? 'restored' : 'saved', restoredFrom: options.restoredFrom,
  });
}

/** The instant an item is scheduled for, normalised to ISO UTC; it must lie in the future. */
export function validPublishAt<I, S extends ContentSnapshot>(type: ContentType<I, S>, value: string | Date | undefined, now: Date): string {
  const at = value instanceof Date ? value : new Date(value ?? '');
  const texts = type.texts.schedule;
  if (Number.isNaN(at.getTime())) throw invalidFields({ publishAt: texts.missing });
  if (at.getTime() <= now.getTime()) throw invalidFields({ publishAt: texts.past });
  if (at.getUTCFullYear() > 9999) throw invalidFields({ publishAt: texts.far });
  return at.toISOString();
}

/** Options of a workflow step. */
export interface StepOptions {
  /** The version the person saw; defaults to the stored one (no staleness check). */
  expectedVersion?: number;
  /** For `schedule`: when to publish. */
  publishAt?: string | Date;
}

/**
 * Moves an item through the workflow (workflow.ts): submit, withdraw, publish, schedule,
 * unpublish, archive, reopen. Each is a new version with a revision; the type's audited steps are
 * audited. A step the workflow does not allow is a `transition` refusal (409) saying why.
 */
export async function stepItem<I, S extends ContentSnapshot>(
  deps: ContentDeps, type: ContentType<I, S>, actor: Actor, id: number, action: PersonAction, options: StepOptions = {},
): Promise<{ version: number; status: string }> {
  const current = await load(deps.db, type, id);
  authorize(type, actor, action, current.meta);
  const expected = options.expectedVersion ?? current.meta.version;
  if (current.meta.version !== expected) throw conflict(type, null, current.meta.version, expected);
  const to = assertTransition(current.meta.status, action, type.texts.transition, type.steps);
  const now = deps.clock.now();
  const patch: WorkflowPatch = { status: to, publish_at: null, ...type.store.stepPatch?.(current.meta, action, to, now.toISOString()) };
  if (action === 'submit') patch.submitted_at = now.toISOString();
  if (action === 'schedule') patch.publish_at = validPublishAt(type, options.publishAt, now);
  const audited = type.audited.has(action);
  const { version } = await change(deps, type, {
    actor, id, expectedVersion: expected, step: action, event: action, patch,
    apply: to === 'published' && type.store.afterPublish ? (trx) => type.store.afterPublish!(trx, [id]) : undefined,
    audit: audited ? {
      action: `${type.name}.${action}`,
      detail: { slug: current.snapshot.slug, title: current.snapshot.title, from: current.meta.status, to, ...(patch.publish_at ? { publishAt: patch.publish_at } : {}) },
    } : undefined,
  });
  return { version, status: to };
}

/** A stored revision of an item, or a `missing` refusal naming the version. */
export async function revisionOf<I, S extends ContentSnapshot>(db: Db, type: ContentType<I, S>, id: number, version: number): Promise<RevisionRow> {
  const row = await findRevision(db, type.name, id, version);
  if (!row) throw new ContentRefusal('missing', type.texts.noVersion(version), { version });
  return row;
}

/**
 * Restores the editable fields of revision `revisionVersion` as a new version (the state stays).
 * Fields that no longer pass the checks (a slug since taken) are a `restore` refusal listing them.
 */
export async function restoreItem<I, S extends ContentSnapshot>(
  deps: ContentDeps, type: ContentType<I, S>, actor: Actor, id: number, revisionVersion: number, expectedVersion: number,
): Promise<{ version: number }> {
  const revision = await revisionOf(deps.db, type, id, revisionVersion);
  const snapshot = JSON.parse(revision.snapshot) as S;
  try {
    const { version } = await saveItem(deps, type, actor, id, expectedVersion, type.inputOf(snapshot), { restoredFrom: revisionVersion });
    return { version };
  } catch (err) {
    if (err instanceof ContentRefusal && err.reason === 'invalid') {
      throw new ContentRefusal('restore', type.texts.restore(revisionVersion), { fields: err.fields, version: revisionVersion });
    }
    throw err;
  }
}

/**
 * Deletes an item for good (its revisions stay, for the record). Audited. Returns the storage
 * keys of its files, to remove after the commit.
 */
export async function deleteItem<I, S extends ContentSnapshot>(
  deps: ContentDeps, type: ContentType<I, S>, actor: Actor, id: number, expectedVersion?: number,
): Promise<{ removedKeys: string[] }> {
  return deps.db.transaction().execute(async (trx) => {
    const current = await load(trx, type, id);
    authorize(type, actor, 'delete', current.meta);
    const expected = expectedVersion ?? current.meta.version;
    const removedKeys = await type.store.remove(trx, id, expected);
    if (removedKeys === undefined) throw conflict(type, null, current.meta.version, expected);
    await forgetRedirects(trx, type.name, id);
    await deps.audit?.(trx, {
      action: `${type.name}.delete`, userId: actor?.id ?? null, subjectType: type.name, subjectId: id,
      detail: { slug: current.snapshot.slug, title: current.snapshot.title, status: current.meta.status },
    });
    await bumpGeneration(trx);
    return { removedKeys };
  });
}

/** The workflow steps `actor` may take on an item now: the type's steps from its state, as far as its policy allows. */
export function allowedSteps<I, S extends ContentSnapshot>(type: ContentType<I, S>, actor: Person, item: ContentMeta): PersonAction[] {
  return availableActions(item.status, type.steps).filter((a) => type.policy(actor, a, item));
}
