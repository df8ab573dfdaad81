import type { Field } from '../kind.ts';
import { int, optInt, optText, slug, text } from './fields.ts';
import { tableKind } from './table.repo.ts';

/** Resource types: names in every language and per-type settings (the age notice). */
export const TYPE_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'name', column: 'name', schema: text },
  { json: 'nameEs', column: 'name_es', schema: optText },
  { json: 'position', column: 'position', schema: int },
  { json: 'noticeAfterYears', column: 'notice_after_years', schema: optInt },
  { json: 'version', column: 'version', schema: int },
];

/** Topics: names and descriptions in every language. */
export const TOPIC_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'name', column: 'name', schema: text },
  { json: 'nameEs', column: 'name_es', schema: optText },
  { json: 'description', column: 'description', schema: text },
  { json: 'descriptionEs', column: 'description_es', schema: optText },
  { json: 'version', column: 'version', schema: int },
];

/** Series (a resource names its series by slug). */
export const SERIES_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'title', column: 'title', schema: text },
  { json: 'parts', column: 'parts', schema: optInt },
];

/** Authors as a list of their own, so names keep their order of creation (and, later, more fields). */
export const AUTHOR_FIELDS: readonly Field[] = [
  { json: 'name', column: 'name', schema: text },
];

export const typeKind = tableKind({ kind: 'type', table: 'resource_types', fields: TYPE_FIELDS, naturalKeyOf: 'resource_types' });
export const topicKind = tableKind({ kind: 'topic', table: 'topics', fields: TOPIC_FIELDS, naturalKeyOf: 'topics' });
export const seriesKind = tableKind({ kind: 'series', table: 'series', fields: SERIES_FIELDS, naturalKeyOf: 'series' });
export const authorKind = tableKind({ kind: 'author', table: 'authors', fields: AUTHOR_FIELDS, naturalKeyOf: 'authors' });
