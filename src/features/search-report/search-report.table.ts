import type { Generated } from 'kysely';

/**
 * One public library search (migration 013). Nothing here can tell who searched: no address, no
 * account, no cookie or session, and the day rather than the time.
 */
export interface SearchLogTable {
  id: Generated<number>;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  /** The interface language of the page searched from: `en` or `es`. */
  language: string;
  /** The words as normalized for the report (normalizeLoggedQuery): long numbers and emails removed. */
  query: string;
  results: number;
  /** 1 when the page offered a better-spelled query ("Did you mean"). */
  suggested: number;
  /** 1 when filters or a topic page narrowed the search. */
  filtered: number;
}

/** One result followed from a search page: the day, the language, the query it came from and the resource. */
export interface SearchClicksTable {
  id: Generated<number>;
  day: string;
  language: string;
  query: string;
  resource_id: number;
}

/** The day expired rows were last deleted (one row, id 1), so one node does it each day. */
export interface SearchLogStateTable {
  id: number;
  purged_on: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    search_log: SearchLogTable;
    search_clicks: SearchClicksTable;
    search_log_state: SearchLogStateTable;
  }
}
