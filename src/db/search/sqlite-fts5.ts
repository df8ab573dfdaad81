import { sql, type SqlBool } from 'kysely';
import type { SearchEngine } from './search-engine.ts';
import type { SearchTerm } from './terms.ts';

/**
 * An FTS5 query for terms: each term a quoted phrase ("212 h"), a prefix marked after the
 * quote, all joined with AND. Words hold only letters and digits, but quotes are doubled
 * anyway so nothing can ever leave its string.
 */
export function fts5Query(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ').replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' AND ');
}

/** SQLite: the contentless FTS5 table `resource_search`, keyed by resource id (migration 008). */
export const sqliteSearch: SearchEngine = {
  matches: (terms) => sql<SqlBool>`resources.id in (select rowid from resource_search where resource_search match ${fts5Query(terms)})`,
};
