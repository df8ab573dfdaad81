import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { bumpGeneration } from '../db/generation.ts';
import { pickEncoding } from './page-cache.ts';

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
