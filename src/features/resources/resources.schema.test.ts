import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { libraryQueryString, parseLibraryQuery } from './resources.schema.ts';

const parse = (qs: string, strict = false) => parseLibraryQuery(new URLSearchParams(qs), { strict });

describe('parseLibraryQuery', () => {
  it('accepts a full, valid query and applies defaults', () => {
    const r = parse('q=pickering&type=practice-advisory&topic=daca&lang=es&audience=community&from=2020-01-01&to=2024-12-31&sort=oldest&page=3');
    assert.ok(r.ok);
    assert.deepEqual(r.query, {
      q: 'pickering', type: 'practice-advisory', topic: 'daca', lang: 'es', audience: 'community',
      from: '2020-01-01', to: '2024-12-31', sort: 'oldest', page: 3,
    });
    const empty = parse('');
    assert.ok(empty.ok);
    assert.deepEqual(empty.query, { page: 1 }, 'the order defaults by whether there are words: see effectiveSort');
  });

  it('treats empty form fields as absent', () => {
    const r = parse('q=&type=&topic=&from=&to=&sort=newest');
    assert.ok(r.ok);
    assert.deepEqual(r.query, { sort: 'newest', page: 1 });
  });

  for (const [qs, param] of [
    ['page=0', 'page'], ['page=abc', 'page'], ['page=-1', 'page'], ['page=1.5', 'page'], ['page=99999999', 'page'],
    ['from=2024-13-01', 'from'], ['to=2024-02-30', 'to'], ['from=yesterday', 'from'], ['sort=random', 'sort'],
    ['audience=everyone', 'audience'], ['type=Bad_Slug', 'type'], ['lang=english', 'lang'], [`q=${'x'.repeat(2001)}`, 'q'],
  ] as const) {
    it(`rejects ${qs.slice(0, 30)} naming "${param}"`, () => {
      const r = parse(qs);
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.problems.some((p) => p.param === param), JSON.stringify(r.problems));
    });
  }

  it('rejects a start date after the end date', () => {
    const r = parse('from=2024-06-01&to=2024-01-01');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problems[0].message, /start date comes after the end date/);
  });

  it('rejects repeated parameters', () => {
    const r = parse('type=chart&type=sample-form');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problems[0].message, /given 2 times/);
  });

  it('ignores unknown parameters unless strict', () => {
    assert.equal(parse('utm_source=newsletter').ok, true);
    const strict = parse('utm_source=newsletter&colour=red', true);
    assert.equal(strict.ok, false);
    if (!strict.ok) assert.deepEqual(strict.problems.map((p) => p.param), ['utm_source', 'colour']);
  });
});

describe('libraryQueryString', () => {
  it('omits defaults and empty values and applies overrides', () => {
    assert.equal(libraryQueryString({ sort: 'newest', page: 1 }), '');
    assert.equal(libraryQueryString({ type: 'chart', sort: 'title', page: 2 }), '?type=chart&sort=title&page=2');
    assert.equal(libraryQueryString({ type: 'chart', page: 4, sort: 'newest' }, { type: undefined, page: 1 }), '');
  });
});

describe('effectiveSort', () => {
  it('is relevance with words, newest without, and what was asked otherwise', async () => {
    const { effectiveSort } = await import('./resources.schema.ts');
    assert.equal(effectiveSort({ q: 'asylum' }), 'relevance');
    assert.equal(effectiveSort({}), 'newest');
    assert.equal(effectiveSort({ sort: 'relevance' }), 'newest', 'relevance means nothing without words');
    assert.equal(effectiveSort({ q: 'asylum', sort: 'oldest' }), 'oldest');
    assert.equal(effectiveSort({ sort: 'title' }), 'title');
  });
});
