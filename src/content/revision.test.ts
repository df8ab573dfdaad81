import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../app/messages.ts';
import { translator } from '../platform/i18n/index.ts';
import { ContentRefusal, REFUSAL_STATUS, invalidFields, refused } from './refusal.ts';
import { describeRevision, englishSummary, fieldChanges, type ContentField } from './revision.ts';
import { nextState, stepPolicy, PERSON_ACTIONS } from './workflow.ts';

const FIELDS: ContentField[] = [
  { name: 'title', label: 'editorial.diff.label.title', prose: true },
  { name: 'topics', label: 'editorial.diff.label.topics' },
  { name: 'status', label: 'editorial.diff.label.status' },
  { name: 'publishAt', label: 'editorial.diff.label.publishAt' },
];
const before = { title: 'Old', topics: ['daca'], status: 'review', publishAt: null, untracked: 1 };

describe('revisions as data', () => {
  it('records changed fields in the type’s order: values for short fields, the name only for prose', () => {
    const after = { ...before, title: 'New', topics: ['daca', 'tps'], untracked: 2 };
    assert.deepEqual(fieldChanges(FIELDS, before, after), [{ field: 'title' }, { field: 'topics', from: ['daca'], to: ['daca', 'tps'] }]);
    assert.deepEqual(fieldChanges(FIELDS, before, { ...before }), []);
  });

  it('says a save, a schedule and a restore in either language from the facts alone', () => {
    const en = translator('en');
    const es = translator('es');
    const changes = fieldChanges(FIELDS, before, { ...before, title: 'New', status: 'scheduled' });
    assert.equal(englishSummary({ event: 'saved', restoredFrom: null, changes }, FIELDS), 'Edited title');
    const label = (field: string) => es(FIELDS.find((f) => f.name === field)!.label);
    assert.equal(describeRevision({ event: 'saved', restoredFrom: null, changes, summary: 'ignored' }, es, label), 'Se editó: título');
    const scheduled = fieldChanges(FIELDS, before, { ...before, status: 'scheduled', publishAt: '2026-12-01T09:00:00.000Z' });
    assert.equal(describeRevision({ event: 'schedule', restoredFrom: null, changes: scheduled, summary: '' }, en, label), 'Scheduled for 2026-12-01 09:00 UTC');
    assert.equal(describeRevision({ event: 'restored', restoredFrom: 4, changes: [], summary: '' }, es, label), 'Se restauró la versión 4');
  });
});

describe('one refusal', () => {
  it('maps every reason to one HTTP status', () => {
    const statuses = Object.fromEntries(Object.keys(REFUSAL_STATUS).map((r) => [r, new ContentRefusal(r as keyof typeof REFUSAL_STATUS, { key: 'content.refused.fields' }).status]));
    assert.deepEqual(statuses, { invalid: 400, conflict: 409, transition: 409, restore: 409, missing: 404, forbidden: 403 });
  });

  it('carries field problems as catalog texts, in English for logs and JSON, translated for pages', () => {
    const err = invalidFields({ slug: { key: 'editorial.error.slug.taken', params: { slug: 'about' } } });
    assert.equal(err.reason, 'invalid');
    assert.equal(refused(err, 'conflict'), false);
    assert.match(String((err.details.fields as Record<string, string>).slug), /about/);
    assert.notEqual(err.fieldMessages(translator('es')).slug, err.fieldMessages(translator('en')).slug);
    assert.equal(err.say(translator('en')), err.fieldMessages(translator('en')).slug);
  });
});

describe('the workflow', () => {
  it('lets a type leave out steps it does not have', () => {
    assert.equal(nextState('review', 'schedule'), 'scheduled');
    assert.equal(nextState('review', 'schedule', ['submit', 'publish']), null);
    assert.deepEqual(Object.keys(stepPolicy(Object.fromEntries(PERSON_ACTIONS.map((a) => [a, a])) as never)), [...PERSON_ACTIONS]);
  });
});
