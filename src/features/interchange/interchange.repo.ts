import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ResourceStatus } from '../resources/index.ts';
import type { AttachmentTextState } from '../../platform/pdf-text.ts';
import { sortedSet, type InterchangeRecord } from './interchange.schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** An attachment as stored, with what the format does not carry. */
export interface StoredAttachment {
  filename: string;
  title: string;
  bytes: number;
  mimeType: string;
  storageKey: string | null;
  /** Loaded only on request (it can be large). */
  textContent?: string | null;
  textState?: AttachmentTextState | null;
}

/** A stored resource in interchange shape (no `file` paths), plus the columns the format leaves out. */
export interface StoredResource {
  id: number;
  record: InterchangeRecord;
  status: ResourceStatus;
  audience: string;
  postedAt: string;
  attachments: StoredAttachment[];
}

/** Which resources to load: the ones with these slugs, or the next page after an id. */
export type RecordSelection = { slugs: string[] } | { afterId: number; limit: number };

/**
 * Loads resources with their topics, authors, references and attachments in five queries,
 * whatever the number of resources. Pages come back ordered by id (keyset pagination).
 */
export async function loadRecords(db: Executor, selection: RecordSelection, options: { withText?: boolean } = {}): Promise<StoredResource[]> {
  let query = db.selectFrom('resources as r')
    .innerJoin('resource_types as t', 't.id', 'r.type_id')
    .leftJoin('series as s', 's.id', 'r.series_id')
    .leftJoin('resources as o', 'o.id', 'r.translation_of_id')
    .select([
      'r.id', 'r.slug', 't.slug as type', 'r.title', 'r.summary', 'r.body', 'r.language', 'r.published_on', 'r.updated_on',
      'r.status', 'r.audience', 'r.posted_at', 's.slug as series_slug', 's.parts as series_parts', 'r.series_part', 'o.slug as original_slug',
    ])
    .orderBy('r.id');
  if ('slugs' in selection) {
    if (selection.slugs.length === 0) return [];
    query = query.where('r.slug', 'in', selection.slugs);
  } else {
    query = query.where('r.id', '>', selection.afterId).limit(selection.limit);
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);

  const [topics, authors, supersedes, attachments] = await Promise.all([
    db.selectFrom('resource_topics').innerJoin('topics', 'topics.id', 'resource_topics.topic_id')
      .select(['resource_topics.resource_id', 'topics.slug']).where('resource_topics.resource_id', 'in', ids).execute(),
    db.selectFrom('resource_authors').innerJoin('authors', 'authors.id', 'resource_authors.author_id')
      .select(['resource_authors.resource_id', 'authors.name'])
      .where('resource_authors.resource_id', 'in', ids)
      .orderBy('resource_authors.resource_id').orderBy('resource_authors.position').orderBy('authors.id').execute(),
    db.selectFrom('resource_supersedes').innerJoin('resources', 'resources.id', 'resource_supersedes.superseded_id')
      .select(['resource_supersedes.resource_id', 'resources.slug']).where('resource_supersedes.resource_id', 'in', ids).execute(),
    db.selectFrom('attachments')
      .select(['resource_id', 'filename', 'title', 'bytes', 'mime_type', 'storage_key'])
      .$if(Boolean(options.withText), (q) => q.select(['text_content', 'text_state']))
      .where('resource_id', 'in', ids)
      .orderBy('resource_id').orderBy('position').orderBy('id').execute(),
  ]);
  const group = <T extends { resource_id: number }>(list: T[]) => {
    const byId = new Map<number, T[]>();
    for (const item of list) {
      const bucket = byId.get(item.resource_id);
      if (bucket) bucket.push(item);
      else byId.set(item.resource_id, [item]);
    }
    return byId;
  };
  const topicsBy = group(topics);
  const authorsBy = group(authors);
  const supersedesBy = group(supersedes);
  const attachmentsBy = group(attachments);

  return rows.map((r) => {
    const stored: StoredAttachment[] = (attachmentsBy.get(r.id) ?? []).map((a) => ({
      filename: a.filename, title: a.title, bytes: a.bytes, mimeType: a.mime_type, storageKey: a.storage_key,
      ...(options.withText ? {
        textContent: (a as { text_content?: string | null }).text_content ?? null,
        textState: (a as { text_state?: AttachmentTextState | null }).text_state ?? null,
      } : {}),
    }));
    const record: InterchangeRecord = {
      slug: r.slug,
      type: r.type,
      title: r.title,
      summary: r.summary,
      body: r.body,
      topics: sortedSet((topicsBy.get(r.id) ?? []).map((t) => t.slug)),
      language: r.language,
      publishedOn: r.published_on,
      updatedOn: r.updated_on,
      authors: (authorsBy.get(r.id) ?? []).map((a) => a.name),
      series: seriesOf(r.series_slug, r.series_part, r.series_parts),
      translationOf: r.original_slug,
      supersedes: sortedSet((supersedesBy.get(r.id) ?? []).map((s) => s.slug)),
      attachments: stored.map((a) => ({ filename: a.filename, title: a.title, bytes: a.bytes })),
      ...(r.status === 'published' ? {} : { status: r.status === 'scheduled' ? 'review' as const : r.status }),
    };
    return { id: r.id, record, status: r.status, audience: r.audience, postedAt: r.posted_at, attachments: stored };
  });
}

