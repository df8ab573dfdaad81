import type { Generated, Selectable } from 'kysely';
import type { DocumentWorkflowColumns, PublishState, VersionedColumns } from '../../content/content.table.ts';

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

declare module '../../db/schema.ts' {
  interface Database {
    statements: StatementsTable & VersionedColumns;
    pages: PagesTable & VersionedColumns;
  }
}
