import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishSummary, fieldChanges } from '../../content/revision.ts';
import { collapseUnchanged, diffRevisions, diffText } from './diff.ts';
import type { ResourceSnapshot } from './editorial.schema.ts';
import { RESOURCE_FIELDS } from './resources.type.ts';

/** The English summary of a save from snapshot `a` to `b`, as the engine stores it. */
const describeChanges = (a: ResourceSnapshot, b: ResourceSnapshot) =>
  englishSummary({ event: 'saved', restoredFrom: null, changes: fieldChanges(RESOURCE_FIELDS, a, b) }, RESOURCE_FIELDS);

const base: ResourceSnapshot = {
  title: 'Matter of Pickering advisory', slug: 'pickering', type: 'practice-advisory', topics: ['crimes-and-immigration'],
  language: 'en', audience: 'practitioners', summary: 'How vacated convictions count.', body: 'First paragraph.\n\nSecond paragraph.',
  publishedOn: '2024-01-02', updatedOn: null, reviewedOn: null, updates: [], authors: [{ name: 'A. Lawyer', affiliation: null }], series: null, translationOf: null, supersedes: [],
  status: 'draft', publishAt: null, attachments: [],
};

describe('revision diff', () => {
  it('lists only changed fields, in reading order, with readable values', () => {
    const changes = diffRevisions(base, { ...base, topics: ['crimes-and-immigration', 'removal-defense'], updatedOn: '2024-02-01', series: { slug: 'pd', part: 1, of: 2 } });
    assert.deepEqual(changes.map((c) => c.field), ['topics', 'updatedOn', 'series']);
    assert.equal(changes[0].before, 'crimes-and-immigration');
    assert.equal(changes[0].after, 'crimes-and-immigration, removal-defense');
    assert.equal(changes[1].before, '—');
    assert.equal(changes[2].after, 'pd, part 1 of 2');
    assert.equal(changes[0].parts, null);
    assert.deepEqual(diffRevisions(base, { ...base }), []);
  });

  it('diffs title, summary and body word by word', () => {
    const [title] = diffRevisions(base, { ...base, title: 'Matter of Pickering practice advisory' });
    assert.equal(title.field, 'title');
    assert.deepEqual(title.parts?.filter((p) => p.op !== 'same').map((p) => [p.op, p.value.trim()]), [['ins', 'practice']]);
    const parts = diffText('Vacated convictions count.', 'Vacated convictions do not count.');
    assert.deepEqual(parts.filter((p) => p.op !== 'same').map((p) => [p.op, p.value.trim()]), [['ins', 'do not']]);
    assert.equal(parts.map((p) => (p.op === 'del' ? '' : p.value)).join(''), 'Vacated convictions do not count.');
  });

  it('shortens long unchanged stretches of a body but keeps the changes', () => {
    const long = 'word '.repeat(2000);
    const changes = diffRevisions({ ...base, body: `${long}old ending` }, { ...base, body: `${long}new ending` });
    const body = changes.find((c) => c.field === 'body');
    assert.ok(body?.parts);
    const text = body.parts.map((p) => p.value).join('');
    assert.ok(text.length < 1000, `collapsed to ${text.length} characters`);
    assert.ok(body.parts.some((p) => p.op === 'del' && p.value.includes('old')));
    assert.ok(body.parts.some((p) => p.op === 'ins' && p.value.includes('new')));
    assert.equal(collapseUnchanged([{ op: 'same', value: 'short' }])[0].value, 'short');
  });

  it('shows every field as added when there is no earlier version', () => {
    const changes = diffRevisions({}, base);
    assert.ok(changes.some((c) => c.field === 'title' && c.before === '—' && c.after === base.title));
  });

  it('summarises changes in words', () => {
    assert.equal(describeChanges(base, { ...base, body: 'New.' }), 'Edited body');
    assert.equal(describeChanges(base, { ...base, body: 'New.', title: 'T' }), 'Edited title and body');
    assert.equal(describeChanges(base, { ...base }), 'Saved without changes');
    // State and schedule change by workflow steps, not edits.
    assert.equal(describeChanges(base, { ...base, status: 'review' }), 'Saved without changes');
    assert.deepEqual(fieldChanges(RESOURCE_FIELDS, base, { ...base, body: 'New.', topics: [] }), [
      { field: 'body' }, { field: 'topics', from: ['crimes-and-immigration'], to: [] },
    ]);
  });
});
