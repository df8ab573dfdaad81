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

export interface StatementsTable extends DocumentWorkflowColumns {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: PublishState;
  published_on: string;
  created_at: string;
  updated_at: string;
}

export interface PagesTable extends DocumentWorkflowColumns {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: PublishState;
  created_at: string;
  updated_at: string;
}

export type StatementRow = Selectable<StatementsTable>;
export type PageRow = Selectable<PagesTable>;
