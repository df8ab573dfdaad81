import type { Db } from '../../db/database.ts';
import type { ResourceStatus } from '../resources/index.ts';
import type { ResourceWrite } from '../resources/index.ts';
import { missingSlugs, resourceIdBySlug } from './editorial.repo.ts';
import { invalidFields, type ContentRefusal, type FieldTexts } from '../../content/refusal.ts';
import { fieldsErrorFromIssues } from './editorial.errors.ts';
import { resourceInputSchema, type ResourceInput, type ResourceSnapshot } from './editorial.schema.ts';

/** Validates raw input, throwing a ContentRefusal (`invalid`) keyed by field. */
export function validInput(raw: unknown): ResourceInput {
  const parsed = parseResourceInput(raw);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/**
 * Checks what the schema cannot: the slug is free, and the type, topics and referenced resources
 * exist. Staff pick types and topics from lists; admins manage those lists, so the editor never
 * creates one by accident.
 */
export async function checkReferences(db: Db, input: ResourceInput, selfId: number | null): Promise<void> {
  const errors: FieldTexts = {};
  const [owner, types, topics, originals, older] = await Promise.all([
    resourceIdBySlug(db, input.slug),
    missingSlugs(db, 'resource_types', [input.type]),
    missingSlugs(db, 'topics', input.topics),
    missingSlugs(db, 'resources', input.translationOf ? [input.translationOf] : []),
    missingSlugs(db, 'resources', input.supersedes),
  ]);
  const quoted = (list: string[]) => list.map((s) => `"${s}"`).join(', ');
  if (owner !== undefined && owner !== selfId) errors.slug = slugTakenText(input.slug);
  if (types.length) errors.type = { key: 'editorial.error.type.unknown', params: { type: input.type } };
  if (topics.length) errors.topics = { key: 'editorial.error.topics.unknown', params: { topics: quoted(topics) } };
  if (originals.length) errors.translationOf = { key: 'editorial.error.translationOf.unknown', params: { slug: input.translationOf ?? '' } };
  if (older.length) errors.supersedes = { key: 'editorial.error.supersedes.unknown', params: { slugs: quoted(older) } };
  if (Object.keys(errors).length) throw invalidFields(errors);
}

/**
 * The latest calendar day anywhere on Earth now (UTC+14): a review date after it is in the future
 * for every editor, wherever they are; one on it is today somewhere.
 */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * What the schema cannot know: a review date may not lie after today (anywhere on Earth), and
 * an author may be named once. Throws a ContentRefusal, so nothing is written.
 */
export function checkCurrency(input: ResourceInput, now: Date): void {
  const today = latestToday(now);
  const errors: FieldTexts = {};
  if (input.reviewedOn !== null && input.reviewedOn > today) errors.reviewedOn = { key: 'editorial.error.reviewedOn.future' };
  const names = input.authors.map((a) => a.name.toLowerCase());
  if (new Set(names).size !== names.length) errors.authors = { key: 'editorial.error.authors.repeated' };
  if (Object.keys(errors).length) throw invalidFields(errors);
}

/** The "address already in use" problem of the slug field. */
export function slugTakenText(slug: string) {
  return { key: 'editorial.error.slug.taken', params: { slug } } as const;
}

/** The shared resource writer's input for edited fields; attachments are managed separately. */
export function toResourceWrite(input: ResourceInput, status: ResourceStatus): ResourceWrite {
  return {
    slug: input.slug, type: input.type, title: input.title, summary: input.summary, body: input.body, topics: input.topics,
    language: input.language, audience: input.audience, status, publishedOn: input.publishedOn, updatedOn: input.updatedOn,
    authors: input.authors.map((a) => a.name), affiliations: input.authors.map((a) => a.affiliation),
    reviewedOn: input.reviewedOn, updates: input.updates,
    series: input.series, translationOf: input.translationOf, supersedes: input.supersedes, attachments: [],
  };
}

/** The editable fields of a snapshot. */
export function inputOf(s: ResourceSnapshot): ResourceInput {
  return {
    title: s.title, slug: s.slug, type: s.type, topics: s.topics, language: s.language, audience: s.audience, summary: s.summary,
    body: s.body, publishedOn: s.publishedOn, updatedOn: s.updatedOn, reviewedOn: s.reviewedOn, updates: s.updates, authors: s.authors, series: s.series,
    translationOf: s.translationOf, supersedes: s.supersedes,
  };
}

/** A stored attachment's new title and place in the list (1 = first). */
export interface AttachmentEdit {
  id: number;
  title: string;
  position: number;
}

/**
 * Validates the attachment fields of the edit form: each title non-empty and at most 300
 * characters, each position a whole number from 1 to 999. Problems are keyed by the field
 * (`attachmentTitle-<id>`), so each shows beside its own attachment.
 */
export function validAttachmentEdits(raw: Record<number, { title: string; position: string }>): AttachmentEdit[] {
  const errors: FieldTexts = {};
  const edits: AttachmentEdit[] = [];
  for (const [key, v] of Object.entries(raw)) {
    const id = Number(key);
    const title = v.title.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
    if (!title) errors[`attachmentTitle-${id}`] = { key: 'editorial.error.attachment.title.required' };
    else if (title.length > 300) errors[`attachmentTitle-${id}`] = { key: 'editorial.error.attachment.title.long' };
    const position = /^\s*\d{1,3}\s*$/.test(v.position) ? Number(v.position) : Number.NaN;
    if (!(position >= 1 && position <= 999)) errors[`attachmentPosition-${id}`] = { key: 'editorial.error.attachment.position' };
    edits.push({ id, title, position });
  }
  if (Object.keys(errors).length) throw invalidFields(errors);
  return edits;
}

/**
 * Validates resource input. Problems come back as a ContentRefusal keyed by field (`series.part`
 * → `series`), first problem per field, so a form can show each beside its field in the staff
 * member's language and keep what the person typed.
 */
export function parseResourceInput(raw: unknown): { ok: true; value: ResourceInput } | { ok: false; error: ContentRefusal } {
  const parsed = resourceInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: fieldsErrorFromIssues(parsed.error.issues) };
}
