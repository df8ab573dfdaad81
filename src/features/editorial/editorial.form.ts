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
  reviewedOn: string;
  /** Author rows as typed (name, affiliation), in order; blank rows are dropped when read. */
  authorRows: { name: string; affiliation: string }[];
  /** Update-note rows as typed (date, what changed), in order; blank rows are dropped when read. */
  updateRows: { on: string; note: string }[];
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

/** At most this many author and update rows are read from one form. */
const MAX_ROWS = 60;

/**
 * Rows of repeated fields (`authorName-0`, `authorAffiliation-0`, …) in index order, rows whose
 * every field is blank left out. A form without JavaScript sends a few blank rows to fill in.
 */
function readRows<K extends string>(form: FormData, fields: Record<K, string>, max: number): Record<K, string>[] {
  const indexes = new Set<number>();
  const prefixes = Object.values<string>(fields);
  for (const name of form.keys()) {
    const m = /^([A-Za-z]+)-(\d{1,3})$/.exec(name);
    if (m && prefixes.includes(m[1]!)) indexes.add(Number(m[2]));
  }
  const rows: Record<K, string>[] = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const row = Object.fromEntries(Object.entries<string>(fields).map(([key, prefix]) => [key, text(form, `${prefix}-${i}`, max)])) as Record<K, string>;
    if (Object.values<string>(row).some((v) => v.trim() !== '')) rows.push(row);
    if (rows.length >= MAX_ROWS) break;
  }
  return rows;
}

/** Reads the resource form's fields from a submitted form. */
export function readResourceForm(form: FormData): ResourceFormValues {
  // A single "authors" text area (one name a line) is still read, as forms and tests before rows sent it.
  const legacyAuthors = text(form, 'authors', 10_000).split(/\n+/).map((s) => s.trim()).filter(Boolean).map((name) => ({ name, affiliation: '' }));
  return {
    title: text(form, 'title', 1000), slug: text(form, 'slug', 200).trim().toLowerCase(), type: text(form, 'type', 200),
    topics: form.getAll('topics').filter((v): v is string => typeof v === 'string').slice(0, 100),
    language: text(form, 'language', 20), audience: text(form, 'audience', 40), summary: text(form, 'summary', 5000),
    body: text(form, 'body').replace(/\r\n/g, '\n'), publishedOn: text(form, 'publishedOn', 40), updatedOn: text(form, 'updatedOn', 40),
    reviewedOn: text(form, 'reviewedOn', 40),
    authorRows: [...legacyAuthors, ...readRows(form, { name: 'authorName', affiliation: 'authorAffiliation' }, 1000)].slice(0, MAX_ROWS),
    updateRows: readRows(form, { on: 'updateOn', note: 'updateNote' }, 5000),
    seriesSlug: text(form, 'seriesSlug', 200), seriesPart: text(form, 'seriesPart', 10),
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
    reviewedOn: v.reviewedOn.trim() || null,
    authors: v.authorRows.map((a) => ({ name: a.name, affiliation: a.affiliation })),
    updates: v.updateRows.map((u) => ({ on: u.on, note: u.note })),
    series, translationOf: v.translationOf.trim() || null,
    supersedes: lines(v.supersedes),
  };
}

/** Form values showing a stored resource (or a restored/conflicting input). */
export function formFromInput(i: ResourceInput | ResourceSnapshot): ResourceFormValues {
  return {
    title: i.title, slug: i.slug, type: i.type, topics: i.topics, language: i.language, audience: i.audience, summary: i.summary,
    body: i.body, publishedOn: i.publishedOn, updatedOn: i.updatedOn ?? '', reviewedOn: i.reviewedOn ?? '',
    authorRows: (i.authors as (ResourceInput['authors'][number] | string)[]).map((a) => (typeof a === 'string' ? { name: a, affiliation: '' } : { name: a.name, affiliation: a.affiliation ?? '' })),
    updateRows: (i.updates ?? []).map((u) => ({ on: u.on, note: u.note })),
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
