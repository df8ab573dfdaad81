import { parseId } from '../../platform/ids.ts';
import type { ResourceInput, ResourceSnapshot } from './editorial.schema.ts';
import type { Upload } from '../uploads/index.ts';

/** The resource form's fields as typed, for refilling the form exactly as the person left it. */
export interface ResourceFormValues {
  title: string;
  slug: string;
  type: string;
  topics: string[];
  language: string;
  audience: string;
  summary: string;
  body: string;
  publishedOn: string;
  updatedOn: string;
  authors: string;
  seriesSlug: string;
  seriesPart: string;
  seriesOf: string;
  translationOf: string;
  supersedes: string;
  /** Titles and positions of stored attachments as typed, by attachment id (edit form only). */
  attachmentEdits?: Record<number, { title: string; position: string }>;
}

const text = (form: FormData, name: string, max = 600_000): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
};
const lines = (value: string): string[] => value.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean);
const whole = (value: string): number => (/^\s*\d{1,4}\s*$/.test(value) ? Number(value) : Number.NaN);

/** Reads the resource form's fields from a submitted form. */
export function readResourceForm(form: FormData): ResourceFormValues {
  return {
    title: text(form, 'title', 1000), slug: text(form, 'slug', 200).trim().toLowerCase(), type: text(form, 'type', 200),
    topics: form.getAll('topics').filter((v): v is string => typeof v === 'string').slice(0, 100),
    language: text(form, 'language', 20), audience: text(form, 'audience', 40), summary: text(form, 'summary', 5000),
    body: text(form, 'body').replace(/\r\n/g, '\n'), publishedOn: text(form, 'publishedOn', 40), updatedOn: text(form, 'updatedOn', 40),
    authors: text(form, 'authors', 10_000), seriesSlug: text(form, 'seriesSlug', 200), seriesPart: text(form, 'seriesPart', 10),
    seriesOf: text(form, 'seriesOf', 10), translationOf: text(form, 'translationOf', 200), supersedes: text(form, 'supersedes', 10_000),
  };
}

/**
 * The service's input from form values: lists from one-per-line (or comma) fields, an empty
 * optional field as null, a series only when its slug is given. The service validates the rest.
 */
export function inputFromForm(v: ResourceFormValues): unknown {
  const series = v.seriesSlug.trim()
    ? { slug: v.seriesSlug.trim(), part: whole(v.seriesPart), of: whole(v.seriesOf || v.seriesPart) }
    : null;
  return {
    title: v.title, slug: v.slug, type: v.type, topics: v.topics, language: v.language.trim(), audience: v.audience,
    summary: v.summary, body: v.body, publishedOn: v.publishedOn, updatedOn: v.updatedOn.trim() || null,
    authors: v.authors.split(/\n+/).map((s) => s.trim()).filter(Boolean), series, translationOf: v.translationOf.trim() || null,
    supersedes: lines(v.supersedes),
  };
}

/** Form values showing a stored resource (or a restored/conflicting input). */
export function formFromInput(i: ResourceInput | ResourceSnapshot): ResourceFormValues {
  return {
    title: i.title, slug: i.slug, type: i.type, topics: i.topics, language: i.language, audience: i.audience, summary: i.summary,
    body: i.body, publishedOn: i.publishedOn, updatedOn: i.updatedOn ?? '', authors: i.authors.join('\n'),
    seriesSlug: i.series?.slug ?? '', seriesPart: i.series ? String(i.series.part) : '', seriesOf: i.series ? String(i.series.of) : '',
    translationOf: i.translationOf ?? '', supersedes: i.supersedes.join('\n'),
  };
}

/** The files chosen in the form's attachment field (empty file inputs are skipped). */
export async function readUploads(form: FormData, field = 'attachments'): Promise<Upload[]> {
  const out: Upload[] = [];
  for (const value of form.getAll(field)) {
    if (typeof value === 'string') continue;
    // A browser sends an empty, unnamed part when no file was chosen.
    if (value.size === 0 && !value.name) continue;
    out.push({ name: value.name, data: new Uint8Array(await value.arrayBuffer()) });
  }
  return out;
}

/** The title and position fields of stored attachments (`attachmentTitle-<id>`, `attachmentPosition-<id>`), as typed. */
export function readAttachmentEdits(form: FormData): Record<number, { title: string; position: string }> {
  const out: Record<number, { title: string; position: string }> = {};
  for (const [name, value] of form.entries()) {
    const m = /^attachmentTitle-(\d+)$/.exec(name);
    const id = m ? parseId(m[1]) : null;
    if (!m || id === null || typeof value !== 'string' || Object.keys(out).length >= 200) continue;
    const position = form.get(`attachmentPosition-${m[1]}`);
    out[id] = { title: value.slice(0, 1000), position: typeof position === 'string' ? position.slice(0, 10) : '' };
  }
  return out;
}

/** The attachment ids ticked for removal. */
export function readRemovals(form: FormData): number[] {
  return form.getAll('removeAttachment').map(parseId).filter((n): n is number => n !== null);
}
