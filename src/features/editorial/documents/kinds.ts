import { cleanLine, cleanText, cleaned } from '../../../platform/text.ts';
import { z } from 'zod';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import type { PublishState } from '../../../content/content.table.ts';

/**
 * The three kinds of "document" that share one editorial workflow: projects, statements and pages.
 * Everything that differs between them is in KINDS below (table, extra fields, labels, public
 * address), so one service, one repository and one set of routes serve all three.
 */
export const DOCUMENT_KINDS = ['project', 'statement', 'page'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A field only some kinds have. */
export type ExtraField = 'position' | 'publishedOn';

/** What every kind of document edits: `title` is a project's name. */
export interface DocumentInput {
  title: string;
  slug: string;
  summary: string;
  body: string;
  /** Projects: the order on the homepage and /projects (smaller first). */
  position?: number;
  /** Statements: the date shown to readers, YYYY-MM-DD. */
  publishedOn?: string;
}

/** What a revision stores: the editable fields plus workflow state. */
export interface DocumentSnapshot extends DocumentInput {
  status: PublishState;
  publishAt: string | null;
}

/** Everything that distinguishes one kind. */
export interface KindSpec {
  kind: DocumentKind;
  table: 'projects' | 'statements' | 'pages';
  /** The column holding `title` (projects call it `name`). */
  titleColumn: 'name' | 'title';
  extra: readonly ExtraField[];
  /** Whether the summary may be empty (pages may have none). */
  summaryRequired: boolean;
  /** Staff screens live under this path. */
  adminPath: `/admin/${string}`;
  /** The public address of a published item. */
  publicPath: (slug: string) => string;
  /** Catalog keys: list title, "new" title, the singular noun used in messages, the title field's label. */
  labels: { list: MessageKey; new: MessageKey; add: MessageKey; noun: MessageKey; title: MessageKey; count: MessageKey };
}

/** The registry: one entry per kind. */
export const KINDS: Readonly<Record<DocumentKind, KindSpec>> = {
  project: {
    kind: 'project', table: 'projects', titleColumn: 'name', extra: ['position'], summaryRequired: true,
    adminPath: '/admin/projects', publicPath: (slug) => `/projects/${slug}`,
    labels: {
      list: 'documents.project.list', new: 'documents.project.new', add: 'documents.project.add', noun: 'documents.project.noun',
      title: 'documents.field.name', count: 'documents.project.count',
    },
  },
  statement: {
    kind: 'statement', table: 'statements', titleColumn: 'title', extra: ['publishedOn'], summaryRequired: true,
    adminPath: '/admin/statements', publicPath: (slug) => `/statements/${slug}`,
    labels: {
      list: 'documents.statement.list', new: 'documents.statement.new', add: 'documents.statement.add', noun: 'documents.statement.noun',
      title: 'documents.field.title', count: 'documents.statement.count',
    },
  },
  page: {
    kind: 'page', table: 'pages', titleColumn: 'title', extra: [], summaryRequired: false,
    adminPath: '/admin/pages', publicPath: (slug) => `/pages/${slug}`,
    labels: {
      list: 'documents.page.list', new: 'documents.page.new', add: 'documents.page.add', noun: 'documents.page.noun',
      title: 'documents.field.title', count: 'documents.page.count',
    },
  },
};

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// Messages are catalog keys, translated where they are shown (the service has no language).
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const base = {
  title: z.preprocess(cleaned(cleanLine), z.string().trim().min(1, 'documents.error.title.required').max(300, 'documents.error.title.long')),
  // The same rule as resources' slugs (editorial.schema.ts).
  slug: z.string().trim().min(1, 'documents.error.slug.required').max(120, 'documents.error.slug.long').regex(SLUG_PATTERN, 'documents.error.slug.pattern'),
  summary: z.preprocess(cleaned(cleanText), z.string().trim().max(2000, 'documents.error.summary.long')),
  body: z.string().max(500_000, 'documents.error.body.long'),
};
const requiredSummary = z.preprocess(cleaned(cleanText), z.string().trim().min(1, 'documents.error.summary.required').max(2000, 'documents.error.summary.long'));

/** The zod schema of each kind's input; unknown keys are dropped. */
export const SCHEMAS: Readonly<Record<DocumentKind, z.ZodType<DocumentInput>>> = {
  project: z.object({
    ...base, summary: requiredSummary,
    position: z.number({ message: 'documents.error.position' }).int('documents.error.position').min(0, 'documents.error.position').max(9999, 'documents.error.position'),
  }),
  statement: z.object({
    ...base, summary: requiredSummary,
    publishedOn: z.string({ message: 'documents.error.publishedOn' }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'documents.error.publishedOn')
      .refine(isRealDate, 'documents.error.publishedOn'),
  }),
  page: z.object(base),
};

/** Field name → catalog key of its problem. */
export type DocumentFieldErrors = Partial<Record<string, MessageKey>>;

/**
 * Validates one kind's input. Problems come back keyed by field, first message per field, as
 * catalog keys for the form to translate and show beside each field.
 */
export function parseDocumentInput(kind: DocumentKind, raw: unknown): { ok: true; value: DocumentInput } | { ok: false; errors: DocumentFieldErrors } {
  const parsed = SCHEMAS[kind].safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: DocumentFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= (issue.message.startsWith('documents.error.') ? issue.message : 'documents.error.invalid') as MessageKey;
  }
  return { ok: false, errors };
}

/** The editable fields of a snapshot, as input again (for restore and conflicts). */
export function inputOfSnapshot(kind: DocumentKind, s: DocumentInput): DocumentInput {
  const out: DocumentInput = { title: s.title, slug: s.slug, summary: s.summary, body: s.body };
  if (KINDS[kind].extra.includes('position')) out.position = s.position ?? 0;
  if (KINDS[kind].extra.includes('publishedOn')) out.publishedOn = s.publishedOn ?? '';
  return out;
}

/** The empty input a "new" form starts from. */
export function blankDocumentInput(kind: DocumentKind, today: string): DocumentInput {
  return inputOfSnapshot(kind, { title: '', slug: '', summary: '', body: '', position: 0, publishedOn: today });
}
