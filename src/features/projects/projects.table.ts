import type { Generated, Selectable } from 'kysely';
import type { DocumentWorkflowColumns, PublishState, VersionedColumns } from '../../content/content.table.ts';

export interface ProjectsTable extends DocumentWorkflowColumns {
  id: Generated<number>;
  slug: string;
  name: string;
  summary: string;
  /** The name and description on Spanish pages; NULL shows the English ones, marked (migration 017). */
  name_es: Generated<string | null>;
  summary_es: Generated<string | null>;
  body: string;
  status: PublishState;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ProjectResourcesTable {
  project_id: number;
  resource_id: number;
}

export type ProjectRow = Selectable<ProjectsTable>;

declare module '../../db/schema.ts' {
  interface Database {
    projects: ProjectsTable & VersionedColumns;
    project_resources: ProjectResourcesTable;
  }
}
