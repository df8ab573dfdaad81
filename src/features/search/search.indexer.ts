import type { Db } from '../../db/database.ts';
import { analyzeDocument, type CitationTerms } from './analyzer/document.ts';
import { isStopWordIn } from './analyzer/stopwords.ts';
import { markdownToText, wordsOf } from './analyzer/text.ts';
import { encodeAttrs, decodeAttrs, type IndexedAttrs } from './index/attrs.ts';
import { bucketOf, BUCKET_SIZE, encodePostings, postingsMap } from './index/postings.ts';
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
 * the index never disagrees with committed content). Returns how many were done.
 */
export async function indexQueued(trx: Db, citationTerms: CitationTerms, limit = Infinity): Promise<IndexStats> {
  const stats: IndexStats = { indexed: 0, removed: 0 };
  let locked = false;
  while (stats.indexed + stats.removed < limit) {
    const ids = await takeQueued(trx, Math.min(ROUND, limit - stats.indexed - stats.removed));
    if (ids.length === 0) break;
    if (!locked) await lockIndex(trx);
    locked = true;
    const done = await reindex(trx, ids, citationTerms);
    stats.indexed += done.indexed;
    stats.removed += done.removed;
  }
  return stats;
}

/** Re-indexes `ids` from their stored rows: published ones are (re)entered, others taken out. */
export async function reindex(trx: Db, ids: number[], citationTerms: CitationTerms): Promise<IndexStats> {
  const [source, previous] = await Promise.all([readSources(trx, ids), readDocTerms(trx, ids)]);
  const entries = buildEntries(source, citationTerms);
  // Per bucket, per term: offset → new impact, or null to take the resource out.
  const changes = new Map<number, Map<string, Map<number, number | null>>>();
  const change = (id: number, term: string, impact: number | null) => {
    const bucket = bucketOf(id);
    let terms = changes.get(bucket);
    if (!terms) changes.set(bucket, (terms = new Map()));
    let offsets = terms.get(term);
    if (!offsets) terms.set(term, (offsets = new Map()));
    offsets.set(id % BUCKET_SIZE, impact);
  };
  for (const id of ids) {
    for (const term of previous.get(id) ?? []) change(id, term, null);
    for (const [term, impact] of entries.get(id)?.impacts ?? []) change(id, term, impact);
  }
  for (const [bucket, terms] of [...changes].sort((a, b) => a[0] - b[0])) {
    const names = [...terms.keys()];
    const stored = await readBucketPostings(trx, bucket, names);
    const rows: { term: string; docs: number; data: Uint8Array }[] = [];
    const emptied: string[] = [];
    for (const term of names) {
      const postings = postingsMap(stored.get(term));
      for (const [offset, impact] of terms.get(term)!) {
        if (impact === null) postings.delete(offset);
        else postings.set(offset, impact);
      }
      if (postings.size === 0) {
        if (stored.has(term)) emptied.push(term);
      } else {
        rows.push({ term, docs: postings.size, data: encodePostings(postings) });
      }
    }
    await writeBucketPostings(trx, bucket, rows, emptied);
  }
  await writeAttrs(trx, ids, entries);
  const indexed = ids.filter((id) => entries.has(id));
  const removed = ids.filter((id) => !entries.has(id));
  await deleteDocTerms(trx, removed.filter((id) => previous.has(id)));
  await writeDocTerms(trx, indexed.map((id) => ({ resource_id: id, terms: JSON.stringify([...entries.get(id)!.impacts.keys()]) })));
  await addWords(trx, [...new Set(indexed.flatMap((id) => entries.get(id)!.words))]);
  return { indexed: indexed.length, removed: removed.filter((id) => previous.has(id)).length };
}

interface Entry {
  impacts: Map<string, number>;
  attrs: IndexedAttrs;
  words: string[];
}

/** Analyzes every published resource of `source`. */
function buildEntries(source: SourceData, citationTerms: CitationTerms): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  const types = new Map(source.types.map((t) => [t.id, t]));
  const superseded = new Set(source.superseded);
  for (const r of source.resources) {
    if (r.status !== 'published') continue;
    const topics = source.topics.filter((t) => t.resource_id === r.id);
    const type = types.get(r.type_id);
    const labels = [...topics, ...(type ? [type] : [])].flatMap((t) => [
      { text: t.name, language: 'en' }, ...(t.name_es ? [{ text: t.name_es, language: 'es' }] : []),
    ]);
    const pdfText = source.attachmentText.filter((a) => a.resource_id === r.id).map((a) => a.text_content ?? '').join('\f');
    const doc = { language: r.language, title: r.title, summary: r.summary, body: r.body, pdfText, labels };
    entries.set(r.id, {
      impacts: analyzeDocument(doc, citationTerms),
      words: vocabulary(r.language, [r.title, r.summary, markdownToText(r.body), pdfText]),
      attrs: {
        id: r.id, published: r.published_on, type: r.type_id, language: r.language, audience: r.audience,
        superseded: superseded.has(r.id), topics: topics.map((t) => t.topic_id),
        projects: source.projects.filter((p) => p.resource_id === r.id).map((p) => p.project_id), sortTitle: r.sort_title,
      },
    });
  }
  return entries;
}

/** Words worth suggesting from a resource's text: letters, 3–30 long, not stop words. */
function vocabulary(language: string, texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length >= 3 && word.length <= 30 && !/\d/.test(word) && !isStopWordIn(word, language)) words.add(word);
    }
  }
  return [...words];
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
