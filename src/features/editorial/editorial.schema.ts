import { z } from 'zod';
import { cleanLine, cleanText, cleaned } from '../../platform/text.ts';
import { AUDIENCES } from '../resources/index.ts';
import type { ResourceStatus } from '../resources/index.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The messages below are catalog keys, not text: parseResourceInput turns each into a ContentRefusal field
 * text, so a form shows it in the staff member's language (and logs get the English).
 */
const k = (key: MessageKey) => key;
/**
 * A slug field. With `required`, emptiness is checked first: zod reports issues in order and the
 * form shows the first, so an empty field says "Choose a type." rather than that the (absent)
 * type uses the wrong characters.
 */
const slug = (pattern: MessageKey, long: MessageKey = pattern, required?: MessageKey) =>
  (required ? z.string().trim().min(1, k(required)) : z.string().trim()).max(120, k(long)).regex(slugPattern, k(pattern));

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDay = (format: MessageKey, real: MessageKey) =>
  z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, k(format)).refine(isRealDate, k(real));

const part = (message: MessageKey) => z.number({ message: k(message) }).int(k(message)).min(1, k(message)).max(999, k(message));

/** Every field a staff member edits on a resource, as the service takes it. */
export const resourceInputSchema = z.object({
  title: z.preprocess(cleaned(cleanLine), z.string().trim().min(1, k('editorial.error.title.required')).max(300, k('editorial.error.title.long'))),
  slug: slug('editorial.error.slug.pattern', 'editorial.error.slug.long', 'editorial.error.slug.required'),
  type: slug('editorial.error.type.pattern', 'editorial.error.type.pattern', 'editorial.error.type.required'),
  topics: z.array(slug('editorial.error.topics.pattern')).max(30, k('editorial.error.topics.many')),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, k('editorial.error.language')),
  audience: z.enum(AUDIENCES, { message: k('editorial.error.audience') }),
  summary: z.preprocess(cleaned(cleanText), z.string().trim().max(2000, k('editorial.error.summary.long'))),
  body: z.string().max(500_000, k('editorial.error.body.long')),
  publishedOn: isoDay('editorial.error.publishedOn.format', 'editorial.error.publishedOn.real'),
  updatedOn: isoDay('editorial.error.updatedOn.format', 'editorial.error.updatedOn.real').nullable(),
  // Revisions written before authors had affiliations hold plain names: read as names without one.
  authors: z.array(z.preprocess((a) => (typeof a === 'string' ? { name: a, affiliation: null } : a), z.object({
    name: z.preprocess(cleaned(cleanLine), z.string().trim().min(1, k('editorial.error.authors.empty')).max(200, k('editorial.error.authors.long'))),
    affiliation: z.preprocess(
      (v) => (typeof v === 'string' ? cleanLine(v).trim() || null : v ?? null),
      z.string().max(200, k('editorial.error.authors.affiliation.long')).nullable(),
    ),
  }))).max(30, k('editorial.error.authors.many')),
  // Revisions written before these fields existed have neither: none.
  reviewedOn: z.preprocess((v) => v ?? null, isoDay('editorial.error.reviewedOn.format', 'editorial.error.reviewedOn.real').nullable()),
  updates: z.preprocess((v) => v ?? [], z.array(z.object({
    on: isoDay('editorial.error.updates.date', 'editorial.error.updates.date'),
    note: z.preprocess(cleaned(cleanText), z.string().trim().min(1, k('editorial.error.updates.note.required')).max(500, k('editorial.error.updates.note.long'))),
  })).max(50, k('editorial.error.updates.many'))),
  series: z.object({
    slug: slug('editorial.error.series.pattern').min(1, k('editorial.error.series.required')),
    part: part('editorial.error.series.part'),
    of: part('editorial.error.series.of'),
  }).refine((s) => s.part <= s.of, { message: k('editorial.error.series.order'), path: ['part'] }).nullable(),
  translationOf: slug('editorial.error.translationOf.pattern').nullable(),
  supersedes: z.array(slug('editorial.error.supersedes.pattern')).max(30, k('editorial.error.supersedes.many')),
}).refine((v) => v.reviewedOn === null || v.reviewedOn >= v.publishedOn, {
  message: k('editorial.error.reviewedOn.before'), path: ['reviewedOn'],
}).refine((v) => v.updatedOn === null || v.updatedOn >= v.publishedOn, {
  message: k('editorial.error.updatedOn.before'), path: ['updatedOn'],
}).refine((v) => v.translationOf !== v.slug, { message: k('editorial.error.translationOf.self'), path: ['translationOf'] })
  .refine((v) => !v.supersedes.includes(v.slug), { message: k('editorial.error.supersedes.self'), path: ['supersedes'] });

export type ResourceInput = z.infer<typeof resourceInputSchema>;

/** What a revision stores: the editable fields plus workflow state and the attachment list. */
export interface ResourceSnapshot extends ResourceInput {
  status: ResourceStatus;
  publishAt: string | null;
  attachments: { id: number; filename: string; title: string }[];
}

/** The empty input a "new resource" form starts from. */
export function blankResourceInput(today: string): ResourceInput {
  return {
    title: '', slug: '', type: '', topics: [], language: 'en', audience: 'practitioners', summary: '', body: '',
    publishedOn: today, updatedOn: null, reviewedOn: null, updates: [], authors: [], series: null, translationOf: null, supersedes: [],
  };
}
