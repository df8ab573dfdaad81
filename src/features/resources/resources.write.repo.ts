import { titleSortKey } from '../../platform/sort-key.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { AttachmentTextState, ResourceStatus } from './resources.table.ts';
import { adoptDocumentNumber } from './document-numbers.repo.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** A resource as written by the seed, the importer and (later) the editor; references are slugs. */
export interface ResourceWrite {
  slug: string;
  type: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  language: string;
  audience: string;
  status: ResourceStatus;
  publishedOn: string;
  updatedOn: string | null;
  /** When it went up on the site; defaults to now on first write and is kept on later writes. */
  postedAt?: string;
  authors: string[];
  /**
   * Each author's affiliation, by position in `authors` (null: none). Absent: an author who stays
   * keeps the affiliation stored for this resource (writers that do not know affiliations lose none).
   */
  affiliations?: (string | null)[];
  /** When staff last checked it, `YYYY-MM-DD`. Absent: kept as stored. */
  reviewedOn?: string | null;
  /** What changed and when, in list order. Absent: kept as stored. */
  updates?: ResourceUpdateNote[];
  /**
   * A document number the resource already has elsewhere (an import of an export). Taken only when
   * the resource has none yet and no other resource holds it; see adoptDocumentNumber.
   */
  documentNumber?: string | null;
  series: { slug: string; part: number; of: number; title?: string } | null;
  translationOf: string | null;
  supersedes: string[];
  attachments: { filename: string; title: string; bytes: number; mimeType?: string; storageKey?: string | null; textContent?: string | null; textState?: AttachmentTextState | null }[];
}

/** One entry of a resource's update notes. */
export interface ResourceUpdateNote {
  /** `YYYY-MM-DD`. */
  on: string;
  note: string;
}

/** Remembers slug → id lookups for the length of one bulk operation. */
export class IdCache {
  readonly types = new Map<string, number>();
  readonly topics = new Map<string, number>();
  readonly authors = new Map<string, number>();
}

