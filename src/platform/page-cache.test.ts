import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { bumpGeneration } from '../db/generation.ts';
import { cacheKeyUrl, pickEncoding } from './page-cache.ts';

describeEachDialect('public page cache', (env) => {
  it('serves a stored page until the content changes, then the new content', async () => {
    const e = env();
    const first = await e.get('/resources?type=practice-advisory');
    assert.equal(first.status, 200);
    // A write that skips the generation bump is invisible to cached pages: that is the contract.
    const slug = (await e.db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('published_on', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()).slug;
    await e.db.updateTable('resources').set({ title: 'A title changed in place' }).where('slug', '=', slug).execute();
    const cached = await e.get('/resources?type=practice-advisory');
    assert.equal(cached.text, first.text);
    await bumpGeneration(e.db);
    const fresh = await e.get('/resources');
    assert.ok(fresh.text.includes('A title changed in place'));
    const again = await e.get('/resources?type=practice-advisory');
    assert.notEqual(again.text, first.text);
  });

  it('keys pages by path and query, and never keeps errors', async () => {
    const e = env();
    const en = await e.get('/resources?sort=title');
    const es = await e.get('/es/resources?sort=title');
    assert.match(en.text, /<html lang="en">/);
    assert.match(es.text, /<html lang="es">/);
    assert.notEqual((await e.get('/resources?sort=oldest')).text, en.text);
    assert.equal((await e.get('/resources?page=abc')).status, 400);
    assert.equal((await e.get('/resources?page=abc')).status, 400);
    assert.equal((await e.get('/resources/no-such-thing')).status, 404);
  });

  it('ignores query parameters no page reads: they neither force a fresh render nor show in the page', async () => {
    const e = env();
    const slug = (await e.db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('id').limit(1).executeTakeFirstOrThrow()).slug;
    const first = await e.get(`/resources/${slug}?utm_source=mail&x=1`);
    assert.equal(first.status, 200);
    assert.doesNotMatch(first.text, /utm_source|x=1/, 'the language switch does not carry them');
    // Changed in place without a generation bump: a fresh render would show it, the stored page does not.
    await e.db.updateTable('resources').set({ title: 'Changed behind the cache' }).where('slug', '=', slug).execute();
    for (const q of ['', '?x=2', '?cache-buster=1234', '?utm_campaign=a&fbclid=b']) {
      const again = await e.get(`/resources/${slug}${q}`);
      assert.equal(again.text, first.text, `"${q}" is served the stored page`);
    }
    const library = await e.get('/resources?type=practice-advisory&sort=title&nonce=1');
    assert.equal((await e.get('/resources?sort=title&type=practice-advisory&nonce=2')).text, library.text, 'known parameters in any order');
    await bumpGeneration(e.db);
  });
});

describe('cacheKeyUrl', () => {
  it('keeps known parameters sorted by name, repeated values in order, and drops the rest', () => {
    const known = new Set(['q', 'type', 'page']);
    const key = (s: string) => { const u = cacheKeyUrl(new URL(s, 'http://h'), known); return u.pathname + u.search; };
    assert.equal(key('/resources?utm=1&type=a&q=x'), '/resources?q=x&type=a');
    assert.equal(key('/resources?page=2&page=1'), '/resources?page=2&page=1');
    assert.equal(key('/resources?nonce=' + 'n'.repeat(1000)), '/resources');
    assert.equal(key('/es/topics/asylum?q=a+b'), '/es/topics/asylum?q=a+b');
  });
});

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, honours q=0 and the wildcard', () => {
    assert.equal(pickEncoding(undefined), null);
    assert.equal(pickEncoding('identity'), null);
    assert.equal(pickEncoding('gzip, deflate, br'), 'br');
    assert.equal(pickEncoding('gzip'), 'gzip');
    assert.equal(pickEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(pickEncoding('br;q=0,gzip;q=0'), null);
    assert.equal(pickEncoding('*'), 'br');
    assert.equal(pickEncoding('*;q=0, gzip'), 'gzip');
  });
});

describe('GenerationCache', () => {
  it('computes a key once when many requests miss it at the same time', async () => {
    const { GenerationCache } = await import('./content-cache.ts');
    const cache = new GenerationCache<number>(10);
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 20));
      return 42;
    };
    const values = await Promise.all(Array.from({ length: 16 }, () => cache.get('facets', 1, compute)));
    assert.deepEqual(new Set(values), new Set([42]));
    assert.equal(runs, 1);
    assert.equal(await cache.get('facets', 2, compute), 42);
    assert.equal(runs, 2, 'a new generation computes again');
    await assert.rejects(Promise.all([cache.get('x', 1, async () => { throw new Error('boom'); }), cache.get('x', 1, async () => 1)]));
    assert.equal(await cache.get('x', 1, async () => 7), 7, 'a failed computation is not kept');
  });
});
