import type { Generated, Selectable } from 'kysely';

/** Workflow states of projects, statements and pages: the same five as resources. */
export type PublishState = 'draft' | 'review' | 'scheduled' | 'published' | 'archived';

/** Columns migration 004 adds to projects, statements and pages for the editorial workflow. */
export interface DocumentWorkflowColumns {
  /** The staff account that created the item (null for seeded content or a deleted account). */
  author_id: number | null;
  /** When a scheduled item goes up (ISO instant, UTC). */
  publish_at: string | null;
  /** When it was last submitted for review (ISO instant). */
  submitted_at: string | null;
}

/** Columns migration 003 adds to `resources` for the editorial workflow. */
export interface ResourceEditorialColumns {
  /** Optimistic-locking counter: every change increments it; a save names the version it started from. */
  version: Generated<number>;
  /** The staff account that created the resource (null for seeded or imported content). */
  author_id: number | null;
  /** When a scheduled resource goes up (ISO instant, UTC). */
  publish_at: string | null;
  /** When it was last submitted for review (ISO instant). */
  submitted_at: string | null;
  /** When it was first published; a re-publication keeps `posted_at` unchanged. */
  first_published_at: string | null;
}

/** The version column migration 003 adds to projects, statements and pages. */
export interface VersionedColumns {
  version: Generated<number>;
}

/** The kinds of content that keep revisions. */
export type RevisionEntity = 'resource' | 'project' | 'statement' | 'page';

/** One saved state of an editable item; appended on every change, never updated. */
export interface RevisionsTable {
  id: Generated<number>;
  entity_type: RevisionEntity;
  entity_id: number;
  /** The entity's version this revision records (the version after the change). */
  version: number;
  user_id: number | null;
  created_at: string;
  /** JSON of every editable field, see ResourceSnapshot. */
  snapshot: string;
  /** What happened in English ("Edited title and body"), for logs and exports; never read back. */
  summary: string;
  /** What happened (revision.ts RevisionEvent); NULL only for an old summary migration 021 did not recognise. */
  event: string | null;
  /** For `restored`: the version whose fields were restored. */
  restored_from: number | null;
  /** JSON `[{field, from, to}]` of the fields that changed (revision.ts FieldChangeRecord); NULL where not known. */
  changes: string | null;
}

export type RevisionRow = Selectable<RevisionsTable>;

/** An item's former slug, so its old address answers 301 to the current one (migration 022). */
export interface SlugRedirectsTable {
  id: Generated<number>;
  entity_type: RevisionEntity;
  old_slug: string;
  entity_id: number;
  created_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    revisions: RevisionsTable;
    slug_redirects: SlugRedirectsTable;
  }
}
