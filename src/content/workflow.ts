import type { ErrorText } from '../platform/errors.ts';
import type { PublishState } from './content.table.ts';
import { ContentRefusal } from './refusal.ts';

/** Everything that moves an item from one workflow state to another. */
export const WORKFLOW_ACTIONS = ['submit', 'withdraw', 'publish', 'schedule', 'unpublish', 'archive', 'reopen', 'publishDue'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** A person's workflow step (the scheduler's `publishDue` is its own). */
export type PersonAction = Exclude<WorkflowAction, 'publishDue'>;

/** Every step a person can take, in the order screens list them. */
export const PERSON_ACTIONS: readonly PersonAction[] = WORKFLOW_ACTIONS.filter((a): a is PersonAction => a !== 'publishDue');

/** The part of a policy table (step → permission) that covers workflow steps only. */
export function stepPolicy<T>(policy: Readonly<Record<PersonAction, T>>): Readonly<Record<PersonAction, T>> {
  return Object.fromEntries(PERSON_ACTIONS.map((a) => [a, policy[a]])) as Record<PersonAction, T>;
}

interface Transition {
  from: readonly PublishState[];
  to: PublishState;
}

/**
 * The workflow as data: draft → review → published, or review → scheduled → published when its
 * time comes; unpublish returns to draft; anything but an archived item can be archived, and an
 * archived item reopened as a draft. `publishDue` is the scheduler's own transition.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submit: { from: ['draft'], to: 'review' },
  withdraw: { from: ['review'], to: 'draft' },
  publish: { from: ['review', 'scheduled'], to: 'published' },
  schedule: { from: ['review', 'scheduled'], to: 'scheduled' },
  unpublish: { from: ['published', 'scheduled'], to: 'draft' },
  archive: { from: ['draft', 'review', 'scheduled', 'published'], to: 'archived' },
  reopen: { from: ['archived'], to: 'draft' },
  publishDue: { from: ['scheduled'], to: 'published' },
};

/** The state `action` leads to from `from`, or null when the workflow (or `steps`) does not allow it. */
export function nextState(from: PublishState, action: WorkflowAction, steps: readonly WorkflowAction[] = WORKFLOW_ACTIONS): PublishState | null {
  const t = TRANSITIONS[action];
  return steps.includes(action) && t.from.includes(from) ? t.to : null;
}

/** The actions a person can take on an item in state `from` (the scheduler's own excluded). */
export function availableActions(from: PublishState, steps: readonly WorkflowAction[] = WORKFLOW_ACTIONS): PersonAction[] {
  return WORKFLOW_ACTIONS.filter((a): a is PersonAction => a !== 'publishDue' && nextState(from, a, steps) !== null);
}

/**
 * The next state, or a ContentRefusal (`transition`, 409) whose text, from the content type,
 * says plainly why not.
 */
export function assertTransition(
  from: PublishState, action: WorkflowAction, text: (from: PublishState, action: WorkflowAction) => ErrorText,
  steps: readonly WorkflowAction[] = WORKFLOW_ACTIONS,
): PublishState {
  const to = nextState(from, action, steps);
  if (to !== null) return to;
  throw new ContentRefusal('transition', text(from, action), { from, action });
}
