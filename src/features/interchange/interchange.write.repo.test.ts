import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import type { Db } from '../../db/database.ts';
import { IdCache, linkReferences, upsertResource, type ResourceWrite } from '../resources/resources.write.repo.ts';
import { loadRecords, loadReferences } from './interchange.repo.ts';
import { ensureNames, findTargets, insertNewResources } from './interchange.write.repo.ts';

const NOW = '2024-11-08T12:00:00.000Z';

function write(slug: string, overrides: Partial<ResourceWrite> = {}): ResourceWrite {
  return {
    slug, type: 'eq-type', title: 'Same title', summary: 'Same summary', body: 'Same body', topics: ['eq-b', 'eq-a'],
    language: 'es', audience: 'community', status: 'published', publishedOn: '2023-05-06', updatedOn: '2024-01-02',
    postedAt: '2023-05-06T12:00:00.000Z', authors: ['Eq Second', 'Eq First', 'Eq Second'],
    series: { slug: 'eq-series', part: 2, of: 3 }, translationOf: 'eq-original', supersedes: ['eq-older', 'eq-original'],
    attachments: [
      { filename: 'x.pdf', title: 'X', bytes: 10, mimeType: 'application/pdf', storageKey: 'k.pdf', textContent: 'text' },
      { filename: 'y.pdf', title: 'Y', bytes: 20 },
    ],
    ...overrides,
  };
}

/** Everything stored about a resource except what necessarily differs (id, slug). */
async function snapshot(db: Db, slug: string) {
  const [stored] = await loadRecords(db, { slugs: [slug] }, { withText: true });
  const row = await db.selectFrom('resources').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
  const { id: _id, slug: _slug, ...columns } = row;
  const refs = (await loadReferences(db, [slug])).get(slug);
  return { record: { ...stored.record, slug: undefined }, attachments: stored.attachments, columns, refs };
}

describeEachDialect('interchange bulk writes', (env) => {
  it('insertNewResources writes exactly what upsertResource and linkReferences write', async () => {
    const { db } = env();
    await db.transaction().execute(async (trx) => {
      const cache = new IdCache();
      for (const slug of ['eq-original', 'eq-older']) await upsertResource(trx, write(slug, { series: null, translationOf: null, supersedes: [] }), NOW, cache);
      const one = write('eq-one');
      await upsertResource(trx, one, NOW, cache);
      await linkReferences(trx, one);

      const bulk = new IdCache();
      const two = write('eq-two');
      await ensureNames(trx, bulk, { types: [two.type], topics: two.topics, authors: two.authors });
      const ids = await insertNewResources(trx, [two], NOW, bulk, await findTargets(trx, [two]));
      assert.ok(ids.get('eq-two'));
    });
    const [one, two] = [await snapshot(db, 'eq-one'), await snapshot(db, 'eq-two')];
    assert.deepEqual(two, one);
    assert.deepEqual(one.refs, { series: { slug: 'eq-series', part: 2, of: 3 }, translationOf: 'eq-original', supersedes: ['eq-older', 'eq-original'] });
  });

  it('creates missing types, topics, authors and series once, named from their slugs', async () => {
    const { db } = env();
    const cache = new IdCache();
    const w = write('eq-three', { type: 'eq-new-type', topics: ['eq-new-topic'], authors: ['Eq New Author'], series: { slug: 'eq-new-series', part: 1, of: 1 }, translationOf: null, supersedes: [] });
    await db.transaction().execute(async (trx) => {
      await ensureNames(trx, cache, { types: [w.type], topics: w.topics, authors: w.authors });
      await ensureNames(trx, cache, { types: [w.type], topics: w.topics, authors: w.authors });
      await insertNewResources(trx, [w], NOW, cache, await findTargets(trx, [w]));
    });
    assert.equal((await db.selectFrom('resource_types').select('name').where('slug', '=', 'eq-new-type').execute()).map((r) => r.name).join(), 'Eq New Type');
    assert.equal((await db.selectFrom('topics').select('name').where('slug', '=', 'eq-new-topic').execute()).length, 1);
    assert.equal((await db.selectFrom('authors').select('id').where('name', '=', 'Eq New Author').execute()).length, 1);
    const series = await db.selectFrom('series').selectAll().where('slug', '=', 'eq-new-series').executeTakeFirstOrThrow();
    assert.deepEqual([series.title, series.parts], ['Eq New Series', 1]);
  });

  it('inserts hundreds of new resources in several statements, and one failing row fails them all', async () => {
    const { db } = env();
    const writes = Array.from({ length: 250 }, (_, i) => write(`eq-many-${i}`, { title: `Many ${i}`, series: null, translationOf: null, supersedes: [], attachments: [] }));
    const cache = new IdCache();
    await db.transaction().execute(async (trx) => {
      await ensureNames(trx, cache, { types: ['eq-type'], topics: ['eq-a', 'eq-b'], authors: writes[0].authors });
      const ids = await insertNewResources(trx, writes, NOW, cache);
      assert.equal(new Set(ids.values()).size, 250);
    });
    const stored = await db.selectFrom('resources').select(['slug', 'title']).where('slug', 'like', 'eq-many-%').execute();
    assert.equal(stored.length, 250);
    assert.ok(stored.every((r) => r.title === `Many ${r.slug.slice('eq-many-'.length)}`), 'each row under its own slug');

    // A type id that does not exist breaks the foreign key of one row in the second statement.
    const broken = Array.from({ length: 250 }, (_, i) => write(`eq-broken-${i}`, { type: i === 180 ? 'eq-missing' : 'eq-type', series: null, translationOf: null, supersedes: [], attachments: [] }));
    cache.types.set('eq-missing', 999_999);
    await assert.rejects(db.transaction().execute((trx) => insertNewResources(trx, broken, NOW, cache)));
    const left = await db.selectFrom('resources').select('id').where('slug', 'like', 'eq-broken-%').execute();
    assert.equal(left.length, 0, 'the whole transaction rolled back');
  });
}, { seed: false });
