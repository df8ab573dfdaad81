import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importAdvisories, type AdvisoryImport } from '../bench/eval/harness.ts';
import { KINDS, isQuestion, loadAdvisoryLines, loadQueries, type EvalQuery } from '../bench/eval/fixtures.ts';
import { demoResources } from './support/demo.ts';
import { createTestEnv } from './support/app.ts';

/**
 * The search evaluation's fixtures (bench/eval/, run by `npm run eval:search`) are well formed:
 * a judged query names only resources that exist in the library it is asked of, and the
 * advisory set imports cleanly. No figures and no timing here: those belong to the evaluation.
 */

const demoSlugs = new Set(demoResources.map((r) => r.slug));
const advisories = loadAdvisoryLines();
const advisorySlugs = new Set(advisories.map((a) => String(a.slug)));
const queries: EvalQuery[] = loadQueries();

describe('search evaluation fixtures', () => {
  it('has at least 120 judged queries, every one with a kind, none repeated', () => {
    assert.ok(queries.length >= 120, `${queries.length} queries`);
    for (const q of queries) assert.ok((KINDS as readonly string[]).includes(q.kind), `${q.q}: kind ${q.kind}`);
    const keys = queries.map((q) => `${q.set}\u0000${q.q}`);
    assert.equal(new Set(keys).size, keys.length, 'a query appears twice in the same set');
  });

  it('asks at least 40 queries of each library and 30 plain questions of the demo', () => {
    const demo = queries.filter((q) => q.set === 'demo');
    assert.ok(demo.length >= 40, `${demo.length} demo queries`);
    assert.ok(queries.filter((q) => q.set === 'advisories').length >= 40);
    assert.ok(demo.filter(isQuestion).length >= 30, `${demo.filter(isQuestion).length} demo questions`);
    for (const kind of KINDS) assert.ok(queries.some((q) => q.kind === kind), `no ${kind} query`);
  });

  it('judges only resources that exist in the library the query is asked of', () => {
    for (const q of queries) {
      assert.equal(new Set(q.relevant).size, q.relevant.length, `${q.q}: a slug is listed twice`);
      for (const slug of q.relevant) {
        const known = demoSlugs.has(slug) || (q.set === 'advisories' && advisorySlugs.has(slug));
        assert.ok(known, `${q.set} query ${JSON.stringify(q.q)} names ${slug}, which is not in its library`);
      }
    }
  });

  it('keeps the advisory set apart from the demo and within the shape the evaluation relies on', () => {
    assert.ok(advisories.length >= 40 && advisories.length <= 60, `${advisories.length} advisories`);
    for (const a of advisories) assert.ok(!demoSlugs.has(String(a.slug)), `${String(a.slug)} is also a demo slug`);
    const spanish = advisories.filter((a) => a.language === 'es').length;
    assert.ok(spanish >= 8, `${spanish} Spanish advisories`);
    for (const a of advisories) {
      const words = String(a.body).split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 300 && words <= 1500, `${String(a.slug)}: body of ${words} words`);
    }
  });
});

describe('the advisory set [sqlite]', () => {
  let env: Awaited<ReturnType<typeof createTestEnv>>;
  let imported: AdvisoryImport;
  before(async () => {
    env = await createTestEnv('sqlite', { seed: false });
    imported = await importAdvisories(env.db, env.config.dataDir);
  });
  after(async () => {
    await env?.close();
  });

  it('imports through the real importer without a rejected line or an unlinked reference', async () => {
    assert.deepEqual(imported.failures, []);
    assert.deepEqual(imported.warnings, []);
    assert.equal(imported.summary.created, advisories.length);
    const superseding = await env.db.selectFrom('resource_supersedes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const expected = advisories.reduce((n, a) => n + (Array.isArray(a.supersedes) ? a.supersedes.length : 0), 0);
    assert.equal(Number(superseding.n), expected);
  });
});
