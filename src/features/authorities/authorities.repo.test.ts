import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDialect } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { extractCitations } from '../citations/index.ts';
import { upsertResource, type ResourceWrite } from '../resources/index.ts';
import { demoResources } from '../../../test/support/demo.ts';
import { rebuildSearchIndex } from '../search/index.ts';
import { authoritiesOfResource, authoritySubtree, countCiting, findAuthority, listAuthorities, resourceIdsCiting, subsectionsOf } from './authorities.repo.ts';
import { citedAuthorities } from './cited.ts';

const NOW = '2024-11-08T12:00:00.000Z';
const write = (slug: string, over: Partial<ResourceWrite> = {}): ResourceWrite => ({
  slug, type: 'practice-advisory', title: 'Waivers under INA § 212(h)', summary: 'See Form I-601.',
  body: 'Under *Matter of Pickering*, 23 I&N Dec. 621, 624 (BIA 2003), and INA § 212(h)(1)(B), a waiver… Pickering, 23 I&N Dec. at 624.',
  topics: [], language: 'en', audience: 'practitioners', status: 'published', publishedOn: '2024-10-01', updatedOn: null, authors: [],
  series: null, translationOf: null, supersedes: [], attachments: [], ...over,
});

describe();
function describe() {
  it('reads each authority once, with its fullest display, pins and fields, title first', () => {
    const rows = citedAuthorities([
      { field: 'body', citations: extractCitations('Matter of Pickering, 23 I&N Dec. 621, 624 (BIA 2003). INA § 212(h). See 23 I&N Dec. 621, 625.') },
      { field: 'title', citations: extractCitations('INA § 212(h) waivers') },
    ]);
    assert.deepEqual(rows.map((r) => [r.key, r.fields, r.position]), [['INA 212(h)', ['title', 'body'], 0], ['23 I&N Dec. 621', ['body'], 1]]);
    const pickering = rows[1]!;
    assert.equal(pickering.kind, 'agency-decision');
    assert.match(pickering.display, /^Matter of Pickering, 23 I&N Dec\. 621/);
    assert.deepEqual(pickering.pins, ['at 624', 'at 625'].filter((p) => pickering.pins.includes(p)));
    assert.equal(pickering.mentions, 2);
  });
}

describeEachDialect('authorities storage', (env) => {
  const save = async (w: ResourceWrite) => env().db.transaction().execute(async (trx) => {
    const { id } = await upsertResource(trx, w, NOW);
    await bumpGeneration(trx);
    return id;
  });

  it('stores what a saved resource cites, in the same transaction, and replaces it on every save', async () => {
    const id = await save(write('authorities-test-one'));
    const cited = await authoritiesOfResource(env().db, id);
    assert.deepEqual(cited.map((a) => a.key), ['INA 212(h)', 'Form I-601', '23 I&N Dec. 621', 'INA 212(h)(1)(B)']);
    assert.match(cited[2]!.display, /^Matter of Pickering, 23 I&N Dec. 621/);
    assert.deepEqual(cited.map((a) => a.kind), ['statute', 'form', 'agency-decision', 'statute']);
    assert.deepEqual(cited[0]!.fields, ['title']);
    assert.deepEqual(cited[2]!.pins, ['at 624']);
    await save(write('authorities-test-one', { title: 'Waivers', summary: 'No forms.', body: 'Only 8 C.F.R. § 1003.23(b)(1).' }));
    assert.deepEqual((await authoritiesOfResource(env().db, id)).map((a) => [a.key, a.display]), [['8 CFR 1003.23(b)(1)', '8 C.F.R. § 1003.23(b)(1)']]);
  });

  it('keeps nothing for a resource that is not published, and forgets a deleted one', async () => {
    const id = await save(write('authorities-test-draft', { status: 'draft' }));
    assert.deepEqual(await authoritiesOfResource(env().db, id), []);
    const rows = await env().db.selectFrom('resource_authorities').select('key').where('resource_id', '=', id).execute();
    assert.equal(rows.length, 0);
    const published = await save(write('authorities-test-gone'));
    assert.ok((await authoritiesOfResource(env().db, published)).length > 0);
    await env().db.transaction().execute(async (trx) => {
      await trx.deleteFrom('resources').where('id', '=', published).execute();
      await bumpGeneration(trx);
    });
    assert.equal((await env().db.selectFrom('resource_authorities').select('key').where('resource_id', '=', published).execute()).length, 0);
  });

  it('records parents, so a section finds the resources citing its subsections', async () => {
    await save(write('authorities-test-tree'));
    assert.deepEqual(await findAuthority(env().db, 'INA 212(h)(1)'), { key: 'INA 212(h)(1)', kind: 'statute', parent_key: 'INA 212(h)' });
    assert.equal((await findAuthority(env().db, 'INA 212'))?.parent_key, null);
    const tree = await authoritySubtree(env().db, 'INA 212');
    for (const k of ['INA 212', 'INA 212(h)', 'INA 212(h)(1)', 'INA 212(h)(1)(B)']) assert.ok(tree.includes(k), k);
    assert.ok(!tree.includes('INA 237'));
    const subs = await subsectionsOf(env().db, 'INA 212');
    assert.ok(subs.some((s) => s.key === 'INA 212(h)' && s.resources >= 1));
    assert.ok((await countCiting(env().db, tree)) >= (await countCiting(env().db, ['INA 212(h)'])));
    const ids = await resourceIdsCiting(env().db, ['INA 212(h)(1)(B)']);
    assert.ok(ids.length >= 1);
  });

  it('backfills the demo site: its resources cite real authorities, counted by published resources', async () => {
    const all = await listAuthorities(env().db);
    const pickering = all.find((a) => a.key === '23 I&N Dec. 621');
    const expected = demoResources
      .filter((r) => [r.title, r.summary, r.body].some((t) => t.includes('23 I&N Dec. 621'))).length;
    assert.ok(pickering && pickering.resources >= expected, JSON.stringify(pickering));
    assert.ok(all.some((a) => a.kind === 'statute') && all.some((a) => a.kind === 'regulation') && all.some((a) => a.kind === 'form'));
    assert.deepEqual((await listAuthorities(env().db, 'form')).map((a) => a.kind).filter((k) => k !== 'form'), []);
  });

  it('is backfilled for existing content: queued resources are filled by the next write, `haven reindex` refills everything', async () => {
    const db = env().db;
    const count = async () => Number((await db.selectFrom('resource_authorities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    assert.ok(before > 0);
    // As after migration 016 on an existing site: no authorities stored, every resource queued.
    await db.deleteFrom('resource_authorities').execute();
    await sql`insert into search_queue (resource_id) select id from resources where id not in (select resource_id from search_queue)`.execute(db);
    await db.transaction().execute((trx) => bumpGeneration(trx));
    assert.equal(await count(), before);
    await db.deleteFrom('resource_authorities').execute();
    await rebuildSearchIndex(db);
    assert.equal(await count(), before);
  });
});
