import type { Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/engine.ts';
import type { ResourceStatus } from '../resources/index.ts';
import type { ResourceSnapshot } from './editorial.schema.ts';

/** Workflow facts about a resource, beside its editable fields. */
export interface EditorialMeta {
  id: number;
  version: number;
  status: ResourceStatus;
  author_id: number | null;
  publish_at: string | null;
  submitted_at: string | null;
  first_published_at: string | null;
  posted_at: string;
  /** Given at first publication (docs/authorities.md); null before. */
  document_number: string | null;
  created_at: string;
  updated_at: string;
}

/** A resource as the editor sees it: workflow facts and a snapshot of its editable fields. */
export interface EditableResource {
  meta: EditorialMeta;
  snapshot: ResourceSnapshot;
}

/**
 * A resource in any state with every editable field, references resolved to slugs and lists in
 * a stable order (so two snapshots of the same content compare equal), or undefined.
 */
export async function findEditableResource(db: Db, id: number): Promise<EditableResource | undefined> {
  const r = await db.selectFrom('resources')
    .innerJoin('resource_types', 'resource_types.id', 'resources.type_id')
    .leftJoin('series', 'series.id', 'resources.series_id')
    .leftJoin('resources as original', 'original.id', 'resources.translation_of_id')
    .select([
      'resources.id', 'resources.version', 'resources.status', 'resources.author_id', 'resources.publish_at',
      'resources.submitted_at', 'resources.first_published_at', 'resources.posted_at', 'resources.document_number', 'resources.created_at', 'resources.updated_at',
      'resources.slug', 'resources.title', 'resources.summary', 'resources.body', 'resources.language', 'resources.audience',
      'resources.published_on', 'resources.updated_on', 'resources.reviewed_on', 'resources.series_part', 'resources.series_of',
      'resource_types.slug as type_slug', 'series.slug as series_slug', 'series.parts as series_parts', 'original.slug as original_slug',
    ])
    .where('resources.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const [topics, authors, supersedes, attachments, updates] = await Promise.all([
    db.selectFrom('resource_topics').innerJoin('topics', 'topics.id', 'resource_topics.topic_id')
      .select('topics.slug').where('resource_topics.resource_id', '=', id).orderBy(byCodePoint(db, 'topics.slug')).execute(),
    db.selectFrom('resource_authors').innerJoin('authors', 'authors.id', 'resource_authors.author_id')
      .select(['authors.name', 'resource_authors.affiliation']).where('resource_authors.resource_id', '=', id)
      .orderBy('resource_authors.position').orderBy('authors.id').execute(),
    db.selectFrom('resource_supersedes').innerJoin('resources', 'resources.id', 'resource_supersedes.superseded_id')
      .select('resources.slug').where('resource_supersedes.resource_id', '=', id).orderBy(byCodePoint(db, 'resources.slug')).execute(),
    db.selectFrom('attachments').select(['id', 'filename', 'title']).where('resource_id', '=', id).orderBy('position').orderBy('id').execute(),
    db.selectFrom('resource_updates').select(['noted_on as on', 'note']).where('resource_id', '=', id).orderBy('position').orderBy('id').execute(),
  ]);
  return {
    meta: {
      id: r.id, version: r.version, status: r.status, author_id: r.author_id, publish_at: r.publish_at, submitted_at: r.submitted_at,
      first_published_at: r.first_published_at, posted_at: r.posted_at, document_number: r.document_number, created_at: r.created_at, updated_at: r.updated_at,
    },
    snapshot: {
      title: r.title, slug: r.slug, type: r.type_slug, topics: topics.map((t) => t.slug), language: r.language,
      audience: r.audience as ResourceSnapshot['audience'], summary: r.summary, body: r.body,
      publishedOn: r.published_on, updatedOn: r.updated_on, reviewedOn: r.reviewed_on, updates,
      authors: authors.map((a) => ({ name: a.name, affiliation: a.affiliation })),
      series: r.series_slug ? { slug: r.series_slug, part: r.series_part ?? 1, of: r.series_of ?? r.series_parts ?? r.series_part ?? 1 } : null,
      translationOf: r.original_slug, supersedes: supersedes.map((s) => s.slug),
      status: r.status, publishAt: r.publish_at, attachments,
    },
  };
}

/** The id of the resource using `slug`, or undefined. */
export async function resourceIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('resources').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** The slugs among `slugs` that name no row of `table`. */
export async function missingSlugs(db: Db, table: 'resources' | 'topics' | 'resource_types', slugs: string[]): Promise<string[]> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return [];
  const found = await db.selectFrom(table).select('slug').where('slug', 'in', wanted).execute();
  const have = new Set(found.map((f) => f.slug));
  return wanted.filter((s) => !have.has(s));
}

/** One attachment of a resource, or undefined. */
export async function findAttachment(db: Db, resourceId: number, attachmentId: number) {
  return db.selectFrom('attachments').selectAll().where('resource_id', '=', resourceId).where('id', '=', attachmentId).executeTakeFirst();
}

/** A resource's attachments in order, for the edit form. */
export async function listAttachments(db: Db, resourceId: number) {
  return db.selectFrom('attachments').select(['id', 'filename', 'title', 'bytes', 'text_state']).where('resource_id', '=', resourceId).orderBy('position').orderBy('id').execute();
}

/** The text of a resource's PDF attachments, in order, as the search indexer reads it (for the editor's authorities). */
export async function attachmentTexts(db: Db, resourceId: number): Promise<string> {
  const rows = await db.selectFrom('attachments').select('text_content').where('resource_id', '=', resourceId).where('text_content', 'is not', null)
    .orderBy('position').orderBy('id').execute();
  return rows.map((r) => r.text_content ?? '').join('\f');
}
