import type { Generated, Selectable } from 'kysely';

export interface ProjectsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  summary: string;
  body: string;
  status: 'draft' | 'published' | 'archived';
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ProjectResourcesTable {
  project_id: number;
  resource_id: number;
}

export type ProjectRow = Selectable<ProjectsTable>;
