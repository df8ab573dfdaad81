import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../platform/i18n/index.ts';
import { FIELD_LABELS, describeChanges, type FieldChange } from './diff.ts';
import { localizeSummary } from './revision-summary.ts';
import { TRANSITIONS, transitionSummary, type WorkflowAction } from './workflow.ts';

const en = translator('en');
const es = translator('es');
const change = (field: string): FieldChange => ({ field, label: FIELD_LABELS[field] ?? 'Position', before: 'a', after: 'b', parts: null });

/** Every summary the services write, as they write it. */
const WRITTEN = [
  'Created', 'As it was before its first edit here', 'Restored version 3', 'Scheduled for 2026-12-01 09:00 UTC',
  ...(Object.keys(TRANSITIONS) as WorkflowAction[]).map(transitionSummary),
  describeChanges([]),
  describeChanges([change('title')]),
  describeChanges([change('title'), change('body')]),
  describeChanges([change('slug'), change('topics'), change('translationOf')]),
  describeChanges([change('title'), change('summary'), change('body'), change('slug'), change('authors'), change('series')]),
  describeChanges([change('position')]),
];

describe('revision summaries in the staff member’s language', () => {
  it('reads every summary the services write back to the same English', () => {
    for (const summary of WRITTEN) assert.equal(localizeSummary(summary, en), summary);
  });

  it('says each of them in Spanish', () => {
    const spanish = WRITTEN.map((s) => localizeSummary(s, es));
    for (const [i, s] of spanish.entries()) assert.notEqual(s, WRITTEN[i], `not translated: ${WRITTEN[i]}`);
    assert.equal(localizeSummary('Edited title and body', es), 'Se editó: título y texto');
    assert.equal(localizeSummary('Edited web address (slug), topics and translation of', es), 'Se editó: dirección web (slug), temas y traducción de');
    assert.equal(localizeSummary('Edited title, summary, body and 3 more fields', es), 'Se editó: título, resumen, texto y 3 campos más');
    assert.equal(localizeSummary('Restored version 3', es), 'Se restauró la versión 3');
    assert.equal(localizeSummary('Scheduled for 2026-12-01 09:00 UTC', es), 'Programado para el 2026-12-01 09:00 UTC');
    assert.equal(localizeSummary('Published on schedule', es), 'Publicado según lo programado');
  });

  it('shows a summary it does not know as stored', () => {
    assert.equal(localizeSummary('Imported from the old site', es), 'Imported from the old site');
  });
});
