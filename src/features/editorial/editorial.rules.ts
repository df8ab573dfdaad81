import type { Db } from '../../db/database.ts';
import type { ResourceStatus } from '../resources/resources.table.ts';
import type { ResourceWrite } from '../resources/resources.write.repo.ts';
import { missingSlugs, resourceIdBySlug } from './editorial.repo.ts';
import { FieldsError } from './editorial.errors.ts';
import { parseResourceInput, type FieldErrors, type ResourceInput, type ResourceSnapshot } from './editorial.schema.ts';

/** Validates raw input, throwing a FieldsError keyed by field. */
export function validInput(raw: unknown): ResourceInput {
  const parsed = parseResourceInput(raw);
  if (!parsed.ok) throw new FieldsError(parsed.errors);
  return parsed.value;
}

/**
 * Checks what the schema cannot: the slug is free, and the type, topics and referenced resources
 * exist. Staff pick types and topics from lists; admins manage those lists, so the editor never
 * creates one by accident.
 */
export async function checkReferences(db: Db, input: ResourceInput, selfId: number | null): Promise<void> {
  const errors: FieldErrors = {};
  const [owner, types, topics, originals, older] = await Promise.all([
    resourceIdBySlug(db, input.slug),
    missingSlugs(db, 'resource_types', [input.type]),
    missingSlugs(db, 'topics', input.topics),
    missingSlugs(db, 'resources', input.translationOf ? [input.translationOf] : []),
    missingSlugs(db, 'resources', input.supersedes),
  ]);
  if (owner !== undefined && owner !== selfId) errors.slug = `Another resource already uses the address "${input.slug}". Choose another.`;
  if (types.length) errors.type = `There is no type "${input.type}".`;
  if (topics.length) errors.topics = `There is no topic ${topics.map((t) => `"${t}"`).join(', ')}.`;
  if (originals.length) errors.translationOf = `There is no resource "${input.translationOf}" to be a translation of.`;
  if (older.length) errors.supersedes = `There is no resource ${older.map((s) => `"${s}"`).join(', ')}.`;
  if (Object.keys(errors).length) throw new FieldsError(errors);
}

/** The shared resource writer's input for edited fields; attachments are managed separately. */
export function toResourceWrite(input: ResourceInput, status: ResourceStatus): ResourceWrite {
  return {
    slug: input.slug, type: input.type, title: input.title, summary: input.summary, body: input.body, topics: input.topics,
    language: input.language, audience: input.audience, status, publishedOn: input.publishedOn, updatedOn: input.updatedOn,
    authors: input.authors, series: input.series, translationOf: input.translationOf, supersedes: input.supersedes, attachments: [],
  };
}

/** The editable fields of a snapshot. */
export function inputOf(s: ResourceSnapshot): ResourceInput {
  return {
    title: s.title, slug: s.slug, type: s.type, topics: s.topics, language: s.language, audience: s.audience, summary: s.summary,
    body: s.body, publishedOn: s.publishedOn, updatedOn: s.updatedOn, authors: s.authors, series: s.series,
    translationOf: s.translationOf, supersedes: s.supersedes,
  };
}

/** The instant a resource is scheduled for, normalised to ISO UTC; it must lie in the future. */
export function validPublishAt(value: string | Date, now: Date): string {
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) throw new FieldsError({ publishAt: 'Enter a date and time to publish.' });
  if (at.getTime() <= now.getTime()) throw new FieldsError({ publishAt: 'Choose a time in the future to schedule publication.' });
  if (at.getUTCFullYear() > 9999) throw new FieldsError({ publishAt: 'Choose a date before the year 10000.' });
  return at.toISOString();
}
