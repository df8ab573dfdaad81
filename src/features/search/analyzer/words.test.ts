import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { droppedMarks, foldMap, separatorRanges } from './unicode61.ts';
import { foldText, wordsOf } from './words.ts';

/** The tables applied one character at a time, the slow obvious way. */
function referenceWords(text: string): string[] {
  const dropped = new Set(droppedMarks);
  const separator = (cp: number) => separatorRanges.some(([a, b]) => cp >= a && cp <= b);
  const words: string[] = [];
  let word = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (dropped.has(cp)) continue;
    if (separator(cp)) {
      if (word) words.push(word);
      word = '';
    } else word += String.fromCodePoint(foldMap.get(cp) ?? cp);
  }
  if (word) words.push(word);
  return words;
}

describe('search words', () => {
  it('folds case and accents and splits citations into words as unicode61 does', () => {
    assert.equal(foldText('PETICIÓN Año Über'), 'peticion ano uber');
    assert.deepEqual(wordsOf('INA § 212(h)'), ['ina', '212', 'h']);
    assert.deepEqual(wordsOf('8 C.F.R. § 1003.23'), ['8', 'c', 'f', 'r', '1003', '23']);
    assert.deepEqual(wordsOf('Cota-Vargas’s “rule”'), ['cota', 'vargas', 's', 'rule']);
    assert.deepEqual(wordsOf('e\u0301xito'), ['exito'], 'a decomposed accent is dropped too');
  });

  it('folds and splits every character as the tables say, on the ASCII fast path and off it', () => {
    const ascii = Array.from({ length: 127 }, (_, i) => `Qa${String.fromCharCode(i + 1)}Zb`).join('');
    assert.deepEqual(wordsOf(ascii), referenceWords(ascii));
    const everything: string[] = [];
    for (let cp = 1; cp <= 0x1ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) everything.push(`x${String.fromCodePoint(cp)}Y`);
    for (let i = 0; i < everything.length; i += 4096) {
      const chunk = everything.slice(i, i + 4096).join(' ');
      assert.deepEqual(wordsOf(chunk), referenceWords(chunk), `code points from U+${(i + 1).toString(16)}`);
    }
  });
});