/** Title for a slug nobody named yet: `crimes-and-immigration` → "Crimes And Immigration". */
export function titleFromSlug(slug: string): string {
  return slug.split('-').filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

async function ensureBySlug(db: Executor, table: 'resource_types' | 'topics', slug: string, name: string, cache: Map<string, number>): Promise<number> {
  const cached = cache.get(slug);
  if (cached !== undefined) return cached;
  const existing = await db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst();
  const id = existing?.id ?? (await db.insertInto(table).values({ slug, name } as never).returning('id').executeTakeFirstOrThrow()).id;
  cache.set(slug, id);
  return id;
}

/** The id of a resource type, creating it (named from its slug) when it does not exist. */
export function ensureType(db: Executor, slug: string, cache = new IdCache(), name = titleFromSlug(slug)) {
  return ensureBySlug(db, 'resource_types', slug, name, cache.types);
}

/** The id of a topic, creating it (named from its slug) when it does not exist. */
export function ensureTopic(db: Executor, slug: string, cache = new IdCache(), name = titleFromSlug(slug)) {
  return ensureBySlug(db, 'topics', slug, name, cache.topics);
}

async function ensureAuthor(db: Executor, name: string, cache: IdCache): Promise<number> {
  const cached = cache.authors.get(name);
  if (cached !== undefined) return cached;
  const existing = await db.selectFrom('authors').select('id').where('name', '=', name).executeTakeFirst();
  const id = existing?.id ?? (await db.insertInto('authors').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
  cache.authors.set(name, id);
  return id;
}

/**
 * Inserts or updates a resource by slug with its topics, authors and attachment metadata.
 * References to other resources (series, translation, supersedes) are linked separately by
 * linkReferences, because they may point at resources written later. Call inside a transaction.
 * With `keepAttachments`, an existing resource keeps its attachment rows (and their ids, which
 * public URLs carry) and `w.attachments` is ignored; the editor manages them one by one.
 * Updating an existing row increments its `version`, so an editor's form opened before (say) an
 * import is refused as stale instead of silently overwriting it; the importer only calls this
 * for lines that changed. `keepVersion` is for the editor, which claims the version itself.
 */
export async function upsertResource(
  db: Executor, w: ResourceWrite, now: string, cache = new IdCache(), options: { keepAttachments?: boolean; keepVersion?: boolean } = {},
): Promise<{ id: number; created: boolean }> {
  const typeId = await ensureType(db, w.type, cache);
  const existing = await db.selectFrom('resources').select(['id', 'posted_at']).where('slug', '=', w.slug).executeTakeFirst();
  const values = {
    type_id: typeId, title: w.title, sort_title: titleSortKey(w.title), summary: w.summary, body: w.body, language: w.language, audience: w.audience,
    status: w.status, published_on: w.publishedOn, updated_on: w.updatedOn, updated_at: now,
    ...(w.reviewedOn === undefined ? {} : { reviewed_on: w.reviewedOn }),
  };
  let id: number;
  let keptAffiliations = new Map<string, string | null>();
  if (existing) {
    id = existing.id;
    await db.updateTable('resources')
      .set((eb) => ({ ...values, posted_at: w.postedAt ?? existing.posted_at, ...(options.keepVersion ? {} : { version: eb('version', '+', 1) }) }))
      .where('id', '=', id).execute();
    await db.deleteFrom('resource_topics').where('resource_id', '=', id).execute();
    if (w.affiliations === undefined) keptAffiliations = await affiliationsByName(db, id);
    await db.deleteFrom('resource_authors').where('resource_id', '=', id).execute();
    if (w.updates !== undefined) await db.deleteFrom('resource_updates').where('resource_id', '=', id).execute();
    if (!options.keepAttachments) await db.deleteFrom('attachments').where('resource_id', '=', id).execute();
  } else {
    const row = await db.insertInto('resources')
      .values({ ...values, slug: w.slug, posted_at: w.postedAt ?? now, created_at: now })
      .returning('id').executeTakeFirstOrThrow();
    id = row.id;
  }
  // One at a time: two concurrent ensureTopic calls for a repeated slug would both insert it.
  const topicIds: number[] = [];
  for (const slug of new Set(w.topics)) {
    const topicId = await ensureTopic(db, slug, cache);
    if (!topicIds.includes(topicId)) topicIds.push(topicId);
  }
  if (topicIds.length) await db.insertInto('resource_topics').values(topicIds.map((topic_id) => ({ resource_id: id, topic_id }))).execute();
  const credits: { author_id: number; affiliation: string | null }[] = [];
  for (const [i, name] of w.authors.entries()) {
    const authorId = await ensureAuthor(db, name, cache);
    const affiliation = w.affiliations ? w.affiliations[i] ?? null : keptAffiliations.get(name) ?? null;
    if (!credits.some((c) => c.author_id === authorId)) credits.push({ author_id: authorId, affiliation });
  }
  if (credits.length) {
    await db.insertInto('resource_authors').values(credits.map((c, position) => ({ resource_id: id, ...c, position }))).execute();
  }
  if (w.updates?.length) {
    await db.insertInto('resource_updates')
      .values(w.updates.map((u, position) => ({ resource_id: id, position, noted_on: u.on, note: u.note }))).execute();
  }
  if (w.documentNumber) await adoptDocumentNumber(db, id, w.documentNumber);
  if (w.attachments.length && !(existing && options.keepAttachments)) {
    await db.insertInto('attachments').values(w.attachments.map((a, position) => ({
      resource_id: id, filename: a.filename, title: a.title, bytes: a.bytes, mime_type: a.mimeType ?? 'application/pdf',
      storage_key: a.storageKey ?? null, text_content: a.textContent ?? null, text_state: a.textState ?? null, position,
    }))).execute();
  }
  return { id, created: !existing };
}

/** The affiliations a resource credits its authors with now, by author name. */
async function affiliationsByName(db: Executor, resourceId: number): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('resource_authors').innerJoin('authors', 'authors.id', 'resource_authors.author_id')
    .select(['authors.name', 'resource_authors.affiliation']).where('resource_authors.resource_id', '=', resourceId).execute();
  return new Map(rows.map((r) => [r.name, r.affiliation]));
}

/**
 * Links a written resource to the series, original and superseded resources its slugs name.
 * Returns the slugs that do not exist (yet), so a bulk import can report them.
 * The resource keeps its own part count (`series_of`); the series' count and title, which readers
 * see, change only when `status` is absent (seed, import) or 'published': an unpublished part's
 * edit never changes what the public sees of its series (publishing applies it, see
 * `applySeriesCount`). A series that does not exist yet is created with it.
 */
export async function linkReferences(
  db: Executor, w: Pick<ResourceWrite, 'slug' | 'series' | 'translationOf' | 'supersedes'> & { status?: ResourceStatus },
): Promise<string[]> {
  const missing: string[] = [];
  const self = await db.selectFrom('resources').select('id').where('slug', '=', w.slug).executeTakeFirstOrThrow();
  let seriesId: number | null = null;
  if (w.series) {
    const found = await db.selectFrom('series').select('id').where('slug', '=', w.series.slug).executeTakeFirst();
    seriesId = found?.id ?? (await db.insertInto('series')
      .values({ slug: w.series.slug, title: w.series.title ?? titleFromSlug(w.series.slug), parts: w.series.of })
      .returning('id').executeTakeFirstOrThrow()).id;
    const seenByReaders = w.status === undefined || w.status === 'published';
    if (found && seenByReaders) await db.updateTable('series').set({ parts: w.series.of, ...(w.series.title ? { title: w.series.title } : {}) }).where('id', '=', found.id).execute();
  }
  let originalId: number | null = null;
  if (w.translationOf) {
    const original = await db.selectFrom('resources').select('id').where('slug', '=', w.translationOf).executeTakeFirst();
    if (original && original.id !== self.id) originalId = original.id;
    else missing.push(w.translationOf);
  }
  await db.updateTable('resources')
    .set({ series_id: seriesId, series_part: w.series?.part ?? null, series_of: w.series?.of ?? null, translation_of_id: originalId })
    .where('id', '=', self.id).execute();
  await db.deleteFrom('resource_supersedes').where('resource_id', '=', self.id).execute();
  const olderSlugs = [...new Set(w.supersedes)].filter((s) => s !== w.slug);
  if (olderSlugs.length) {
    const older = await db.selectFrom('resources').select(['id', 'slug']).where('slug', 'in', olderSlugs).execute();
    if (older.length) {
      await db.insertInto('resource_supersedes').values(older.map((o) => ({ resource_id: self.id, superseded_id: o.id }))).execute();
    }
    const found = new Set(older.map((o) => o.slug));
    missing.push(...olderSlugs.filter((s) => !found.has(s)));
  }
  return missing;
}

/**
 * Gives a resource's series the part count the resource carries, when it is published: the moment
 * an unpublished part's count becomes what readers see. Call in the publishing transaction.
 */
export async function applySeriesCount(db: Executor, resourceIds: number[]): Promise<void> {
  if (resourceIds.length === 0) return;
  const rows = await db.selectFrom('resources').select(['series_id', 'series_of'])
    .where('id', 'in', resourceIds).where('status', '=', 'published')
    .where('series_id', 'is not', null).where('series_of', 'is not', null).orderBy('id').execute();
  for (const r of rows) await db.updateTable('series').set({ parts: r.series_of! }).where('id', '=', r.series_id!).execute();
}
