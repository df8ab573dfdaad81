import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Spanish names for topics and resource types, and what the taxonomy screens need (filled in by the taxonomy work). */
export function taxonomySchema(_dialect: Dialect) {
  return {
    async up(_db: Kysely<any>) {},
  };
}
