import type { Kysely } from 'kysely';

/** The content generation counter (one row, id 1); see generation.ts. */
export interface ContentStateTable {
  id: number;
  generation: number;
}

/**
 * Every table Haven knows, as Kysely sees them. The database layer declares only its own
 * infrastructure here; each feature adds its tables from its `<name>.table.ts` by declaration
 * merging:
 *
 *     declare module '../../db/schema.ts' {
 *       interface Database { topics: TopicsTable }
 *     }
 *
 * so `src/db` never imports a feature, and the composition root (src/app/schema.ts) lists the
 * table files that make up the whole schema.
 */
export interface Database {
  content_state: ContentStateTable;
}

/** A connection (or transaction) to Haven's database. */
export type Db = Kysely<Database>;
