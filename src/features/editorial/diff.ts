import { diffLines, diffWords } from 'diff';
import type { ResourceSnapshot } from './editorial.schema.ts';

/** One run of text in a word diff: kept, inserted (`<ins>`) or deleted (`<del>`). */
export interface DiffPart {
  value: string;
  op: 'same' | 'ins' | 'del';
}

/** One changed field, ready for a view: before and after as text, and for prose a word diff. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** Word-level diff for title, summary and body; unchanged stretches of the body are shortened. */
  parts: DiffPart[] | null;
}

const TEXT_FIELDS = ['title', 'summary', 'body'] as const;

/** Field order and labels a person reads, text fields first. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Title', summary: 'Summary', body: 'Body', slug: 'Web address (slug)', type: 'Type', topics: 'Topics',
  language: 'Language', audience: 'Audience', publishedOn: 'Publication date', updatedOn: 'Updated date',
  reviewedOn: 'Last reviewed', updates: 'Updates', authors: 'Authors', series: 'Series', translationOf: 'Translation of', supersedes: 'Supersedes',
  status: 'State', publishAt: 'Scheduled for', attachments: 'Attachments',
};

/** A field's value as one readable line. */
export function displayValue(snapshot: Partial<ResourceSnapshot>, field: string): string {
  const value = (snapshot as Record<string, unknown>)[field];
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'series') {
    const s = value as ResourceSnapshot['series'];
    return s ? `${s.slug}, part ${s.part} of ${s.of}` : '—';
  }
  if (field === 'attachments') {
    const list = value as ResourceSnapshot['attachments'];
    // Title and file name, in list order, so a renamed or reordered attachment shows in the diff.
    return list.length ? list.map((a) => (a.title && a.title !== a.filename ? `${a.title} (${a.filename})` : a.filename)).join(', ') : '—';
  }
  if (field === 'authors' && Array.isArray(value)) {
    // Revisions from before affiliations hold plain names.
    const list = value as (ResourceSnapshot['authors'][number] | string)[];
    return list.length ? list.map((a) => (typeof a === 'string' ? a : a.affiliation ? `${a.name} (${a.affiliation})` : a.name)).join(', ') : '—';
  }
  if (field === 'updates' && Array.isArray(value)) {
    const list = value as ResourceSnapshot['updates'];
    return list.length ? list.map((u) => `${u.on}: ${u.note}`).join('; ') : '—';
  }
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return String(value);
}

/**
 * Diffs prose by words. A very long or very different text falls back to a line diff, then to
 * "all removed, all added", so a diff never takes more than about a second.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after, { timeout: 500 })
    ?? diffLines(before, after, { timeout: 500 })
    ?? [{ value: before, removed: true, added: false, count: 1 }, { value: after, added: true, removed: false, count: 1 }];
  return changes
    .filter((c) => c.value !== '')
    .map((c) => ({ value: c.value, op: c.added ? 'ins' : c.removed ? 'del' : 'same' }) as DiffPart);
}

/** Shortens unchanged runs longer than `context * 2` characters to their ends around " … ". */
export function collapseUnchanged(parts: DiffPart[], context = 160): DiffPart[] {
  return parts.map((p, i) => {
    if (p.op !== 'same' || p.value.length <= context * 2 + 20) return p;
    const head = i === 0 ? '' : p.value.slice(0, context);
    const tail = i === parts.length - 1 ? '' : p.value.slice(-context);
    return { op: 'same', value: `${head} … ${tail}` };
  });
}

/**
 * What changed from snapshot `a` to snapshot `b`, field by field in reading order, with a word
 * diff for title, summary and body. Unchanged fields are left out, so an empty list means the
 * two revisions hold the same content.
 */
export function diffRevisions(a: Partial<ResourceSnapshot>, b: Partial<ResourceSnapshot>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(FIELD_LABELS)) {
    const before = displayValue(a, field);
    const after = displayValue(b, field);
    const same = JSON.stringify((a as Record<string, unknown>)[field] ?? null) === JSON.stringify((b as Record<string, unknown>)[field] ?? null);
    if (same) continue;
    const isText = (TEXT_FIELDS as readonly string[]).includes(field);
    const parts = isText
      ? diffText(String((a as Record<string, unknown>)[field] ?? ''), String((b as Record<string, unknown>)[field] ?? ''))
      : null;
    changes.push({ field, label, before, after, parts: parts && field === 'body' ? collapseUnchanged(parts) : parts });
  }
  return changes;
}

/** "Edited title and body" for a revision summary, from a list of changes. */
export function describeChanges(changes: FieldChange[]): string {
  const labels = changes.filter((c) => c.field !== 'status' && c.field !== 'publishAt').map((c) => c.label.toLowerCase());
  if (labels.length === 0) return 'Saved without changes';
  if (labels.length === 1) return `Edited ${labels[0]}`;
  if (labels.length > 4) return `Edited ${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more fields`;
  return `Edited ${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
