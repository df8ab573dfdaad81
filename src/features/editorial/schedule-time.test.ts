import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTimeZone, wallTimeToInstant } from './schedule-time.ts';

describe('schedule time', () => {
  it('turns a wall-clock time in a time zone into the UTC instant', () => {
    assert.equal(wallTimeToInstant('2024-11-20', '09:00', 'America/Los_Angeles')?.toISOString(), '2024-11-20T17:00:00.000Z');
    assert.equal(wallTimeToInstant('2024-07-04', '09:30', 'America/Los_Angeles')?.toISOString(), '2024-07-04T16:30:00.000Z');
    assert.equal(wallTimeToInstant('2024-07-04', '09:30', 'America/New_York')?.toISOString(), '2024-07-04T13:30:00.000Z');
    assert.equal(wallTimeToInstant('2024-12-31', '23:59', 'UTC')?.toISOString(), '2024-12-31T23:59:00.000Z');
  });

  it('handles daylight-saving changes', () => {
    // 02:30 does not exist on 2024-03-10 in Los Angeles; it resolves to 03:30 PDT.
    assert.equal(wallTimeToInstant('2024-03-10', '02:30', 'America/Los_Angeles')?.toISOString(), '2024-03-10T10:30:00.000Z');
    assert.equal(wallTimeToInstant('2024-03-10', '12:00', 'America/Los_Angeles')?.toISOString(), '2024-03-10T19:00:00.000Z');
  });

  it('refuses impossible dates, times and zones', () => {
    assert.equal(wallTimeToInstant('2024-02-30', '09:00', 'UTC'), null);
    assert.equal(wallTimeToInstant('2024-11-20', '24:00', 'UTC'), null);
    assert.equal(wallTimeToInstant('20-11-2024', '09:00', 'UTC'), null);
    assert.equal(wallTimeToInstant('2024-11-20', '09:00', 'Mars/Olympus'), null);
    assert.equal(isTimeZone('../../etc'), false);
    assert.equal(isTimeZone('Europe/Madrid'), true);
  });
});

describe('schedule time, repeated hour', () => {
  it('takes the first occurrence of a time that happens twice', () => {
    // 01:30 happens twice on 2024-11-03 in Los Angeles: first in PDT (08:30Z), then in PST.
    assert.equal(wallTimeToInstant('2024-11-03', '01:30', 'America/Los_Angeles')?.toISOString(), '2024-11-03T08:30:00.000Z');
  });
});
