import type { Db } from '../../db/schema.ts';
import { citedAuthorities, replaceResourceAuthorities, type CitedAuthorityRow, type FieldCitations } from '../authorities/index.ts';
import { analyzeDocument, type CitationTerms } from './analyzer/document.ts';
import { searchKeysOf, type CitationReader } from './citations.ts';
import { encodeAttrs, decodeAttrs, type IndexedAttrs } from './index/attrs.ts';
import { bucketOf, BUCKET_SIZE, mergePostings } from './index/postings.ts';
import {
  addWords, deleteDocTerms, lockIndex, readAttrBlocks, readBucketPostings, readDocTerms, readSources,
  takeQueued, writeAttrBlocks, writeBucketPostings, writeDocTerms, type SourceData,
} from './search.repo.ts';

/** Resources (re)indexed per round; a round's rows are read and written together. */
const ROUND = 500;

/** What a re-index did. */
export interface IndexStats {
  indexed: number;
  removed: number;
}

/**
 * Re-indexes every queued resource, inside the caller's transaction (the one that wrote them, so
 * the index never disagrees with committed content), and stores the authorities each one cites
 * from the same reading of its text. Returns how many were done.
 */
export async function indexQueued(trx: Db, readCitations: CitationReader, limit = Infinity): Promise<IndexStats> {
  const stats: IndexStats = { indexed: 0, removed: 0 };
  let locked = false;
  while (stats.indexed + stats.removed < limit) {
    const ids = await takeQueued(trx, Math.min(ROUND, limit - stats.indexed - stats.removed));
    if (ids.length === 0) break;
    if (!locked) await lockIndex(trx);
    locked = true;
    const done = await reindex(trx, ids, readCitations);
    stats.indexed += done.indexed;
    stats.removed += done.removed;
  }
  return stats;
}

/**
 * Re-indexes `ids` from their stored rows: published ones are (re)entered, others taken out; their
 * authorities are replaced likewise (an unpublished resource cites none that anyone can see).
 */
export async function reindex(trx: Db, ids: number[], readCitations: CitationReader): Promise<IndexStats> {
  const [source, previous] = await Promise.all([readSources(trx, ids), readDocTerms(trx, ids)]);
  const entries = buildEntries(source, readCitations);
  // Per bucket, per term: (offset, impact) pairs in the order they apply; impact 0 takes the
  // resource out (stored impacts are at least 1). A resource's removals come before its additions.
  const changes = new Map<number, Map<string, number[]>>();
  for (const id of ids) {
    const bucket = bucketOf(id);
    let terms = changes.get(bucket);
    if (!terms) changes.set(bucket, (terms = new Map()));
    const offset = id % BUCKET_SIZE;
    for (const term of previous.get(id) ?? []) {
      const list = terms.get(term);
      if (list) list.push(offset, 0);
      else terms.set(term, [offset, 0]);
    }
    for (const [term, impact] of entries.get(id)?.impacts ?? []) {
      const list = terms.get(term);
      if (list) list.push(offset, impact);
      else terms.set(term, [offset, impact]);
    }
  }
  for (const [bucket, terms] of [...changes].sort((a, b) => a[0] - b[0])) {
    const names = [...terms.keys()];
    const stored = await readBucketPostings(trx, bucket, names);
    const rows: { term: string; docs: number; data: Uint8Array }[] = [];
    const emptied: string[] = [];
    for (const term of names) {
      const data = mergePostings(stored.get(term), terms.get(term)!);
      if (data.byteLength === 0) {
        if (stored.has(term)) emptied.push(term);
      } else {
        rows.push({ term, docs: data.byteLength >>> 2, data });
      }
    }
    await writeBucketPostings(trx, bucket, rows, emptied);
  }
  await writeAttrs(trx, ids, entries);
  const indexed = ids.filter((id) => entries.has(id));
  const removed = ids.filter((id) => !entries.has(id));
  await deleteDocTerms(trx, removed.filter((id) => previous.has(id)));
  await writeDocTerms(trx, indexed.map((id) => ({ resource_id: id, terms: JSON.stringify([...entries.get(id)!.impacts.keys()]) })));
  await addWords(trx, [...new Set(indexed.flatMap((id) => [...entries.get(id)!.words]))]);
  await replaceResourceAuthorities(trx, ids, new Map(indexed.map((id) => [id, entries.get(id)!.authorities])));
  return { indexed: indexed.length, removed: removed.filter((id) => previous.has(id)).length };
}

interface Entry {
  impacts: Map<string, number>;
  attrs: IndexedAttrs;
  words: Set<string>;
  authorities: CitedAuthorityRow[];
}

/** Analyzes every published resource of `source`. */
function buildEntries(source: SourceData, readCitations: CitationReader): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  const types = new Map(source.types.map((t) => [t.id, t]));
  const superseded = new Set(source.superseded);
  const topicsOf = groupBy(source.topics, (t) => t.resource_id);
  const textsOf = groupBy(source.attachmentText, (a) => a.resource_id);
  const projectsOf = groupBy(source.projects, (p) => p.resource_id);
  for (const r of source.resources) {
    if (r.status !== 'published') continue;
    const topics = topicsOf.get(r.id) ?? [];
    const type = types.get(r.type_id);
    const labels = [...topics, ...(type ? [type] : [])].flatMap((t) => [
      { text: t.name, language: 'en' }, ...(t.name_es ? [{ text: t.name_es, language: 'es' }] : []),
    ]);
    const pdfText = (textsOf.get(r.id) ?? []).map((a) => a.text_content ?? '').join('\f');
    const doc = { language: r.language, title: r.title, summary: r.summary, body: r.body, pdfText, labels, documentNumber: r.document_number };
    // One reading of the citations serves both the index and the stored authorities.
    const found: FieldCitations[] = [];
    const citationTerms: CitationTerms = (text, field) => {
      const citations = readCitations(text);
      found.push({ field, citations });
      return searchKeysOf(citations);
    };
    const analyzed = analyzeDocument(doc, citationTerms);
    entries.set(r.id, {
      impacts: analyzed.impacts,
      words: analyzed.words,
      authorities: citedAuthorities(found),
      attrs: {
        id: r.id, published: r.published_on, type: r.type_id, language: r.language, audience: r.audience,
        superseded: superseded.has(r.id), topics: topics.map((t) => t.topic_id),
        projects: (projectsOf.get(r.id) ?? []).map((p) => p.project_id), sortTitle: r.sort_title,
      },
    });
  }
  return entries;
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/** Rewrites the attribute blocks `ids` fall in. */
async function writeAttrs(trx: Db, ids: number[], entries: Map<number, Entry>): Promise<void> {
  const buckets = [...new Set(ids.map(bucketOf))].sort((a, b) => a - b);
  const stored = new Map((await readAttrBlocks(trx, buckets)).map((b) => [b.bucket, decodeAttrs(b.data)]));
  const blocks = buckets.map((bucket) => {
    const byId = new Map((stored.get(bucket) ?? []).map((a) => [a.id, a]));
    for (const id of ids) {
      if (bucketOf(id) !== bucket) continue;
      const entry = entries.get(id);
      if (entry) byId.set(id, entry.attrs);
      else byId.delete(id);
    }
    const docs = [...byId.values()].sort((a, b) => a.id - b.id);
    return { bucket, data: docs.length ? encodeAttrs(docs) : null };
  });
  await writeAttrBlocks(trx, blocks);
}
