import type { Generated, Selectable } from 'kysely';

export interface HomepageFeaturesTable {
  id: Generated<number>;
  position: number;
  kind: 'statement' | 'resource';
  statement_id: number | null;
  resource_id: number | null;
  /** Overrides the item's own summary on the homepage when set. */
  teaser: string | null;
  /** The teaser on Spanish pages; NULL shows the English one there, marked as English (migration 017). */
  teaser_es: Generated<string | null>;
  media_id: number | null;
}

export interface SettingsTable {
  key: string;
  /** JSON document. */
  value: string;
}

export type HomepageFeatureRow = Selectable<HomepageFeaturesTable>;

declare module '../../db/schema.ts' {
  interface Database {
    homepage_features: HomepageFeaturesTable;
    settings: SettingsTable;
  }
}
