import type { AttachmentTextState } from '../../platform/pdf-text.ts';
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ResourceEditorialColumns } from '../../content/content.table.ts';

export const RESOURCE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export interface ResourceTypesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** The name on Spanish pages; NULL shows `name` there too (migration 006). */
  name_es: Generated<string | null>;
  position: Generated<number>;
  /** Bumped by every staff edit; a save names the version it was opened at. */
  version: Generated<number>;
  /** Resources of this type older than this many years show an age notice; NULL never (migration 016). */
  notice_after_years: Generated<number | null>;
}

export interface SeriesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  parts: number | null;
}

export interface ResourcesTable {
  id: Generated<number>;
  slug: string;
  type_id: number;
  title: string;
  /** The title's sort key (lib/sort-key.ts), kept by every writer; "Title (A–Z)" orders by it. */
  sort_title: Generated<string>;
  summary: string;
  body: string;
  language: string;
  audience: string;
  status: ResourceStatus;
  /** The publication date readers see, `YYYY-MM-DD`. */
  published_on: string;
  /** The last substantive revision, `YYYY-MM-DD`. */
  updated_on: string | null;
  /** When the item went up on this site (ISO instant); drives "Latest Items". */
  posted_at: string;
  series_id: number | null;
  series_part: number | null;
  /** The part count this resource gives its series; `series.parts` follows published resources only. */
  series_of: Generated<number | null>;
  translation_of_id: number | null;
  /** `{PREFIX}-{YEAR}-{NNNN}`, given at first publication and never changed (migration 018). */
  document_number: Generated<string | null>;
  /** When staff last checked it is still right, `YYYY-MM-DD` (migration 018). */
  reviewed_on: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface ResourceTopicsTable {
  resource_id: number;
  topic_id: number;
  /** The resource's publication date while it is published, else NULL; kept by triggers (migration 005). */
  listed_on: Generated<string | null>;
}

export interface AuthorsTable {
  id: Generated<number>;
  name: string;
}

export interface ResourceAuthorsTable {
  resource_id: number;
  author_id: number;
  position: number;
  /** The affiliation this resource credits the author with; NULL none (migration 018). */
  affiliation: Generated<string | null>;
}

/** What changed in a resource and when, in the resource's language (migration 018). */
export interface ResourceUpdatesTable {
  id: Generated<number>;
  resource_id: number;
  position: number;
  /** `YYYY-MM-DD`. */
  noted_on: string;
  note: string;
}

/** The last document number given per prefix and year; it only grows (migration 018). */
export interface DocumentCountersTable {
  prefix: string;
  year: number;
  last: number;
}

export interface ResourceSupersedesTable {
  /** The newer resource. */
  resource_id: number;
  /** The older resource it replaces. */
  superseded_id: number;
}

export interface AttachmentsTable {
  id: Generated<number>;
  resource_id: number;
  filename: string;
  title: string;
  mime_type: string;
  bytes: number;
  storage_key: string | null;
  text_content: string | null;
  /** How much of the file's text is indexed: null all of it (or no file), else see AttachmentTextState. */
  text_state: AttachmentTextState | null;
  position: number;
}

export type { AttachmentTextState };

export type ResourceRow = Selectable<ResourcesTable>;
export type NewResourceRow = Insertable<ResourcesTable>;
export type ResourceUpdate = Updateable<ResourcesTable>;
export type ResourceTypeRow = Selectable<ResourceTypesTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;

declare module '../../db/schema.ts' {
  interface Database {
    resource_types: ResourceTypesTable;
    series: SeriesTable;
    resources: ResourcesTable & ResourceEditorialColumns;
    resource_topics: ResourceTopicsTable;
    authors: AuthorsTable;
    resource_authors: ResourceAuthorsTable;
    resource_updates: ResourceUpdatesTable;
    document_counters: DocumentCountersTable;
    resource_supersedes: ResourceSupersedesTable;
    attachments: AttachmentsTable;
  }
}
