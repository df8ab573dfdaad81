import { sql } from 'kysely';
import type { Db } from '../../db/schema.ts';
import { byCodePoint, engineOf } from '../../db/engine.ts';

/** Haven's database or a transaction on it. */
type Executor = Db;

/** The stored text and facts of a resource that search indexes. */
export interface SourceRow {
  id: number;
  status: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  published_on: string;
  type_id: number;
  audience: string;
  sort_title: string;
  document_number: string | null;
}

/** What the index writer needs of a set of resources, read in one go. */
export interface SourceData {
  resources: SourceRow[];
  attachmentText: { resource_id: number; text_content: string | null }[];
  topics: { resource_id: number; topic_id: number; name: string; name_es: string | null }[];
  types: { id: number; name: string; name_es: string | null }[];
  projects: { resource_id: number; project_id: number }[];
  /** Ids among those asked for that a published resource supersedes. */
  superseded: number[];
}

/** Takes up to `limit` resources off the queue (they are re-indexed in the same transaction). */
export async function takeQueued(trx: Executor, limit: number): Promise<number[]> {
  const rows = await trx.selectFrom('search_queue').select('resource_id').orderBy('resource_id').limit(limit).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.resource_id);
  await trx.deleteFrom('search_queue').where('resource_id', 'in', ids).execute();
  return ids;
}

