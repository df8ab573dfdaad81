import { translator, type MessageKey, type Translate } from '../platform/i18n/index.ts';
import type { WorkflowAction } from './workflow.ts';

/**
 * Revisions as data. Each revision stores the whole snapshot (so any two can be compared and any
 * one restored), what happened (`event`), and which fields changed with their old and new values
 * (`changes`). Nothing is stored as a sentence to be read back: the history view says it in the
 * reader's language from these facts (describeRevision), and the English `summary` column is
 * written from the same facts for logs and exports only.
 */

/** What happened in a revision: made, recorded as found, saved, restored, or a workflow step. */
export type RevisionEvent = 'created' | 'baseline' | 'saved' | 'restored' | WorkflowAction;

/**
 * One changed field. Short values are kept as they were and became; prose fields (title, summary,
 * body) keep only the field's name, since both texts are in the snapshots and a body can be long.
 */
export interface FieldChangeRecord {
  field: string;
  from?: unknown;
  to?: unknown;
}

/** A field a content type edits, as revisions and diffs see it. */
export interface ContentField {
  name: string;
  /** The catalog key of its label (history, diffs, "Edited …"). */
  label: MessageKey;
  /** Prose: diffed word by word; revisions record only that it changed. */
  prose?: boolean;
  /** The value as one readable line (lists, series); default: lists joined by commas. */
  show?: (value: unknown) => string;
}

/**
 * The workflow fields every snapshot also carries (each type lists them in `fields` with its own
 * label); they change by steps, so "Edited …" leaves them out.
 */
export const WORKFLOW_FIELDS: readonly string[] = ['status', 'publishAt'];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ from snapshot `a` to `b`, in the type's reading order. */
export function fieldChanges(fields: readonly ContentField[], a: object, b: object): FieldChangeRecord[] {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const out: FieldChangeRecord[] = [];
  for (const f of fields) {
    if (same(before[f.name], after[f.name])) continue;
    out.push(f.prose ? { field: f.name } : { field: f.name, from: before[f.name] ?? null, to: after[f.name] ?? null });
  }
  return out;
}

/** A stored revision's facts, as describeRevision reads them. */
export interface RevisionFacts {
  event: RevisionEvent | null;
  restoredFrom: number | null;
  changes: FieldChangeRecord[] | null;
  /** The stored English summary: shown as it is only for a revision without facts. */
  summary: string;
}

const STEP_KEYS: Readonly<Record<WorkflowAction, MessageKey>> = {
  submit: 'content.summary.submit', withdraw: 'content.summary.withdraw', publish: 'content.summary.publish',
  schedule: 'content.summary.schedule', unpublish: 'content.summary.unpublish', archive: 'content.summary.archive',
  reopen: 'content.summary.reopen', publishDue: 'content.summary.publishDue',
};

/** "title, summary and 2 more fields" in the language of `t`. */
function fieldList(names: string[], t: Translate): string {
  const shown = names.length > 4 ? names.slice(0, 3) : names;
  const parts = names.length > 4 ? [...shown, t('content.summary.more', { count: names.length - 3 })] : shown;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${t('content.summary.and')} ${parts[parts.length - 1]}`;
}

/**
 * What a revision did, in the language of `t`: "Created", "Edited title and body", "Scheduled for
 * 2026-12-01 09:00 UTC", "Restored version 3". `label` names a field (the content type's label).
 */
export function describeRevision(r: RevisionFacts, t: Translate, label: (field: string) => string): string {
  switch (r.event) {
    case null: return r.summary;
    case 'created': return t('content.summary.created');
    case 'baseline': return t('content.summary.baseline');
    case 'restored': return t('content.summary.restored', { version: r.restoredFrom ?? 0 });
    case 'saved': {
      const edited = (r.changes ?? []).filter((c) => !WORKFLOW_FIELDS.includes(c.field));
      if (edited.length === 0) return t('content.summary.unchanged');
      return t('content.summary.edited', { fields: fieldList(edited.map((c) => label(c.field).toLowerCase()), t) });
    }
    case 'schedule': {
      const at = r.changes?.find((c) => c.field === 'publishAt')?.to;
      return typeof at === 'string' ? t('content.summary.scheduledFor', { when: at.slice(0, 16).replace('T', ' ') }) : t(STEP_KEYS.schedule);
    }
    default: return t(STEP_KEYS[r.event]);
  }
}

const english = translator('en');

/** The English summary stored beside the facts (logs, exports); never read back. */
export function englishSummary(r: Omit<RevisionFacts, 'summary'>, fields: readonly ContentField[]): string {
  const labels = new Map(fields.map((f) => [f.name, f.label]));
  return describeRevision({ ...r, summary: '' }, english, (field) => {
    const key = labels.get(field);
    return key ? english(key) : field;
  });
}
