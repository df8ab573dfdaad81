/** One authority a resource cites (migration 016): written by the search indexer, read by pages and the API. */
export interface ResourceAuthoritiesTable {
  resource_id: number;
  /** Canonical key (`INA 212(h)`, `23 I&N Dec. 621`): see docs/citations.md. */
  key: string;
  kind: string;
  /** The fullest form the resource cites it in. */
  display: string;
  /** Pin cites used (`["at 624"]`), a JSON array. */
  pins: string;
  /** The fields citing it, in the fixed order title, summary, body, pdf, comma-separated. */
  fields: string;
  mentions: number;
  /** Order of first citation within the resource (title first, PDF text last). */
  position: number;
}

/** Every key cited and each of its ancestors, with its parent: the map authority pages walk. */
export interface AuthoritiesTable {
  key: string;
  kind: string;
  parent_key: string | null;
}

/** What an override does (migration 019). */
export type OverrideAction = 'add' | 'suppress' | 'superseded' | 'changed';

/**
 * An editor's correction to what a resource cites (`add`, `suppress`: applied by the indexer on
 * every re-reading), or what it reports about an authority (`superseded`, `changed`: read by the
 * staff report). One row per resource, key and action (migration 019).
 */
export interface ResourceAuthorityOverridesTable {
  resource_id: number;
  key: string;
  action: OverrideAction;
  kind: string;
  /** The citation as the grammar read what the editor typed. */
  display: string;
  /** For `superseded` / `changed`: what changed, in the editor's words. */
  note: string | null;
  user_id: number | null;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    resource_authorities: ResourceAuthoritiesTable;
    authorities: AuthoritiesTable;
    resource_authority_overrides: ResourceAuthorityOverridesTable;
  }
}
