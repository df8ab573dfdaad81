import { sql, type SqlBool } from 'kysely';
import type { SearchEngine } from './search-engine.ts';
import type { SearchTerm } from './terms.ts';

const lexeme = (word: string) => `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'`;

/**
 * A tsquery for terms, written out rather than parsed by to_tsquery: the words are already
 * folded and split as the index's (haven_search_text, migration 008), so they are compared
 * as they are. A term of several words is a phrase (<->), a prefix ends in :*, all joined with &.
 */
export function tsQuery(terms: SearchTerm[]): string {
  return terms.map((t) => {
    const words = t.words.map(lexeme);
    const phrase = words.length > 1 ? `(${words.join(' <-> ')}${t.prefix ? ':*' : ''})` : `${words[0]}${t.prefix ? ':*' : ''}`;
    return phrase;
  }).join(' & ');
}

/** PostgreSQL: `resources.search_vector`, kept by triggers, behind a GIN index (migration 008). */
export const postgresSearch: SearchEngine = {
  matches: (terms) => sql<SqlBool>`resources.search_vector @@ cast(${tsQuery(terms)} as tsquery)`,
};
