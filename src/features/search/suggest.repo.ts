import type { Db } from '../../db/schema.ts';
import { byCodePoint } from '../../db/engine.ts';

/** The first string after every string starting with `prefix`, in code-point order (for range scans). */
function pastPrefix(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
}

/**
 * Published resources whose title's sort key starts with `key`, in title order: one range scan of
 * the (status, sort_title, id) index, however large the library.
 */
export async function titlesStartingWith(db: Db, key: string, limit: number): Promise<{ slug: string; title: string; language: string }[]> {
  // Compared as code points, as the index is built (collate "C" on PostgreSQL).
  const column = byCodePoint(db, 'sort_title');
  return db.selectFrom('resources').select(['slug', 'title', 'language'])
    .where('status', '=', 'published')
    .where(column, '>=', key).where(column, '<', pastPrefix(key))
    .orderBy(byCodePoint(db, 'sort_title')).orderBy('id').limit(limit).execute();
}

/**
 * Indexed terms starting with `prefix` (citation keys are stored as `§` + key), in code-point
 * order: a range scan of the postings' (term, bucket) index, a few rows per term.
 */
export async function termsStartingWith(db: Db, prefix: string, limit: number): Promise<string[]> {
  // The plain column, as its index is built; under a collation that orders otherwise than code
  // points, the check below still keeps only what truly starts with the prefix.
  const rows = await db.selectFrom('search_postings').select('term').groupBy('term')
    .where('term', '>=', prefix).where('term', '<', pastPrefix(prefix))
    .orderBy(byCodePoint(db, 'term')).limit(limit).execute();
  return rows.map((r) => r.term).filter((t) => t.startsWith(prefix));
}

/** Every topic's slug and names (a few dozen rows, cached per content generation by the caller). */
export async function topicNames(db: Db): Promise<{ slug: string; name: string; name_es: string | null }[]> {
  return db.selectFrom('topics').select(['slug', 'name', 'name_es']).orderBy('id').execute();
}

/** Slug, title and language of those of `ids` that are published (order not kept). */
export async function publishedTitles(db: Db, ids: number[]): Promise<{ id: number; slug: string; title: string; language: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('resources').select(['id', 'slug', 'title', 'language'])
    .where('status', '=', 'published').where('id', 'in', ids).execute();
}