/**
 * The format needs a part and a part count; a series written by hand may lack either, so a
 * missing part counts as the first and a missing count as no fewer than the part.
 */
function seriesOf(slug: string | null, part: number | null, parts: number | null): InterchangeRecord['series'] {
  if (slug === null) return null;
  const p = part ?? 1;
  return { slug, part: p, of: Math.max(parts ?? p, p) };
}

/** The references of resources as stored: series membership, original, superseded slugs. */
export interface StoredReferences {
  series: { slug: string; part: number | null; of: number | null } | null;
  translationOf: string | null;
  supersedes: string[];
}

/** References by resource slug, for the resources among `slugs` that exist. */
export async function loadReferences(db: Executor, slugs: string[]): Promise<Map<string, StoredReferences>> {
  const result = new Map<string, StoredReferences>();
  if (slugs.length === 0) return result;
  const rows = await db.selectFrom('resources as r')
    .leftJoin('series as s', 's.id', 'r.series_id')
    .leftJoin('resources as o', 'o.id', 'r.translation_of_id')
    .select(['r.id', 'r.slug', 's.slug as series_slug', 's.parts', 'r.series_part', 'o.slug as original_slug'])
    .where('r.slug', 'in', slugs).execute();
  if (rows.length === 0) return result;
  const older = await db.selectFrom('resource_supersedes').innerJoin('resources', 'resources.id', 'resource_supersedes.superseded_id')
    .select(['resource_supersedes.resource_id', 'resources.slug'])
    .where('resource_supersedes.resource_id', 'in', rows.map((r) => r.id)).execute();
  const olderBy = new Map<number, string[]>();
  for (const o of older) olderBy.set(o.resource_id, [...(olderBy.get(o.resource_id) ?? []), o.slug]);
  for (const r of rows) {
    result.set(r.slug, {
      series: r.series_slug === null ? null : { slug: r.series_slug, part: r.series_part, of: r.parts },
      translationOf: r.original_slug,
      supersedes: sortedSet(olderBy.get(r.id) ?? []),
    });
  }
  return result;
}

/** Which of these resource slugs exist. */
export async function existingSlugs(db: Executor, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.selectFrom('resources').select('slug').where('slug', 'in', slugs).execute();
  return new Set(rows.map((r) => r.slug));
}

/** Which of these storage keys some attachment still uses. */
export async function referencedStorageKeys(db: Executor, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('attachments').select('storage_key').where('storage_key', 'in', keys).execute();
  return new Set(rows.map((r) => r.storage_key ?? ''));
}
