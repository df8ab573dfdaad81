import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../../platform/i18n/index.ts';
import { QUERY_PROBLEM_CODES, parseLibraryQuery, type QueryProblemCode } from '../resources.schema.ts';
import { problemText, problemsMessage } from './problems.ts';

const BAD: [string, QueryProblemCode][] = [
  ['colour=red', 'unknown'],
  ['type=chart&type=sample-form', 'repeated'],
  [`q=${'x'.repeat(2001)}`, 'too_long'],
  ['topic=Bad_Slug', 'slug'],
  ['lang=english', 'language'],
  ['sort=random', 'choice'],
  ['audience=everyone', 'choice'],
  ['from=yesterday', 'date_format'],
  ['to=2024-02-30', 'date_unreal'],
  ['from=2024-06-01&to=2024-01-01', 'date_order'],
  ['page=0', 'page'],
  ['page=abc', 'page'],
  ['q=a%00b', 'control'],
];

describe('library query problems in the visitor language', () => {
  for (const [qs, code] of BAD) {
    it(`${qs.slice(0, 30)} → ${code}, written out in English and Spanish`, () => {
      const parsed = parseLibraryQuery(new URLSearchParams(qs), { strict: true });
      assert.equal(parsed.ok, false);
      if (parsed.ok) return;
      assert.equal(parsed.problems[0].code, code, JSON.stringify(parsed.problems));
      for (const locale of ['en', 'es'] as const) {
        const text = problemText(parsed.problems[0], translator(locale));
        assert.doesNotMatch(text, /\{\w+\}/, `${locale}: every placeholder filled in "${text}"`);
        assert.ok(text.length > 10, text);
      }
    });
  }

  it('covers every problem code the schema can report', () => {
    const seen = new Set(BAD.map(([, code]) => code));
    assert.deepEqual(QUERY_PROBLEM_CODES.filter((c) => !seen.has(c) && c !== 'invalid'), []);
  });

  it('names the field by its form label and joins the problems into one sentence', () => {
    const parsed = parseLibraryQuery(new URLSearchParams('from=2024-02-31&page=0'));
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.equal(problemsMessage(parsed.problems, translator('en')), '“Published from” is not a real calendar date; “Page” must be a whole number between 1 and 999999.');
    assert.equal(problemsMessage(parsed.problems, translator('es')), '«Publicado desde» no es una fecha real del calendario; «Página» debe ser un número entero entre 1 y 999999.');
  });

  it('falls back to the English message for a problem without a code', () => {
    assert.equal(problemText({ param: 'x', message: '"x" is odd' }, translator('es')), '"x" is odd');
  });
});
