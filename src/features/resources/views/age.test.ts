import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageNotice } from './ResourcePage.tsx';

describe('age notice', () => {
  const today = new Date('2024-11-08T12:00:00Z');
  it('counts whole calendar years since the last revision, else publication, against the type\'s threshold', () => {
    assert.deepEqual(ageNotice({ published_on: '2021-11-08', updated_on: null }, 3, today), { years: 3, since: '2021-11-08', updated: false });
    assert.equal(ageNotice({ published_on: '2021-11-09', updated_on: null }, 3, today), undefined);
    assert.equal(ageNotice({ published_on: '2015-01-01', updated_on: '2023-01-01' }, 3, today), undefined);
    assert.deepEqual(ageNotice({ published_on: '2015-01-01', updated_on: '2020-02-29' }, 3, today), { years: 4, since: '2020-02-29', updated: true });
    assert.equal(ageNotice({ published_on: '1990-01-01', updated_on: null }, null, today), undefined);
  });

  it('gives no notice while the last review is within the threshold, and the usual one once it is not', () => {
    assert.equal(ageNotice({ published_on: '2015-01-01', updated_on: null, reviewed_on: '2024-09-30' }, 3, today), undefined);
    assert.equal(ageNotice({ published_on: '2015-01-01', updated_on: null, reviewed_on: '2021-11-09' }, 3, today), undefined);
    assert.deepEqual(ageNotice({ published_on: '2015-01-01', updated_on: null, reviewed_on: '2021-11-08' }, 3, today), { years: 9, since: '2015-01-01', updated: false });
    assert.deepEqual(ageNotice({ published_on: '2015-01-01', updated_on: '2019-05-01', reviewed_on: null }, 3, today), { years: 5, since: '2019-05-01', updated: true });
  });
});
