import type { Generated, Selectable } from 'kysely';

export type PublishState = 'draft' | 'review' | 'published' | 'archived';

export interface StatementsTable {
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

export interface PagesTable {
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