/** True when some resource waits to be (re)indexed. */
export async function hasQueued(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('search_queue').select('resource_id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** How many resources wait to be (re)indexed. */
export async function countQueued(db: Executor): Promise<number> {
  const row = await db.selectFrom('search_queue').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Queues every resource, for a full rebuild. */
export async function queueAll(trx: Executor): Promise<void> {
  await sql`insert into search_queue (resource_id) select id from resources where id not in (select resource_id from search_queue)`.execute(trx);
}

/** Empties the index (not the queue). */
export async function clearIndex(trx: Executor): Promise<void> {
  for (const table of ['search_postings', 'search_docs', 'search_attrs', 'search_words'] as const) {
    await trx.deleteFrom(table).execute();
  }
}

/**
 * Refreshes PostgreSQL's statistics after a rebuild (every index row, and every row the indexing
 * pass's listeners write, was replaced: plans made on the old figures can be poor until
 * autovacuum's next ANALYZE, and never come where autovacuum is off). SQLite needs nothing here.
 */
export async function analyzeIndex(db: Executor): Promise<void> {
  if (engineOf(db).dialect !== 'postgres') return;
  // The whole database, not only the search_* tables: listeners of the same pass (authorities)
  // rewrote theirs too, and stale statistics there made a 20-row lookup hash 100,000 ids.
  await sql`analyze`.execute(db);
}

/** Serializes index writers on PostgreSQL (several app nodes may write at once); SQLite has one writer. */
export async function lockIndex(trx: Executor): Promise<void> {
  await engineOf(trx).lockExclusively(trx, 'search-index');
}

/** Reads everything the analyzer and the filters need about `ids`. */
export async function readSources(trx: Executor, ids: number[]): Promise<SourceData> {
  const [resources, attachmentText, topics, types, projects, superseded] = await Promise.all([
    trx.selectFrom('resources')
      .select(['id', 'status', 'language', 'title', 'summary', 'body', 'published_on', 'type_id', 'audience', 'sort_title', 'document_number'])
      .where('id', 'in', ids).execute(),
    trx.selectFrom('attachments').select(['resource_id', 'text_content'])
      .where('resource_id', 'in', ids).where('text_content', 'is not', null)
      .orderBy('resource_id').orderBy('position').orderBy('id').execute(),
    trx.selectFrom('resource_topics').innerJoin('topics', 'topics.id', 'resource_topics.topic_id')
      .select(['resource_topics.resource_id', 'resource_topics.topic_id', 'topics.name', 'topics.name_es'])
      .where('resource_topics.resource_id', 'in', ids).orderBy('resource_topics.topic_id').execute(),
    trx.selectFrom('resource_types').select(['id', 'name', 'name_es']).execute(),
    trx.selectFrom('project_resources').select(['resource_id', 'project_id'])
      .where('resource_id', 'in', ids).orderBy('project_id').execute(),
    // EXISTS, not a join: without statistics (a new database mid-import) SQLite otherwise walks
    // every published resource for each batch.
    trx.selectFrom('resource_supersedes as rs').select('rs.superseded_id').distinct()
      .where('rs.superseded_id', 'in', ids)
      .where((eb) => eb.exists(eb.selectFrom('resources as newer').select('newer.id')
        .whereRef('newer.id', '=', 'rs.resource_id').where('newer.status', '=', 'published')))
      .execute(),
  ]);
  return { resources: resources as SourceRow[], attachmentText, topics, types, projects, superseded: superseded.map((r) => r.superseded_id) };
}

/** The terms each of `ids` is indexed under now. */
export async function readDocTerms(trx: Executor, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await trx.selectFrom('search_docs').select(['resource_id', 'terms']).where('resource_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.resource_id, JSON.parse(r.terms) as string[]]));
}

/** Records the terms of indexed resources (replacing what was there). */
export async function writeDocTerms(trx: Executor, rows: { resource_id: number; terms: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await trx.insertInto('search_docs').values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('resource_id').doUpdateSet((eb) => ({ terms: eb.ref('excluded.terms') }))).execute();
  }
}

/** Forgets resources that are no longer indexed. */
export async function deleteDocTerms(trx: Executor, ids: number[]): Promise<void> {
  if (ids.length) await trx.deleteFrom('search_docs').where('resource_id', 'in', ids).execute();
}

/** The packed entries of `terms` in one bucket. */
export async function readBucketPostings(trx: Executor, bucket: number, terms: string[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < terms.length; i += 900) {
    const rows = await trx.selectFrom('search_postings').select(['term', 'data'])
      .where('bucket', '=', bucket).where('term', 'in', terms.slice(i, i + 900)).execute();
    for (const r of rows) out.set(r.term, r.data);
  }
  return out;
}

/** Writes packed entries (replacing them) and deletes the emptied ones. */
export async function writeBucketPostings(
  trx: Executor, bucket: number, rows: { term: string; docs: number; data: Uint8Array }[], emptied: string[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    await trx.insertInto('search_postings').values(rows.slice(i, i + 300).map((r) => ({ ...r, bucket })))
      .onConflict((oc) => oc.columns(['bucket', 'term']).doUpdateSet((eb) => ({ docs: eb.ref('excluded.docs'), data: eb.ref('excluded.data') })))
      .execute();
  }
  for (let i = 0; i < emptied.length; i += 900) {
    await trx.deleteFrom('search_postings').where('bucket', '=', bucket).where('term', 'in', emptied.slice(i, i + 900)).execute();
  }
}

/** Every packed entry of `terms`, for a query. */
export async function readPostings(db: Executor, terms: string[]): Promise<{ term: string; bucket: number; data: Uint8Array }[]> {
  if (terms.length === 0) return [];
  return db.selectFrom('search_postings').select(['term', 'bucket', 'data']).where('term', 'in', terms).execute();
}

/** How many indexed resources contain each of `terms` (absent terms are left out). */
export async function documentFrequencies(db: Executor, terms: string[]): Promise<Map<string, number>> {
  if (terms.length === 0) return new Map();
  const rows = await db.selectFrom('search_postings').select(['term', (eb) => eb.fn.sum<number>('docs').as('n')])
    .where('term', 'in', terms).groupBy('term').execute();
  return new Map(rows.map((r) => [r.term, Number(r.n)]));
}

/** The stored attribute blocks `buckets` (JSON), with their versions. */
export async function readAttrBlocks(trx: Executor, buckets: number[]): Promise<{ bucket: number; version: number; data: string }[]> {
  if (buckets.length === 0) return [];
  return trx.selectFrom('search_attrs').select(['bucket', 'version', 'data']).where('bucket', 'in', buckets).execute();
}

/** Every attribute block's version, for a node to see which changed. */
export async function attrVersions(db: Executor): Promise<{ bucket: number; version: number }[]> {
  return db.selectFrom('search_attrs').select(['bucket', 'version']).orderBy('bucket').execute();
}

/** Replaces attribute blocks, bumping their versions; an empty block is deleted. */
export async function writeAttrBlocks(trx: Executor, blocks: { bucket: number; data: string | null }[]): Promise<void> {
  for (const block of blocks) {
    if (block.data === null) {
      await trx.deleteFrom('search_attrs').where('bucket', '=', block.bucket).execute();
      continue;
    }
    await trx.insertInto('search_attrs').values({ bucket: block.bucket, version: 1, data: block.data })
      .onConflict((oc) => oc.column('bucket').doUpdateSet((eb) => ({ data: eb.ref('excluded.data'), version: eb('search_attrs.version', '+', 1) })))
      .execute();
  }
}

/** Remembers words seen in indexed text. */
export async function addWords(trx: Executor, words: string[]): Promise<void> {
  for (let i = 0; i < words.length; i += 500) {
    await trx.insertInto('search_words').values(words.slice(i, i + 500).map((word) => ({ word })))
      .onConflict((oc) => oc.column('word').doNothing()).execute();
  }
}

/** Words starting with `prefix`, in code-point order. */
export async function wordsStartingWith(db: Db, prefix: string, limit: number): Promise<string[]> {
  const upper = prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);
  const rows = await db.selectFrom('search_words').select('word')
    .where('word', '>=', prefix).where('word', '<', upper)
    .orderBy(byCodePoint(db, 'word')).limit(limit).execute();
  return rows.map((r) => r.word);
}

/** Every word seen, for spelling suggestions. */
export async function allWords(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('search_words').select('word').execute();
  return rows.map((r) => r.word);
}

/** Titles and summaries of `ids`, for ranking and snippets. */
export async function readTitles(db: Db, ids: number[]): Promise<{ id: number; title: string; summary: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('resources').select(['id', 'title', 'summary']).where('id', 'in', ids).execute();
}

/** Bodies and attachment text of `ids`, for snippets. */
export async function readTexts(db: Db, ids: number[]): Promise<{ bodies: Map<number, string>; attachments: Map<number, string[]> }> {
  if (ids.length === 0) return { bodies: new Map(), attachments: new Map() };
  const [bodies, attachments] = await Promise.all([
    db.selectFrom('resources').select(['id', 'body']).where('id', 'in', ids).execute(),
    db.selectFrom('attachments').select(['resource_id', 'text_content'])
      .where('resource_id', 'in', ids).where('text_content', 'is not', null)
      .orderBy('resource_id').orderBy('position').orderBy('id').execute(),
  ]);
  const byResource = new Map<number, string[]>();
  for (const a of attachments) byResource.set(a.resource_id, [...(byResource.get(a.resource_id) ?? []), a.text_content ?? '']);
  return { bodies: new Map(bodies.map((b) => [b.id, b.body])), attachments: byResource };
}
