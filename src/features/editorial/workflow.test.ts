import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../platform/errors.ts';
import { RESOURCE_STATUSES, type ResourceStatus } from '../resources/resources.table.ts';
import { WORKFLOW_ACTIONS, assertTransition, availableActions, nextState, type WorkflowAction } from './workflow.ts';

/** The whole table, written out: [from, action] → to, or absent when refused. */
const EXPECTED: Record<string, ResourceStatus> = {
  'draft submit': 'review',
  'review withdraw': 'draft',
  'review publish': 'published',
  'scheduled publish': 'published',
  'review schedule': 'scheduled',
  'scheduled schedule': 'scheduled',
  'published unpublish': 'draft',
  'scheduled unpublish': 'draft',
  'draft archive': 'archived',
  'review archive': 'archived',
  'scheduled archive': 'archived',
  'published archive': 'archived',
  'archived reopen': 'draft',
  'scheduled publishDue': 'published',
};

describe('editorial workflow', () => {
  it('allows exactly the transitions of the table, for every state and action', () => {
    for (const from of RESOURCE_STATUSES) {
      for (const action of WORKFLOW_ACTIONS) {
        assert.equal(nextState(from, action), EXPECTED[`${from} ${action}`] ?? null, `${from} --${action}->`);
      }
    }
  });

  it('follows draft → review → scheduled → published', () => {
    let s: ResourceStatus = 'draft';
    for (const a of ['submit', 'schedule', 'publishDue'] as WorkflowAction[]) s = assertTransition(s, a);
    assert.equal(s, 'published');
    assert.equal(assertTransition(s, 'unpublish'), 'draft');
  });

  it('refuses a draft going straight to published with a 409 that says why', () => {
    assert.throws(() => assertTransition('draft', 'publish'), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.status, 409);
      assert.match(err.message, /draft; it cannot be published until it has been submitted for review/);
      return true;
    });
    assert.throws(() => assertTransition('archived', 'publish'), /archived; it cannot be published\./);
    assert.throws(() => assertTransition('published', 'submit'), /published; it cannot be submitted/);
  });

  it('lists the actions a person can take, never the scheduler’s own', () => {
    assert.deepEqual(availableActions('draft'), ['submit', 'archive']);
    assert.deepEqual(availableActions('review'), ['withdraw', 'publish', 'schedule', 'archive']);
    assert.deepEqual(availableActions('scheduled'), ['publish', 'schedule', 'unpublish', 'archive']);
    assert.deepEqual(availableActions('published'), ['unpublish', 'archive']);
    assert.deepEqual(availableActions('archived'), ['reopen']);
  });
});
