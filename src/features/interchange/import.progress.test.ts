import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgressReporter } from './import.progress.ts';
import type { ImportProgress } from './import.service.ts';

const at = (lines: number): ImportProgress => ({
  lines, bytesRead: lines * 100, totalBytes: 1_000_000, created: lines - 1, updated: 0, unchanged: 0, failed: 1,
});

describe('progress without a terminal', () => {
  it('writes one plain line per 5,000 lines, and messages as they come', () => {
    const err: string[] = [];
    let clock = 0;
    const progress = createProgressReporter({ interactive: false, err: (l) => err.push(l), now: () => clock });
    for (let n = 1; n <= 12_000; n++) {
      clock = n; // one line per millisecond: 1,000 lines/s
      progress.update(at(n));
      if (n === 7) progress.log('line 7: invalid JSON');
    }
    progress.stop();
    assert.deepEqual(err, [
      'line 7: invalid JSON',
      'progress: 5000 lines (50%), 1000/s, created 4999, updated 0, unchanged 0, failed 1',
      'progress: 10000 lines (100%), 1000/s, created 9999, updated 0, unchanged 0, failed 1',
    ]);
  });
});
