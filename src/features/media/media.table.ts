import type { Generated, Selectable } from 'kysely';

export interface MediaTable {
  id: Generated<number>;
  /** Base name under `$DATA_DIR/media` (or the bundled demo folder); variants add `-<width>.<ext>`. */
  storage_key: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  created_at: string;
}

export type MediaRow = Selectable<MediaTable>;

declare module '../../db/schema.ts' {
  interface Database {
    media: MediaTable;
  }
}
