import { hasMessage, type MessageKey, type Translate } from '../../platform/i18n/index.ts';
import { FIELD_LABELS } from './diff.ts';
import { TRANSITIONS, type WorkflowAction } from './workflow.ts';

/**
 * Revision summaries are stored once, in English ("Edited title and body", "Scheduled for
 * 2026-12-01 09:00 UTC"), the way the audit trail and the logs read them. This turns a stored
 * summary back into its parts and says it in the staff member's language; a summary it does not
 * recognise is shown as stored.
 */
const FIXED: Readonly<Record<string, MessageKey>> = {
  'Created': 'editorial.summary.created',
  'As it was before its first edit here': 'editorial.summary.baseline',
  'Saved without changes': 'editorial.summary.unchanged',
};

const ACTION_KEYS: Readonly<Record<WorkflowAction, MessageKey>> = {
  submit: 'editorial.summary.submit', withdraw: 'editorial.summary.withdraw', publish: 'editorial.summary.publish',
  schedule: 'editorial.summary.schedule', unpublish: 'editorial.summary.unpublish', archive: 'editorial.summary.archive',
  reopen: 'editorial.summary.reopen', publishDue: 'editorial.summary.publishDue',
};
const BY_DONE = new Map(Object.entries(TRANSITIONS).map(([action, t]) => [t.done, ACTION_KEYS[action as WorkflowAction]]));

// Lower-cased English label → field, for "Edited …"; projects, statements and pages add a position.
const FIELD_BY_LABEL = new Map([...Object.entries(FIELD_LABELS), ['position', 'Position']].map(([field, label]) => [label.toLowerCase(), field]));

function fieldName(label: string, t: Translate): string {
  const field = FIELD_BY_LABEL.get(label);
  const key = `editorial.diff.label.${field}`;
  return field && hasMessage(key) ? t(key).toLowerCase() : label;
}

function edited(list: string, t: Translate): string | null {
  const more = /^(.*) and (\d+) more fields$/.exec(list);
  const named = (more ? more[1] : list).split(/, | and /);
  const names = named.map((label) => fieldName(label, t));
  if (more) names.push(t('editorial.summary.more', { count: Number(more[2]) }));
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${t('editorial.summary.and')} ${names[names.length - 1]}`;
  return t('editorial.summary.edited', { fields: joined });
}

/** A stored revision summary in the language of `t`. */
export function localizeSummary(summary: string, t: Translate): string {
  const fixed = FIXED[summary] ?? BY_DONE.get(summary);
  if (fixed) return t(fixed);
  const restored = /^Restored version (\d+)$/.exec(summary);
  if (restored) return t('editorial.summary.restored', { version: Number(restored[1]) });
  const scheduled = /^Scheduled for (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC$/.exec(summary);
  if (scheduled) return t('editorial.summary.scheduledFor', { when: scheduled[1] });
  const list = /^Edited (.+)$/.exec(summary);
  return (list && edited(list[1], t)) ?? summary;
}
