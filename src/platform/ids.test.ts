import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ID, parseId } from './ids.ts';

describe('parseId()', () => {
  it('reads whole decimal numbers from 1 to 2^31 − 1', () => {
    assert.equal(parseId('1'), 1);
    assert.equal(parseId('0042'), 42);
    assert.equal(parseId(String(MAX_ID)), MAX_ID);
    assert.equal(parseId(7), 7);
  });
  it('refuses everything else, including ids PostgreSQL cannot store', () => {
    for (const v of ['0', '-1', '+1', '1.0', '1e3', '0x10', ' 1', '1 ', '', '2147483648', '4294967296', '99999999999', '9'.repeat(400),
      'NaN', 'Infinity', '１２', 0, -1, 1.5, 2 ** 31, Number.NaN, null, undefined, ['1'], {}]) {
      assert.equal(parseId(v), null, JSON.stringify(v));
    }
  });
});
