import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { WorkflowPatch } from '../../content/type.ts';
import type { NewAttachment } from '../uploads/index.ts';

/**
 * The optimistic lock: increments the version and applies `patch` only when the stored version
 * is still `expected`. Returns the new version, or undefined when someone else changed the row
 * first (or it is gone). On PostgreSQL a concurrent writer waits for this row and then finds the
 * version changed; on SQLite writers are serialized. Either way exactly one save wins.
 */
export async function claimVersion(db: Db, id: number, expected: number, now: string, patch: WorkflowPatch = {}): Promise<number | undefined> {
  const row = await db.updateTable('resources')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id).where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Gives a resource a new slug (before the shared writer, which finds rows by slug, writes the rest). */
export async function setSlug(db: Db, id: number, slug: string): Promise<void> {
  await db.updateTable('resources').set({ slug }).where('id', '=', id).execute();
}

/** Inserts the bare resource row a new draft starts as; upsertResource fills in the rest. */
export async function insertDraftRow(db: Db, values: {
  slug: string; type_id: number; title: string; summary: string; body: string; language: string; audience: string;
  published_on: string; author_id: number | null; now: string;
}): Promise<number> {
  const row = await db.insertInto('resources').values({
    slug: values.slug, type_id: values.type_id, title: values.title, summary: values.summary, body: values.body,
    language: values.language, audience: values.audience, published_on: values.published_on, status: 'draft',
    author_id: values.author_id, posted_at: values.now, created_at: values.now, updated_at: values.now,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Appends attachments after the resource's existing ones. */
export async function insertAttachments(db: Db, resourceId: number, files: NewAttachment[]): Promise<void> {
  if (files.length === 0) return;
  const last = await db.selectFrom('attachments').select((eb) => eb.fn.max('position').as('max')).where('resource_id', '=', resourceId).executeTakeFirst();
  const start = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  await db.insertInto('attachments').values(files.map((f, i) => ({
    resource_id: resourceId, filename: f.filename, title: f.title, bytes: f.bytes, mime_type: f.mimeType,
    storage_key: f.storageKey, text_content: f.textContent, text_state: f.textState ?? null, position: start + i,
  }))).execute();
}

/** Removes attachments of a resource by id; returns the storage keys of the removed files. */
export async function deleteAttachments(db: Db, resourceId: number, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.deleteFrom('attachments').where('resource_id', '=', resourceId).where('id', 'in', ids)
    .returning('storage_key').execute();
  return rows.map((r) => r.storage_key).filter((k): k is string => Boolean(k));
}

/** A resource's attachment ids in their current order. */
export async function attachmentOrder(db: Db, resourceId: number): Promise<number[]> {
  const rows = await db.selectFrom('attachments').select('id').where('resource_id', '=', resourceId).orderBy('position').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Sets the title (when given) and position of one attachment of a resource. */
export async function updateAttachment(db: Db, resourceId: number, id: number, values: { title?: string; position: number }): Promise<void> {
  await db.updateTable('attachments').set(values).where('resource_id', '=', resourceId).where('id', '=', id).execute();
}

/**
 * Publishes every scheduled resource that is due, in one conditional UPDATE … RETURNING, so
 * two nodes running it at once cannot both publish the same row: the second finds it no longer
 * scheduled. `posted_at` moves to now only on a first publication.
 */
export async function publishDueRows(db: Db, now: string): Promise<{ id: number; version: number }[]> {
  return db.updateTable('resources')
    .set((eb) => ({
      status: 'published',
      version: eb('version', '+', 1),
      posted_at: sql<string>`case when ${sql.ref('first_published_at')} is null then ${now} else ${sql.ref('posted_at')} end`,
      first_published_at: eb.fn.coalesce('first_published_at', eb.val(now)),
      publish_at: null,
      updated_at: now,
    }))
    .where('status', '=', 'scheduled')
    .where('publish_at', 'is not', null)
    .where('publish_at', '<=', now)
    .returning(['id', 'version'])
    .execute();
}

/**
 * Deletes a resource if its version is still `expected`; returns the storage keys of its
 * attachments (whose rows go with it), or undefined when the version no longer matches.
 */
export async function deleteResourceRow(db: Db, id: number, expected: number): Promise<string[] | undefined> {
  const files = await db.selectFrom('attachments').select('storage_key').where('resource_id', '=', id).execute();
  // Foreign keys do the rest: translations lose the link, topics, attachments and homepage blocks go.
  const gone = await db.deleteFrom('resources').where('id', '=', id).where('version', '=', expected).returning('id').executeTakeFirst();
  if (!gone) return undefined;
  return files.map((f) => f.storage_key).filter((k): k is string => Boolean(k));
}
