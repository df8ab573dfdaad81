import type { ErrorText } from '../../platform/errors.ts';
import type { PublishState } from '../../content/content.table.ts';
import { assertTransition as assertStep, type WorkflowAction } from '../../content/workflow.ts';

// The workflow itself is the content engine's (src/content/workflow.ts), the same for every type.
export { TRANSITIONS, WORKFLOW_ACTIONS, availableActions, nextState } from '../../content/workflow.ts';
export type { PersonAction, WorkflowAction } from '../../content/workflow.ts';

/**
 * Why a resource cannot take a step, as catalog texts ("This resource is a draft; it cannot be
 * published until it has been submitted for review."), so a staff page says it in the person's
 * language.
 */
export function resourceTransitionText(from: PublishState, action: WorkflowAction): ErrorText {
  const needsReview = (action === 'publish' || action === 'schedule') && from === 'draft';
  return {
    key: needsReview ? 'editorial.error.transition.review' : 'editorial.error.transition',
    parts: { state: { key: `editorial.refused.state.${from}` }, action: { key: `editorial.refused.action.${action}` } },
  };
}

/** The next state of a resource, or a ContentRefusal (409) saying plainly why not. */
export function assertTransition(from: PublishState, action: WorkflowAction): PublishState {
  return assertStep(from, action, resourceTransitionText);
}
