import { isKnownLanguage } from '../../platform/i18n/languages.ts';
import { z } from 'zod';
import type { Audience } from '../resources/index.ts';

/**
 * The interchange format of corpus/FORMAT.md as zod schemas, plus the limits the importer
 * enforces on top of it. The format is a contract with other systems, so unknown keys are
 * refused rather than dropped: a misspelt `translation_of` must not silently lose data.
 */

/** A line longer than this is refused unread; it keeps one bad line from exhausting memory. */
export const MAX_LINE_BYTES = 2 * 1024 * 1024;

/** Field limits: generous for real publications, small enough to refuse runaway input. */
export const LIMITS = {
  title: 300,
  summary: 5_000,
  body: 1_000_000,
  listItems: 100,
  author: 200,
  attachments: 50,
  filename: 255,
  file: 1_000,
  /** Largest attachment file copied into storage. */
  fileBytes: 100 * 1024 * 1024,
} as const;

const SLUG = /^[a-z0-9-]{1,120}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// C0/C1 control characters have no place in a one-line name shown to readers.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Length in Unicode code points, so "300 characters" means what a reader counts. */
function chars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// PostgreSQL cannot store U+0000 in text; a line carrying it fails alone instead of its whole batch.
const NO_NUL = [(s: string) => !s.includes('\u0000'), 'must not contain the NUL character (\\u0000)'] as const;

const text = (max: number) =>
  z.string()
    .refine((s) => s.length <= max || chars(s) <= max, `is longer than ${max.toLocaleString('en-US')} characters`)
    .refine(...NO_NUL);

const notBlank = (s: string) => s.trim() !== '';

const slug = z.string().regex(SLUG, 'must be 1–120 lower-case letters, digits and hyphens');

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// `abort` stops at the first failed check: "not YYYY-MM-DD" needs no "not a real date" after it.
const isoDay = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, 'is not a real calendar date');

const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems, `has more than ${LIMITS.listItems} entries`);

const attachmentSchema = z.strictObject({
  filename: text(LIMITS.filename).refine(notBlank, 'must not be empty').refine((s) => !CONTROL.test(s), 'must not contain control characters'),
  title: text(LIMITS.title).refine(notBlank, 'must not be empty'),
  bytes: z.int('must be a whole number of bytes').min(0, 'must not be negative'),
  file: z.string().min(1, 'must not be empty').max(LIMITS.file, `is longer than ${LIMITS.file} characters`).refine(...NO_NUL).optional(),
});

const seriesSchema = z
  .strictObject({
    slug,
    part: z.int('must be a whole number').min(1, 'must be at least 1'),
    of: z.int('must be a whole number').min(1, 'must be at least 1'),
  })
  .refine((s) => s.part <= s.of, { message: 'is greater than series.of', path: ['part'] });

/**
 * Haven's one addition to FORMAT.md: the workflow state of a resource that is not published.
 * Absent means published, so files from elsewhere import as before and a published library
 * exports exactly the format; a draft exported here stays a draft when imported elsewhere.
 * A scheduled resource is exported as `review` (the schedule itself is not carried).
 */
export const INTERCHANGE_STATUSES = ['draft', 'review', 'published', 'archived'] as const;
export type InterchangeStatus = (typeof INTERCHANGE_STATUSES)[number];

/** One line of the interchange format, as FORMAT.md describes it, plus the optional `status`. */
export const interchangeLineSchema = z
  .strictObject({
    slug,
    type: slug,
    title: text(LIMITS.title).refine(notBlank, 'must not be empty'),
    summary: text(LIMITS.summary),
    body: text(LIMITS.body).optional(),
    topics: list(slug),
    language: z.string()
      .regex(LANGUAGE, { message: 'must be a language tag such as en, es or pt-BR', abort: true })
      .refine(isKnownLanguage, { error: (issue) => `"${String(issue.input).slice(0, 40)}" is not a language this site knows` }),
    publishedOn: isoDay,
    updatedOn: isoDay.nullable().optional(),
    authors: list(text(LIMITS.author).refine(notBlank, 'must not be empty')).optional(),
    series: seriesSchema.nullable().optional(),
    translationOf: slug.nullable().optional(),
    supersedes: list(slug).optional(),
    attachments: z.array(attachmentSchema).max(LIMITS.attachments, `has more than ${LIMITS.attachments} entries`).optional(),
    status: z.enum(INTERCHANGE_STATUSES, { message: `must be one of ${INTERCHANGE_STATUSES.join(', ')}` }).optional(),
  })
  .refine((r) => r.translationOf !== r.slug, { message: 'names the resource itself', path: ['translationOf'] })
  .refine((r) => !r.supersedes?.includes(r.slug), { message: 'names the resource itself', path: ['supersedes'] });

/** A line as validated, optional fields possibly absent. */
export type InterchangeLine = z.infer<typeof interchangeLineSchema>;
/** An attachment as the format describes it; `file` only on import, or on export with --out. */
export type InterchangeAttachment = z.infer<typeof attachmentSchema>;

/**
 * A resource in the interchange format with every optional field filled in, in FORMAT.md's
 * field order. Export writes exactly this shape, so export → import → export is byte-identical.
 */
export interface InterchangeRecord {
  slug: string;
  type: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  language: string;
  publishedOn: string;
  updatedOn: string | null;
  authors: string[];
  series: { slug: string; part: number; of: number } | null;
  translationOf: string | null;
  supersedes: string[];
  attachments: InterchangeAttachment[];
  /** Only when not published; written last, so a published resource's line is exactly FORMAT.md's. */
  status?: Exclude<InterchangeStatus, 'published'>;
}

/**
 * Fills in optional fields and puts lists into the form the database keeps them in:
 * topics and supersedes are sets (sorted), authors keep their order without repeats.
 */
export function normalizeLine(line: InterchangeLine): InterchangeRecord {
  return {
    slug: line.slug,
    type: line.type,
    title: line.title,
    summary: line.summary,
    body: line.body ?? '',
    topics: sortedSet(line.topics),
    language: line.language,
    publishedOn: line.publishedOn,
    updatedOn: line.updatedOn ?? null,
    authors: [...new Set(line.authors ?? [])],
    series: line.series ? { slug: line.series.slug, part: line.series.part, of: line.series.of } : null,
    translationOf: line.translationOf ?? null,
    supersedes: sortedSet(line.supersedes ?? []),
    attachments: (line.attachments ?? []).map((a) => ({ filename: a.filename, title: a.title, bytes: a.bytes, ...(a.file ? { file: a.file } : {}) })),
    ...(line.status && line.status !== 'published' ? { status: line.status } : {}),
  };
}

/** Distinct strings in code-point order: the same on every engine and in every locale. */
export function sortedSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The format has no audience; the type decides who a resource is for. */
export function audienceForType(type: string): Audience {
  if (type === 'community-resource') return 'community';
  if (type === 'policy-analysis' || type === 'public-comment' || type === 'statement') return 'advocates';
  return 'practitioners';
}

/** Parses one line of text: JSON first, then the format. Returns the reason a person can act on. */
export function parseLine(textLine: string): { ok: true; record: InterchangeRecord } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(textLine);
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'expected a JSON object' };
  const parsed = interchangeLineSchema.safeParse(json, { error: describeIssue });
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.length ? `${formatPath(i.path)} ` : ''}${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, reason: issues.join('; ') + more };
  }
  return { ok: true, record: normalizeLine(parsed.data) };
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

// zod's defaults ("Invalid input: expected string, received undefined") read like a stack trace.
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return undefined;
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}
