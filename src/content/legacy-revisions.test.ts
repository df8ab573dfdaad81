import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { convertLegacyRevisions } from '../db/migrations/021_structured_revisions.ts';
import { listRevisions } from './revisions.repo.ts';

describeEachDialect('revisions written before they were data (migration 021)', (env) => {
  it('recognises the old summaries and works out the changed fields from the snapshots', async () => {
    const snap = (over: Record<string, unknown>) => JSON.stringify({ title: 'T', summary: 'S', slug: 'legacy', topics: ['daca'], status: 'draft', publishAt: null, ...over });
    const rows: [number, string, string][] = [
      [1, 'Created', snap({})],
      [2, 'Edited title and topics', snap({ title: 'T2', topics: ['daca', 'tps'] })],
      [3, 'Submitted for review', snap({ title: 'T2', topics: ['daca', 'tps'], status: 'review' })],
      [4, 'Scheduled for 2026-12-01 09:00 UTC', snap({ title: 'T2', topics: ['daca', 'tps'], status: 'scheduled', publishAt: '2026-12-01T09:00:00.000Z' })],
      [5, 'Restored version 1', snap({ status: 'scheduled', publishAt: '2026-12-01T09:00:00.000Z' })],
      [6, 'Imported from the old site', snap({})],
    ];
    await env().db.insertInto('revisions').values(rows.map(([version, summary, snapshot]) => ({
      entity_type: 'page' as const, entity_id: 999_999, version, user_id: null, created_at: '2024-01-01T00:00:00.000Z', snapshot, summary,
      event: null, restored_from: null, changes: null,
    }))).execute();
    await convertLegacyRevisions(env().db);
    const history = (await listRevisions(env().db, 'page', 999_999)).reverse();
    assert.deepEqual(history.map((h) => [h.event, h.restoredFrom]), [
      ['created', null], ['saved', null], ['submit', null], ['schedule', null], ['restored', 1], [null, null],
    ]);
    assert.deepEqual(history[1].changes, [{ field: 'title' }, { field: 'topics', from: ['daca'], to: ['daca', 'tps'] }]);
    assert.deepEqual(history[3].changes, [
      { field: 'status', from: 'review', to: 'scheduled' }, { field: 'publishAt', from: null, to: '2026-12-01T09:00:00.000Z' },
    ]);
    assert.equal(history[5].summary, 'Imported from the old site');
  });
}, { dataset: 'tiny' });
