import type { Generated } from 'kysely';

/** Per term and block of resource ids: the resources containing the term, packed (index/postings.ts). */
export interface SearchPostingsTable {
  term: string;
  bucket: number;
  /** How many resources the packed data holds. */
  docs: number;
  data: Uint8Array;
}

/** The terms an indexed resource has (JSON array), to take them out when it changes. */
export interface SearchDocsTable {
  resource_id: number;
  terms: string;
}

/** Per block of resource ids: what filters and facets need of each indexed resource (JSON). */
export interface SearchAttrsTable {
  bucket: number;
  /** Bumped on every change, so a node reloads only the blocks that changed. */
  version: number;
  data: string;
}

/** Words seen in indexed text, for prefix completion and spelling suggestions. */
export interface SearchWordsTable {
  word: string;
}

/** Resources whose index entry is out of date (filled by triggers, migration 012). */
export interface SearchQueueTable {
  resource_id: number;
}

/** A staff-edited synonym group: equivalent phrases (JSON array of strings). */
export interface SearchSynonymsTable {
  id: Generated<number>;
  phrases: string;
  updated_at: string;
  /** Bumped by every save, so a stale edit form is refused (migration 013). */
  version: Generated<number>;
}

declare module '../../db/schema.ts' {
  interface Database {
    search_postings: SearchPostingsTable;
    search_docs: SearchDocsTable;
    search_attrs: SearchAttrsTable;
    search_words: SearchWordsTable;
    search_queue: SearchQueueTable;
    search_synonyms: SearchSynonymsTable;
  }
}
