import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { dialectOf, type Dialect } from '../dialect.ts';
import { postgresSearch } from './postgres.ts';
import { sqliteSearch } from './sqlite-fts5.ts';
import { parseSearch, type SearchTerm } from './terms.ts';

export { parseSearch, wordsOf, foldText, type SearchTerm } from './terms.ts';

/**
 * Full-text search over a resource's title, summary, body and attachment text, one
 * implementation per engine. Both index the same words (SQLite's unicode61 rules, see
 * unicode61.ts) and read the same terms, so they find the same resources.
 */
export interface SearchEngine {
  /** A condition on the `resources` row: its text contains every term. */
  matches(terms: SearchTerm[]): Expression<SqlBool>;
}

const engines: Record<Dialect, SearchEngine> = { sqlite: sqliteSearch, postgres: postgresSearch };

/** The search implementation for an engine. */
export function searchEngine(dialect: Dialect): SearchEngine {
  return engines[dialect];
}

/**
 * The condition "this resource's text matches what the visitor typed", for a query over
 * `resources`. Any input is safe: it is reduced to words first (see parseSearch); input with
 * no words matches nothing.
 */
export function searchCondition(db: Kysely<any>, q: string): Expression<SqlBool> {
  const terms = parseSearch(q);
  if (terms.length === 0) return sql<SqlBool>`1 = 0`;
  return searchEngine(dialectOf(db)).matches(terms);
}
