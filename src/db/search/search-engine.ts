import type { Expression, SqlBool } from 'kysely';
import type { SearchTerm } from './terms.ts';

/**
 * Full-text search over a resource's title, summary, body and attachment text, one
 * implementation per engine. Both index the same words (SQLite's unicode61 rules, see
 * unicode61.ts) and read the same terms, so they find the same resources.
 */
export interface SearchEngine {
  /** A condition on the `resources` row: its text contains every term. */
  matches(terms: SearchTerm[]): Expression<SqlBool>;
}
