import type { Generated, Selectable } from 'kysely';

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** The name on Spanish pages; NULL shows `name` there too (migration 006). */
  name_es: Generated<string | null>;
  description: string;
  /** The description on Spanish pages; NULL shows `description`. */
  description_es: Generated<string | null>;
  /** Bumped by every staff edit; a save names the version it was opened at. */
  version: Generated<number>;
}

export type TopicRow = Selectable<TopicsTable>;

declare module '../../db/schema.ts' {
  interface Database {
    topics: TopicsTable;
  }
}
