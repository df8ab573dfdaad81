import { diffLines, diffWords } from 'diff';
import type { MessageKey } from '../platform/i18n/index.ts';
import type { ContentField } from './revision.ts';

/** One run of text in a word diff: kept, inserted (`<ins>`) or deleted (`<del>`). */
export interface DiffPart {
  value: string;
  op: 'same' | 'ins' | 'del';
}

/** One changed field, ready for a view: before and after as text, and for prose a word diff. */
export interface FieldChange {
  field: string;
  /** The catalog key of the field's label. */
  label: MessageKey;
  before: string;
  after: string;
  /** Word-level diff for prose fields; unchanged stretches of the body are shortened. */
  parts: DiffPart[] | null;
}

/** A value as one readable line: lists joined by commas, nothing as a dash. */
export function showValue(field: ContentField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.show) return field.show(value);
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
 * What changed from snapshot `a` to snapshot `b`, field by field in the type's reading order, with
 * a word diff for prose. Unchanged fields are left out, so an empty list means the two hold the
 * same content.
 */
export function diffSnapshots(fields: readonly ContentField[], a: object, b: object): FieldChange[] {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const f of fields) {
    if (JSON.stringify(before[f.name] ?? null) === JSON.stringify(after[f.name] ?? null)) continue;
    const parts = f.prose ? diffText(String(before[f.name] ?? ''), String(after[f.name] ?? '')) : null;
    changes.push({
      field: f.name, label: f.label, before: showValue(f, before[f.name]), after: showValue(f, after[f.name]),
      parts: parts && f.name === 'body' ? collapseUnchanged(parts) : parts,
    });
  }
  return changes;
}
