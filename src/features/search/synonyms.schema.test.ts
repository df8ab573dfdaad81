import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PHRASE_MAX, PHRASES_INPUT_MAX, PHRASES_MAX, readPhrases, readVersion } from './synonyms.schema.ts';

const problem = (raw: unknown) => {
  const read = readPhrases(raw);
  assert.equal(read.ok, false, `refused: ${String(JSON.stringify(raw)).slice(0, 60)}`);
  return read.ok ? undefined : read.problem;
};

describe('synonym phrases (readPhrases)', () => {
  it('reads one phrase per line, blank lines and extra spaces dropped, typography made plain', () => {
    const read = readPhrases('  CIMT \r\n\n crime   involving moral turpitude\n\tcrímenes de vileza moral \u2014 CIMT’s\n');
    assert.deepEqual(read, { ok: true, phrases: ['CIMT', 'crime involving moral turpitude', "crímenes de vileza moral - CIMT's"] });
    assert.deepEqual(readPhrases('U.S. citizen\nI&N\npost-conviction'), { ok: true, phrases: ['U.S. citizen', 'I&N', 'post-conviction'] });
  });

  it('needs at least two different phrases: case and accents do not make a phrase different', () => {
    assert.equal(problem('')?.key, 'synonyms.error.too_few');
    assert.equal(problem('asylum')?.key, 'synonyms.error.too_few');
    assert.equal(problem(undefined)?.key, 'synonyms.error.too_few');
    assert.deepEqual(problem('Petición\nasylum\npeticion'), { key: 'synonyms.error.duplicate', params: { line: 3, other: 1 } });
    assert.deepEqual(problem('CIMT\n\ncimt'), { key: 'synonyms.error.duplicate', params: { line: 3, other: 1 } });
  });

  it('refuses several phrases on one line, naming it', () => {
    assert.deepEqual(problem('CIMT = crime involving moral turpitude'), { key: 'synonyms.error.one_per_line', params: { line: 1 } });
    assert.deepEqual(problem('asylum\nasilo, refugio'), { key: 'synonyms.error.one_per_line', params: { line: 2 } });
  });

  it('allows words only, naming the first character that is not', () => {
    assert.deepEqual(problem('INA 212(h)\nwaiver'), { key: 'synonyms.error.characters', params: { line: 1, character: '(' } });
    assert.deepEqual(problem('asylum\n§ 208'), { key: 'synonyms.error.characters', params: { line: 2, character: '§' } });
    assert.deepEqual(problem('asylum\n<script>'), { key: 'synonyms.error.characters', params: { line: 2, character: '<' } });
    assert.deepEqual(problem('asylum\n🙂 refugee'), { key: 'synonyms.error.characters', params: { line: 2, character: '🙂' } });
    assert.deepEqual(problem('asylum\n- . -'), { key: 'synonyms.error.no_word', params: { line: 2 } });
  });

  it('bounds phrase length, the number of phrases and the whole input', () => {
    assert.ok(readPhrases(`asylum\n${'a'.repeat(PHRASE_MAX)}`).ok);
    assert.deepEqual(problem(`asylum\n${'a'.repeat(PHRASE_MAX + 1)}`), { key: 'synonyms.error.phrase_long', params: { line: 2, max: PHRASE_MAX } });
    const many = Array.from({ length: PHRASES_MAX + 1 }, (_, i) => `word${i}`).join('\n');
    assert.deepEqual(problem(many), { key: 'synonyms.error.too_many', params: { max: PHRASES_MAX } });
    assert.deepEqual(problem('a\n'.repeat(PHRASES_INPUT_MAX)), { key: 'synonyms.error.input_long', params: { max: PHRASES_INPUT_MAX } });
  });

  it('reads a form version only as a small whole number', () => {
    assert.equal(readVersion('3'), 3);
    for (const bad of ['', '-1', '1.5', '1e3', '9999999999', undefined, 3]) assert.equal(readVersion(bad), null, String(bad));
  });
});
