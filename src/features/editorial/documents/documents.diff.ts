import { collapseUnchanged, describeChanges, diffText, type FieldChange } from '../diff.ts';
import type { DocumentSnapshot } from './kinds.ts';

/** Fields in reading order with the English labels revision summaries use ("Edited title and body"). */
const FIELDS: readonly [keyof DocumentSnapshot, string][] = [
  ['title', 'Title'], ['summary', 'Summary'], ['body', 'Body'], ['slug', 'Web address (slug)'], ['position', 'Position'],
  ['publishedOn', 'Publication date'], ['status', 'State'], ['publishAt', 'Scheduled for'],
];
const PROSE = new Set(['title', 'summary', 'body']);

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/**
 * What changed from snapshot `a` to `b`, field by field, with diff.ts's word diff for title,
 * summary and body (long unchanged stretches of the body shortened). Unchanged fields are left out.
 */
export function diffDocuments(a: Partial<DocumentSnapshot>, b: Partial<DocumentSnapshot>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of FIELDS) {
    const before = a[field];
    const after = b[field];
    if ((before ?? null) === (after ?? null)) continue;
    const parts = PROSE.has(field) ? diffText(String(before ?? ''), String(after ?? '')) : null;
    changes.push({ field, label, before: show(before), after: show(after), parts: parts && field === 'body' ? collapseUnchanged(parts) : parts });
  }
  return changes;
}

/** The revision summary of a save, e.g. "Edited title and body". */
export function summarizeDocumentChanges(a: Partial<DocumentSnapshot>, b: Partial<DocumentSnapshot>): string {
  return describeChanges(diffDocuments(a, b));
}
