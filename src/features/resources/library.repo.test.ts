import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import type { Db } from '../../db/database.ts';
import { titleSortKey } from '../../platform/sort-key.ts';
import { listLibrary, type LibraryFilter } from './library.repo.ts';

/** The ids a topic filter should give, straight from the resources table: the reference answer. */
async function expectedIds(db: Db, f: LibraryFilter & { topicId: number }, sort: 'newest' | 'oldest'): Promise<number[]> {
  const dir = sort === 'oldest' ? 'asc' : 'desc';
  let q = db.selectFrom('resources').innerJoin('resource_topics', 'resource_topics.resource_id', 'resources.id')
    .select('resources.id').where('resources.status', '=', 'published').where('resource_topics.topic_id', '=', f.topicId);
  if (f.language) q = q.where('resources.language', '=', f.language);
  if (f.typeId) q = q.where('resources.type_id', '=', f.typeId);
  if (f.from) q = q.where('resources.published_on', '>=', f.from);
  if (f.to) q = q.where('resources.published_on', '<=', f.to);
  return (await q.orderBy('resources.published_on', dir).orderBy('resources.id', dir).execute()).map((r) => r.id);
}

async function busiestTopic(db: Db): Promise<number> {
  const row = await db.selectFrom('resource_topics').select(['topic_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('topic_id').orderBy('n', 'desc').orderBy('topic_id').executeTakeFirstOrThrow();
  return row.topic_id;
}

async function allPages(db: Db, f: LibraryFilter, sort: 'newest' | 'oldest', size = 3): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await listLibrary(db, f, sort, size, offset);
    ids.push(...page.map((r) => r.id));
    if (page.length < size) return ids;
  }
}

describeEachDialect('library topic listing', (env) => {
  it('pages through a topic in date order, alone and combined with other filters', async () => {
    const { db } = env();
    const topicId = await busiestTopic(db);
    const type = await db.selectFrom('resources').innerJoin('resource_topics', 'resource_topics.resource_id', 'resources.id')
      .select('resources.type_id').where('resource_topics.topic_id', '=', topicId).where('resources.status', '=', 'published')
      .orderBy('resources.id').executeTakeFirstOrThrow();
    const filters: (LibraryFilter & { topicId: number })[] = [
      { topicId },
      { topicId, language: 'en' },
      { topicId, typeId: type.type_id },
      { topicId, from: '2024-01-01', to: '2024-12-31' },
    ];
    for (const f of filters) {
      for (const sort of ['newest', 'oldest'] as const) {
        const expected = await expectedIds(db, f, sort);
        assert.ok(expected.length > 0, JSON.stringify(f));
        assert.deepEqual(await allPages(db, f, sort), expected, `${JSON.stringify(f)} ${sort}`);
      }
    }
  });

  it('follows publishing, unpublishing, re-dating and new topics at once', async () => {
    const { db } = env();
    const topicId = await busiestTopic(db);
    const first = (await listLibrary(db, { topicId }, 'newest', 1, 0))[0];
    await db.updateTable('resources').set({ status: 'draft' }).where('id', '=', first.id).execute();
    assert.ok(!(await allPages(db, { topicId }, 'newest', 50)).includes(first.id), 'an unpublished resource leaves the topic');
    await db.updateTable('resources').set({ status: 'published', published_on: '1999-01-02' }).where('id', '=', first.id).execute();
    const oldest = await listLibrary(db, { topicId }, 'oldest', 1, 0);
    assert.equal(oldest[0].id, first.id, 'republished with an older date, it sorts by that date');
    const outside = await db.selectFrom('resources').select('id').where('status', '=', 'published')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('resource_topics').select('resource_id').whereRef('resource_id', '=', 'resources.id').where('topic_id', '=', topicId))))
      .orderBy('id').executeTakeFirstOrThrow();
    await db.insertInto('resource_topics').values({ resource_id: outside.id, topic_id: topicId }).execute();
    assert.deepEqual(await allPages(db, { topicId }, 'newest', 50), await expectedIds(db, { topicId }, 'newest'));
    assert.ok((await allPages(db, { topicId }, 'newest', 50)).includes(outside.id), 'a newly tagged resource joins the topic');
  });
});

describeEachDialect('library title order', (env) => {
  it('sorts "Title (A–Z)" without regard to accents, case or opening punctuation, the same on both engines', async () => {
    const { db } = env();
    const all: string[] = [];
    for (let offset = 0; ; offset += 20) {
      const page = await listLibrary(db, {}, 'title', 20, offset);
      all.push(...page.map((r) => r.title));
      if (page.length < 20) break;
    }
    const keys = all.map(titleSortKey);
    assert.deepEqual(keys, [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const question = all.findIndex((t) => t.startsWith('¿'));
    assert.ok(question >= 0, 'the demo has a Spanish question title');
    assert.ok(question < all.length - 5, `"${all[question]}" sorts among its letter, not after Z`);
    assert.equal(titleSortKey('¿Está listo para hacerse ciudadano?'), 'esta listo para hacerse ciudadano?');
    assert.equal(titleSortKey('  "Él" dijo  que sí '), 'el" dijo que si');
  });
});
