import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { engineOf } from '../engine.ts';
import { parseSearch, wordsOf } from './terms.ts';
import { databaseFault } from '../faults.ts';

export { parseSearch, wordsOf, foldText, type SearchTerm } from './terms.ts';
export type { SearchEngine } from './search-engine.ts';

/**
 * The condition "this resource's text matches what the visitor typed", for a query over
 * `resources`. Any input is safe: it is reduced to words first (see parseSearch); input with
 * no words matches nothing.
 */
export function searchCondition(db: Kysely<any>, q: string): Expression<SqlBool> {
  const terms = parseSearch(q);
  if (terms.length === 0) return sql<SqlBool>`1 = 0`;
  return engineOf(db).search.matches(terms);
}

/**
 * Runs a bulk write (an import) with the search index's background merging paused, then, when
 * `wroteMuch` says so, merges the index once. FTS5 merges its segments a little on every
 * commit; during 100,000 inserts that was nearly half the import's CPU time, and one merge at
 * the end takes about a second. Only SQLite needs this; PostgreSQL's GIN index buffers its own
 * updates. A process killed mid-way leaves merging paused, which only means the index merges
 * when it has to (crisis merges); the next import puts it back.
 */
export async function withSearchMergingPaused<T>(
  db: Kysely<any>, write: () => Promise<T>, wroteMuch: (result: T) => boolean = () => true,
): Promise<T> {
  if (engineOf(db).dialect !== 'sqlite') return write();
  await sql`insert into resource_search (resource_search, rank) values ('automerge', 0)`.execute(db);
  const upkeep = async (merge: boolean) => {
    try {
      await sql`insert into resource_search (resource_search, rank) values ('automerge', 4)`.execute(db);
      // A full merge costs time in proportion to the whole index: worth it after a bulk write,
      // not after a few lines (background merging takes those in its stride).
      if (merge) {
        // Without statistics on the index's blocks (a new database has none), deleting the merged
        // segments took ~16 s at 100,000 resources instead of ~1 s: count them first.
        await sql`analyze resource_search_data`.execute(db);
        await sql`insert into resource_search (resource_search) values ('optimize')`.execute(db);
      }
    } catch (err) {
      // On a full disk (or a lost connection) this upkeep fails too; the index stays correct,
      // only less compact, and the outcome of the write (or its own error) is what to report.
      if (!databaseFault(err)) throw err;
    }
  };
  let result: T;
  try {
    result = await write();
  } catch (err) {
    await upkeep(true);
    throw err;
  }
  await upkeep(wroteMuch(result));
  return result;
}

// PostgreSQL's tsvector limits, as to_tsvector applies them (src/include/tsearch/ts_type.h):
// a lexeme of 2,048 bytes or more is skipped without taking a position, positions stop at
// 16,383, and a lexeme keeps at most 255 of them.
const MAX_LEXEME_BYTES = 2047;
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 255;

/**
 * PostgreSQL only: the search vector of `words` as a tsvector literal, equal to what
 * `to_tsvector('simple', words joined by spaces)` returns (a test compares them) but built here:
 * the server then only reads a sorted list instead of parsing text, which was the largest part
 * of an import's database time. Each word is one lexeme at its word number, as the search side
 * (postgres.ts) assumes. Null for very long texts, which the insert trigger indexes instead.
 */
export function searchVectorLiteral(words: readonly string[]): string | null {
  const positions = new Map<string, number[]>();
  let position = 0;
  let size = 0;
  for (const word of words) {
    size += word.length + 1;
    // UTF-16 length × 3 bounds the UTF-8 size: only long words need counting.
    if (word.length * 3 > MAX_LEXEME_BYTES && Buffer.byteLength(word) > MAX_LEXEME_BYTES) continue;
    position = Math.min(position + 1, MAX_POSITION);
    const list = positions.get(word);
    if (!list) positions.set(word, [position]);
    else if (list.length < MAX_POSITIONS && list[list.length - 1] !== position) list.push(position);
  }
  if (size > 90_000) return null;
  // Sorted as PostgreSQL orders lexemes (byte order, which JS order matches for all but rare
  // characters), its parser's sort finds the list already in order.
  let literal = '';
  for (const word of [...positions.keys()].sort()) {
    const quoted = word.includes("'") || word.includes('\\') ? word.replace(/['\\]/g, (c) => `\\${c}`) : word;
    literal += `${literal ? ' ' : ''}'${quoted}':${positions.get(word)!.join(',')}`;
  }
  return literal;
}

/**
 * PostgreSQL only: the search vector of a new resource with no attachment text yet, for bulk
 * inserts: words split and folded here (wordsOf: the same rules as the database's
 * haven_search_text), sent as a ready tsvector (searchVectorLiteral). Null (the insert trigger
 * computes it) for very long texts, which the trigger indexes on their first 100,000 characters.
 */
export function newResourceSearchVector(title: string, summary: string, body: string): RawBuilder<unknown> | null {
  const literal = searchVectorLiteral([...wordsOf(title), ...wordsOf(summary), ...wordsOf(body)]);
  return literal === null ? null : sql`cast(${literal} as tsvector)`;
}

/**
 * The search-index columns a new resource row carries when written in bulk: on PostgreSQL its
 * ready vector (newResourceSearchVector), on SQLite none (the FTS5 trigger indexes the row).
 */
export function newResourceSearchColumns(db: Kysely<any>, title: string, summary: string, body: string): { search_vector?: RawBuilder<unknown> | null } {
  return engineOf(db).dialect === 'postgres' ? { search_vector: newResourceSearchVector(title, summary, body) } : {};
}

/**
 * Inside a bulk-writing transaction on PostgreSQL: let the search index's GIN pending list grow to
 * 64 MB before it is merged into the index (default 4 MB), so a batch of inserts is merged in
 * fewer, larger, sorted passes (~10% faster imports). `set local` ends with the transaction.
 */
export async function allowLargeSearchPendingList(trx: Kysely<any>): Promise<void> {
  if (engineOf(trx).dialect !== 'postgres') return;
  await sql`set local gin_pending_list_limit = '64MB'`.execute(trx);
}
