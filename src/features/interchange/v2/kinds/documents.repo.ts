import type { Field } from '../kind.ts';
import { WORKFLOW_FIELDS, day, int, optText, slug, text } from './fields.ts';
import { tableKind } from './table.repo.ts';

/** Projects, with their Spanish name and description (migration 017). Membership is on each resource. */
export const PROJECT_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'name', column: 'name', schema: text },
  { json: 'nameEs', column: 'name_es', schema: optText },
  { json: 'summary', column: 'summary', schema: text },
  { json: 'summaryEs', column: 'summary_es', schema: optText },
  { json: 'body', column: 'body', schema: text },
  { json: 'position', column: 'position', schema: int },
  ...WORKFLOW_FIELDS,
];

export const STATEMENT_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'title', column: 'title', schema: text },
  { json: 'summary', column: 'summary', schema: text },
  { json: 'body', column: 'body', schema: text },
  { json: 'publishedOn', column: 'published_on', schema: day },
  ...WORKFLOW_FIELDS,
];

export const PAGE_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'title', column: 'title', schema: text },
  { json: 'summary', column: 'summary', schema: text },
  { json: 'body', column: 'body', schema: text },
  ...WORKFLOW_FIELDS,
];

export const projectKind = tableKind({ kind: 'project', table: 'projects', fields: PROJECT_FIELDS, naturalKeyOf: 'projects' });
export const statementKind = tableKind({ kind: 'statement', table: 'statements', fields: STATEMENT_FIELDS, naturalKeyOf: 'statements' });
export const pageKind = tableKind({ kind: 'page', table: 'pages', fields: PAGE_FIELDS, naturalKeyOf: 'pages' });
