import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator, type Translate } from '../../platform/i18n/index.ts';
import { describeRevision, englishSummary, type FieldChangeRecord, type RevisionFacts } from '../../content/revision.ts';
import { WORKFLOW_ACTIONS } from '../../content/workflow.ts';
import { documentFields } from './documents/documents.type.ts';
import { RESOURCE_FIELDS } from './resources.type.ts';

const en = translator('en');
const es = translator('es');
const FIELDS = [...RESOURCE_FIELDS, ...documentFields('project')];
const label = (t: Translate) => (field: string) => t(FIELDS.find((f) => f.name === field)!.label);
const edited = (...fields: string[]): RevisionFacts => ({ event: 'saved', restoredFrom: null, summary: '', changes: fields.map((field): FieldChangeRecord => ({ field, from: 'a', to: 'b' })) });
const facts = (event: RevisionFacts['event'], more: Partial<RevisionFacts> = {}): RevisionFacts => ({ event, restoredFrom: null, changes: [], summary: '', ...more });

/** Every kind of revision the engine writes, with the English the old services stored for it. */
const WRITTEN: [RevisionFacts, string][] = [
  [facts('created'), 'Created'],
  [facts('baseline'), 'As it was before its first edit here'],
  [facts('restored', { restoredFrom: 3 }), 'Restored version 3'],
  [facts('schedule', { changes: [{ field: 'publishAt', from: null, to: '2026-12-01T09:00:00.000Z' }] }), 'Scheduled for 2026-12-01 09:00 UTC'],
  ...WORKFLOW_ACTIONS.filter((a) => a !== 'schedule').map((a): [RevisionFacts, string] => [facts(a), en(`content.summary.${a}`)]),
  [edited(), 'Saved without changes'],
  [edited('status', 'publishAt'), 'Saved without changes'],
  [edited('title'), 'Edited title'],
  [edited('title', 'body'), 'Edited title and body'],
  [edited('slug', 'topics', 'translationOf'), 'Edited web address (slug), topics and translation of'],
  [edited('title', 'summary', 'body', 'slug', 'authors', 'series'), 'Edited title, summary, body and 3 more fields'],
  [edited('position'), 'Edited position'],
];

describe('revision summaries in the staff member’s language, from the revision’s facts', () => {
  it('says every revision the engine writes in English as the old services wrote it', () => {
    for (const [r, english] of WRITTEN) assert.equal(describeRevision(r, en, label(en)), english);
    assert.equal(englishSummary(edited('title', 'body'), RESOURCE_FIELDS), 'Edited title and body');
  });

  it('says each of them in Spanish', () => {
    for (const [r, english] of WRITTEN) assert.notEqual(describeRevision(r, es, label(es)), english, `not translated: ${english}`);
    assert.equal(describeRevision(edited('title', 'body'), es, label(es)), 'Se editó: título y texto');
    assert.equal(describeRevision(edited('slug', 'topics', 'translationOf'), es, label(es)), 'Se editó: dirección web (slug), temas y traducción de');
    assert.equal(describeRevision(edited('title', 'summary', 'body', 'slug', 'authors', 'series'), es, label(es)), 'Se editó: título, resumen, texto y 3 campos más');
    assert.equal(describeRevision(facts('restored', { restoredFrom: 3 }), es, label(es)), 'Se restauró la versión 3');
    assert.equal(describeRevision(WRITTEN[3][0], es, label(es)), 'Programado para el 2026-12-01 09:00 UTC');
    assert.equal(describeRevision(facts('publishDue'), es, label(es)), 'Publicado según lo programado');
  });

  it('shows an old summary without facts as stored', () => {
    assert.equal(describeRevision({ event: null, restoredFrom: null, changes: null, summary: 'Imported from the old site' }, es, label(es)), 'Imported from the old site');
  });
});
