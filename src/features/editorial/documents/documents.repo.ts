import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { PublishState } from '../../../content/content.table.ts';
import type { WorkflowPatch } from '../../../content/type.ts';
import { KINDS, type DocumentInput, type DocumentKind, type DocumentSnapshot } from './kinds.ts';

/**
 * The three tables differ in a column or two (projects' `name` and `position`, statements'
 * `published_on`), so queries here name the table from the registry at run time. Kysely cannot
 * type a table chosen at run time, so this one file works on an untyped handle and maps rows to
 * typed values itself; nothing untyped leaves it.
 */
const loose = (db: Db) => db as unknown as Kysely<any>;

/** Workflow facts about a document, beside its editable fields. */
export interface DocumentMeta {
  id: number;
  version: number;
  status: PublishState;
  author_id: number | null;
  publish_at: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A document as the editor sees it. */
export interface EditableDocument {
  kind: DocumentKind;
  meta: DocumentMeta;
  snapshot: DocumentSnapshot;
}

/** Table columns for the editable fields of `input`. */
function columnsOf(kind: DocumentKind, input: DocumentInput): Record<string, unknown> {
  const spec = KINDS[kind];
  const out: Record<string, unknown> = { [spec.titleColumn]: input.title, slug: input.slug, summary: input.summary, body: input.body };
  if (spec.extra.includes('position')) out.position = input.position ?? 0;
  if (spec.extra.includes('publishedOn')) out.published_on = input.publishedOn;
  return out;
}

function toDocument(kind: DocumentKind, r: Record<string, any>): EditableDocument {
  const spec = KINDS[kind];
  const snapshot: DocumentSnapshot = { title: r[spec.titleColumn], slug: r.slug, summary: r.summary, body: r.body, status: r.status, publishAt: r.publish_at };
  if (spec.extra.includes('position')) snapshot.position = Number(r.position);
  if (spec.extra.includes('publishedOn')) snapshot.publishedOn = r.published_on;
  return {
    kind,
    meta: {
      id: Number(r.id), version: Number(r.version), status: r.status, author_id: r.author_id === null ? null : Number(r.author_id),
      publish_at: r.publish_at, submitted_at: r.submitted_at, created_at: r.created_at, updated_at: r.updated_at,
    },
    snapshot,
  };
}

/** A document of `kind` in any state, or undefined. */
export async function findDocument(db: Db, kind: DocumentKind, id: number): Promise<EditableDocument | undefined> {
  const row = await loose(db).selectFrom(KINDS[kind].table).selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDocument(kind, row) : undefined;
}

/** The id of the document of `kind` using `slug`, or undefined. */
export async function documentIdBySlug(db: Db, kind: DocumentKind, slug: string): Promise<number | undefined> {
  const row = await loose(db).selectFrom(KINDS[kind].table).select('id').where('slug', '=', slug).executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/** Inserts a new draft by `authorId`; returns its id. A taken slug fails on the unique index. */
export async function insertDocumentRow(db: Db, kind: DocumentKind, input: DocumentInput, authorId: number | null, now: string): Promise<number> {
  const row = await loose(db).insertInto(KINDS[kind].table)
    .values({ ...columnsOf(kind, input), status: 'draft', author_id: authorId, created_at: now, updated_at: now })
    .returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Writes the editable fields of a document whose version has just been claimed. */
export async function writeDocumentFields(db: Db, kind: DocumentKind, id: number, input: DocumentInput, now: string): Promise<void> {
  await loose(db).updateTable(KINDS[kind].table).set({ ...columnsOf(kind, input), updated_at: now }).where('id', '=', id).execute();
}

/**
 * The optimistic lock: one conditional `UPDATE … SET version = version + 1 WHERE id = ? AND
 * version = ?`, applying the workflow columns of `patch` too. Returns the new version, or undefined when someone changed
 * the row first (or it is gone): of two concurrent saves exactly one wins.
 */
export async function claimDocumentVersion(db: Db, kind: DocumentKind, id: number, expected: number, now: string, patch: WorkflowPatch): Promise<number | undefined> {
  // Documents have no first-publication columns; only the workflow columns they have are set.
  const { status, publish_at, submitted_at } = patch;
  const workflow = Object.fromEntries(Object.entries({ status, publish_at, submitted_at }).filter(([, v]) => v !== undefined));
  const row = await loose(db).updateTable(KINDS[kind].table)
    .set({ ...workflow, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id).where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row ? Number(row.version) : undefined;
}

/**
 * Publishes every scheduled document of `kind` that is due, in one conditional UPDATE …
 * RETURNING: a second node running it at once finds the rows no longer scheduled.
 */
export async function publishDueDocumentRows(db: Db, kind: DocumentKind, now: string): Promise<{ id: number; version: number }[]> {
  const rows = await loose(db).updateTable(KINDS[kind].table)
    .set({ status: 'published', version: sql`version + 1`, publish_at: null, updated_at: now })
    .where('status', '=', 'scheduled').where('publish_at', 'is not', null).where('publish_at', '<=', now)
    .returning(['id', 'version'])
    .execute();
  return rows.map((r) => ({ id: Number(r.id), version: Number(r.version) }));
}

/** Deletes a document if its version is still `expected`; false when it changed or is gone. */
export async function deleteDocumentRow(db: Db, kind: DocumentKind, id: number, expected: number): Promise<boolean> {
  const gone = await loose(db).deleteFrom(KINDS[kind].table).where('id', '=', id).where('version', '=', expected).returning('id').executeTakeFirst();
  return Boolean(gone);
}
