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

declare module '../../db/schema.ts' {
  interface Database {
    resource_authorities: ResourceAuthoritiesTable;
    authorities: AuthoritiesTable;
  }
}
