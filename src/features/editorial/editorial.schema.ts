import { z } from 'zod';
import { AUDIENCES } from '../resources/resources.schema.ts';
import type { ResourceStatus } from '../resources/resources.table.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string) =>
  z.string().trim().max(120, `${what} must be at most 120 characters.`)
    .regex(slugPattern, `${what} may use only lower-case letters, digits and single hyphens.`);

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDay = (what: string) =>
  z.string().trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} must be a date written YYYY-MM-DD.`)
    .refine(isRealDate, `${what} is not a real calendar date.`);

/** Every field a staff member edits on a resource, as the service takes it. */
export const resourceInputSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(300, 'The title must be at most 300 characters.'),
  slug: slug('The web address (slug)').min(1, 'Enter a web address (slug).'),
  type: slug('The type').min(1, 'Choose a type.'),
  topics: z.array(slug('A topic')).max(30, 'Choose at most 30 topics.'),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, 'The language must be a code such as en or es.'),
  audience: z.enum(AUDIENCES, { message: `The audience must be one of ${AUDIENCES.join(', ')}.` }),
  summary: z.string().trim().max(2000, 'The summary must be at most 2,000 characters.'),
  body: z.string().max(500_000, 'The body must be at most 500,000 characters.'),
  publishedOn: isoDay('The publication date'),
  updatedOn: isoDay('The updated date').nullable(),
  authors: z.array(z.string().trim().min(1).max(200, 'An author name must be at most 200 characters.')).max(30, 'Name at most 30 authors.'),
  series: z.object({
    slug: slug('The series').min(1, 'Enter the series slug.'),
    part: z.number({ message: 'Enter the part as a whole number.' }).int('The part must be a whole number.').min(1, 'The part must be at least 1.').max(999),
    of: z.number({ message: 'Enter the number of parts as a whole number.' }).int('The number of parts must be a whole number.').min(1, 'The number of parts must be at least 1.').max(999),
  }).refine((s) => s.part <= s.of, { message: 'The part cannot be greater than the number of parts.', path: ['part'] }).nullable(),
  translationOf: slug('The original').nullable(),
  supersedes: z.array(slug('A superseded resource')).max(30, 'Name at most 30 superseded resources.'),
}).refine((v) => v.updatedOn === null || v.updatedOn >= v.publishedOn, {
  message: 'The updated date cannot come before the publication date.', path: ['updatedOn'],
}).refine((v) => v.translationOf !== v.slug, { message: 'A resource cannot be a translation of itself.', path: ['translationOf'] })
  .refine((v) => !v.supersedes.includes(v.slug), { message: 'A resource cannot supersede itself.', path: ['supersedes'] });

export type ResourceInput = z.infer<typeof resourceInputSchema>;

/** What a revision stores: the editable fields plus workflow state and the attachment list. */
export interface ResourceSnapshot extends ResourceInput {
  status: ResourceStatus;
  publishAt: string | null;
  attachments: { id: number; filename: string; title: string }[];
}

/** Field name → message, for showing each problem beside its field. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Validates resource input. Problems come back keyed by field (`series.part` → `series`), first
 * message per field, so a form can show each beside its field and keep what the person typed.
 */
export function parseResourceInput(raw: unknown): { ok: true; value: ResourceInput } | { ok: false; errors: FieldErrors } {
  const parsed = resourceInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The empty input a "new resource" form starts from. */
export function blankResourceInput(today: string): ResourceInput {
  return {
    title: '', slug: '', type: '', topics: [], language: 'en', audience: 'practitioners', summary: '', body: '',
    publishedOn: today, updatedOn: null, authors: [], series: null, translationOf: null, supersedes: [],
  };
}
