import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Full-text search over titles, summaries, bodies and attachment text (filled in by the search work). */
export function searchSchema(_dialect: Dialect) {
  return {
    async up(_db: Kysely<any>) {},
  };
}
