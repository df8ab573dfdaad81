import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanLine, cleanText } from './text.ts';

describe('cleanLine() and cleanText()', () => {
  it('drop control and bidirectional override characters, keep every script and the plain direction marks', () => {
    assert.equal(cleanLine('Report\u202Efdp.exe'), 'Reportfdp.exe');
    assert.equal(cleanLine('a\u2066b\u2069c\u202Ad\u202Ce\u202Bf\u202Dg'), 'abcdefg');
    assert.equal(cleanLine('bell\u0007 esc\u001b del\u007f c1\u0085'), 'bell esc del c1');
    assert.equal(cleanLine('nul\u0000'), 'nul\u0000', 'U+0000 is left for the refusal with a message');
    assert.equal(cleanLine('two\nlines\tand\r\na tab'), 'two lines and a tab');
    assert.equal(cleanLine('Guía práctica · Отчёт · 報告 · تقرير\u200F'), 'Guía práctica · Отчёт · 報告 · تقرير\u200F');
    assert.equal(cleanText('line one\nline two\u202E'), 'line one\nline two');
  });
});
