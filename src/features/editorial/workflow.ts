import { AppError, inEnglish, type ErrorText } from '../../platform/errors.ts';
import type { ResourceStatus } from '../resources/index.ts';

/** Everything that moves a resource from one workflow state to another. */
export const WORKFLOW_ACTIONS = ['submit', 'withdraw', 'publish', 'schedule', 'unpublish', 'archive', 'reopen', 'publishDue'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

interface Transition {
  from: readonly ResourceStatus[];
  to: ResourceStatus;
  /** Past tense, for revision summaries and messages. */
  done: string;
}

/**
 * The workflow as data: draft → review → published, or review → scheduled → published when its
 * time comes; unpublish returns to draft; anything but an archived item can be archived, and an
 * archived item reopened as a draft. `publishDue` is the scheduler's own transition.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submit: { from: ['draft'], to: 'review', done: 'Submitted for review' },
  withdraw: { from: ['review'], to: 'draft', done: 'Returned to draft' },
  publish: { from: ['review', 'scheduled'], to: 'published', done: 'Published' },
  schedule: { from: ['review', 'scheduled'], to: 'scheduled', done: 'Scheduled' },
  unpublish: { from: ['published', 'scheduled'], to: 'draft', done: 'Unpublished' },
  archive: { from: ['draft', 'review', 'scheduled', 'published'], to: 'archived', done: 'Archived' },
  reopen: { from: ['archived'], to: 'draft', done: 'Reopened as a draft' },
  publishDue: { from: ['scheduled'], to: 'published', done: 'Published on schedule' },
};

/** The state `action` leads to from `from`, or null when the workflow does not allow it. */
export function nextState(from: ResourceStatus, action: WorkflowAction): ResourceStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

/** The actions a person can take on an item in state `from` (the scheduler's own excluded). */
export function availableActions(from: ResourceStatus): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => a !== 'publishDue' && nextState(from, a) !== null);
}

/**
 * The next state, or a 409 saying plainly why not ("This resource is a draft; it cannot be
 * published until it has been submitted for review."). The error carries the sentence as catalog
 * texts, so a staff page shows it in the person's language; its message is the English.
 */
export function assertTransition(from: ResourceStatus, action: WorkflowAction): ResourceStatus {
  const to = nextState(from, action);
  if (to !== null) return to;
  const needsReview = (action === 'publish' || action === 'schedule') && from === 'draft';
  const text: ErrorText = {
    key: needsReview ? 'editorial.error.transition.review' : 'editorial.error.transition',
    parts: { state: { key: `editorial.refused.state.${from}` }, action: { key: `editorial.refused.action.${action}` } },
  };
  throw new AppError('conflict', inEnglish(text), { from, action }, text);
}

/** The revision summary for a transition. */
export function transitionSummary(action: WorkflowAction): string {
  return TRANSITIONS[action].done;
}
