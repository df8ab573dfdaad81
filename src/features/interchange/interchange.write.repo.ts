import { titleSortKey } from '../../platform/sort-key.ts';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { AttachmentsTable, ResourcesTable } from '../resources/index.ts';
import { engineOf } from '../../db/engine.ts';
import { ensureTopic, ensureType, titleFromSlug, type IdCache, type ResourceWrite } from '../resources/index.ts';

type Executor = Kysely<Database> | Transaction<Database>;

// Rows per multi-row INSERT: keeps the bound parameters far below SQLite's 32,766 and
// PostgreSQL's 65,535 limits whatever the batch size.
const ROWS_PER_INSERT = 1000;
// PostgreSQL: new resources go in 100 at a time, each statement built while the one before runs.
const ROWS_PER_PIPELINED_INSERT = 100;

function chunks<T>(items: T[], size = ROWS_PER_INSERT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Makes sure every type, topic and author a batch names has an id in the cache: one query per
 * kind finds the existing ones, the write repository's ensure* helpers create missing types and
 * topics (named from their slugs), and missing authors are added in one statement.
 */
export async function ensureNames(db: Executor, cache: IdCache, names: { types: Iterable<string>; topics: Iterable<string>; authors: Iterable<string> }): Promise<void> {
  const missing = (values: Iterable<string>, known: Map<string, number>) => [...new Set(values)].filter((v) => !known.has(v));
  const types = missing(names.types, cache.types);
  const topics = missing(names.topics, cache.topics);
  const authors = missing(names.authors, cache.authors);
  const [typeRows, topicRows] = await Promise.all([
    types.length ? db.selectFrom('resource_types').select(['id', 'slug']).where('slug', 'in', types).execute() : [],
    topics.length ? db.selectFrom('topics').select(['id', 'slug']).where('slug', 'in', topics).execute() : [],
  ]);
  for (const t of typeRows) cache.types.set(t.slug, t.id);
  for (const t of topicRows) cache.topics.set(t.slug, t.id);
  for (const slug of types) await ensureType(db, slug, cache);
  for (const slug of topics) await ensureTopic(db, slug, cache);
  for (const chunk of chunks(authors)) {
    await db.insertInto('authors').values(chunk.map((name) => ({ name }))).onConflict((oc) => oc.column('name').doNothing()).execute();
    const rows = await db.selectFrom('authors').select(['id', 'name']).where('name', 'in', chunk).execute();
    for (const a of rows) cache.authors.set(a.name, a.id);
  }
}

/** Ids of resources and series that new resources refer to and that already exist. */
export interface KnownTargets {
  resources: Map<string, number>;
  series: Map<string, number>;
}

/**
 * Looks up the resources that new resources name as original or superseded, and the series
 * they belong to, creating missing series (titled from the slug, as linkReferences does).
 * Most references in a file point backwards, so most can be set as the rows are inserted
 * instead of by an UPDATE of each row afterwards.
 */
export async function findTargets(db: Executor, writes: ResourceWrite[]): Promise<KnownTargets> {
  const targets: KnownTargets = { resources: new Map(), series: new Map() };
  const slugs = [...new Set(writes.flatMap((w) => [...(w.translationOf ? [w.translationOf] : []), ...w.supersedes]))];
  for (const chunk of chunks(slugs)) {
    const rows = await db.selectFrom('resources').select(['id', 'slug']).where('slug', 'in', chunk).execute();
    for (const r of rows) targets.resources.set(r.slug, r.id);
  }
  const series = new Map<string, number>();
  for (const w of writes) if (w.series && !series.has(w.series.slug)) series.set(w.series.slug, w.series.of);
  for (const chunk of chunks([...series.keys()])) {
    const rows = await db.selectFrom('series').select(['id', 'slug']).where('slug', 'in', chunk).execute();
    for (const r of rows) targets.series.set(r.slug, r.id);
    const missing = chunk.filter((slug) => !targets.series.has(slug));
    if (missing.length === 0) continue;
    const created = await db.insertInto('series')
      .values(missing.map((slug) => ({ slug, title: titleFromSlug(slug), parts: series.get(slug) ?? null })))
      .returning(['id', 'slug']).execute();
    for (const r of created) targets.series.set(r.slug, r.id);
  }
  return targets;
}

/**
 * Inserts resources that do not exist yet, with their topics, authors and attachments, in a few
 * multi-row statements instead of several per resource. It writes what upsertResource writes
 * for a new resource (its create branch), plus the references whose targets are known; the
 * import's reference pass checks every reference afterwards and links the rest with
 * linkReferences. Call ensureNames first so every id is cached, and only for new slugs.
 * Returns slug → id.
 */
export async function insertNewResources(
  db: Executor, writes: ResourceWrite[], now: string, cache: IdCache,
  targets: KnownTargets = { resources: new Map(), series: new Map() },
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (writes.length === 0) return ids;
  const pipelined = engineOf(db).pipelinesStatements;
  const idOf = (map: Map<string, number>, key: string, kind: string) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`${kind} "${key}" has no id; call ensureNames first`);
    return id;
  };
  // Where the engine pipelines statements (PostgreSQL) the rows go in as several smaller
  // statements sent one after another without waiting: while the server writes one, this process
  // builds the next, so the two work at the same time instead of in turn. The connection runs them in order.
  const inserts: Promise<{ id: number; slug: string }[]>[] = [];
  for (const chunk of chunks(writes, pipelined ? ROWS_PER_PIPELINED_INSERT : ROWS_PER_INSERT)) {
    const values = chunk.map((w) => ({
      slug: w.slug, type_id: idOf(cache.types, w.type, 'type'), title: w.title, sort_title: titleSortKey(w.title), summary: w.summary, body: w.body,
      language: w.language, audience: w.audience, status: w.status, published_on: w.publishedOn, updated_on: w.updatedOn,
      posted_at: w.postedAt ?? now, created_at: now, updated_at: now,
      ...seriesColumns(w, targets),
      translation_of_id: w.translationOf ? targets.resources.get(w.translationOf) ?? null : null,
    }) as Insertable<ResourcesTable>);
    const insert = db.insertInto('resources').values(values).returning(['id', 'slug']).execute();
    // Handled below, in order; this only keeps Node from calling a rejection unhandled meanwhile.
    insert.catch(() => {});
    inserts.push(insert);
    // Lets the statement reach the server before the next one is built.
    if (pipelined) await new Promise((resolve) => setImmediate(resolve));
  }
  const settled = await Promise.allSettled(inserts);
  for (const result of settled) {
    if (result.status === 'rejected') throw result.reason;
    // RETURNING order is not guaranteed on SQLite, so rows are matched by slug.
    for (const r of result.value) ids.set(r.slug, r.id);
  }
  // listed_on is what the SQLite trigger of migration 005 would set; given here, it skips its UPDATE.
  const topics: { resource_id: number; topic_id: number; listed_on: string | null }[] = [];
  const authors: { resource_id: number; author_id: number; position: number }[] = [];
  const attachments: Insertable<AttachmentsTable>[] = [];
  const supersedes: { resource_id: number; superseded_id: number }[] = [];
  for (const w of writes) {
    const resourceId = idOf(ids, w.slug, 'resource');
    // An older resource may also be new in this very batch: its id is known by now.
    for (const older of new Set(w.supersedes)) {
      const olderId = targets.resources.get(older) ?? ids.get(older);
      if (olderId !== undefined && olderId !== resourceId) supersedes.push({ resource_id: resourceId, superseded_id: olderId });
    }
    const listedOn = w.status === 'published' ? w.publishedOn : null;
    for (const topicId of new Set(w.topics.map((t) => idOf(cache.topics, t, 'topic')))) topics.push({ resource_id: resourceId, topic_id: topicId, listed_on: listedOn });
    const authorIds = [...new Set(w.authors.map((a) => idOf(cache.authors, a, 'author')))];
    authorIds.forEach((authorId, position) => authors.push({ resource_id: resourceId, author_id: authorId, position }));
    w.attachments.forEach((a, position) => attachments.push({
      resource_id: resourceId, filename: a.filename, title: a.title, bytes: a.bytes, mime_type: a.mimeType ?? 'application/pdf',
      storage_key: a.storageKey ?? null, text_content: a.textContent ?? null, text_state: a.textState ?? null, position,
    }));
  }
  for (const chunk of chunks(topics)) await db.insertInto('resource_topics').values(chunk).execute();
  for (const chunk of chunks(authors)) await db.insertInto('resource_authors').values(chunk).execute();
  for (const chunk of chunks(supersedes)) await db.insertInto('resource_supersedes').values(chunk).execute();
  // Extracted PDF text can be large: a statement carries at most about 8 MB of it.
  let chunk: typeof attachments = [];
  let textSize = 0;
  for (const row of attachments) {
    chunk.push(row);
    textSize += row.text_content?.length ?? 0;
    if (chunk.length >= ROWS_PER_INSERT / 2 || textSize > 8_000_000) {
      await db.insertInto('attachments').values(chunk).execute();
      chunk = [];
      textSize = 0;
    }
  }
  if (chunk.length) await db.insertInto('attachments').values(chunk).execute();
  return ids;
}

function seriesColumns(w: ResourceWrite, targets: KnownTargets): { series_id: number | null; series_part: number | null; series_of: number | null } {
  const seriesId = w.series ? targets.series.get(w.series.slug) : undefined;
  return seriesId === undefined
    ? { series_id: null, series_part: null, series_of: null }
    : { series_id: seriesId, series_part: w.series!.part, series_of: w.series!.of };
}
