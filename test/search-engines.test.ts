import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importAdvisories } from '../bench/eval/harness.ts';
import { loadQueries } from '../bench/eval/fixtures.ts';
import { createTestEnv, type TestEnv } from './support/app.ts';
import { IN_CI, postgresUnavailable } from './support/postgres.ts';

/**
 * Both engines rank alike: the same data (the demo site and the evaluation's advisory set) gives
 * the same top ten, in the same order, with the same scores and totals, for every kind of query
 * of the evaluation (citations in many forms, questions in two languages, typos, shorthand,
 * phrases) and with filters and other orders.
 */
const pgProblem = await postgresUnavailable();
if (pgProblem && IN_CI) throw new Error(`${pgProblem}. CI requires PostgreSQL.`);

// Every third judged query: ~80 of every kind, enough to compare and quick enough for every run.
const queries = [...new Set(loadQueries().map((q) => q.q))].filter((_, i) => i % 3 === 0);
const variants = ['&type=practice-advisory', '&lang=es', '&sort=newest', '&from=2015-01-01', '&sort=title'];

describe('ranking is the same on SQLite and PostgreSQL', { skip: pgProblem ?? false }, () => {
  const envs: (TestEnv & { close(): Promise<void> })[] = [];
  before(async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const env = await createTestEnv(dialect);
      await importAdvisories(env.db, env.config.dataDir);
      envs.push(env);
    }
  });
  after(async () => {
    for (const env of envs) await env.close();
  });

  const top = async (env: TestEnv, qs: string) => {
    const res = await env.request(`/api/v1/resources?${qs}&pageSize=10`);
    assert.equal(res.status, 200, qs);
    const body = (await res.json()) as { data: { slug: string; score?: number }[]; meta: { total: number } };
    return { total: body.meta.total, hits: body.data.map((d) => `${d.slug} ${d.score}`) };
  };

  it(`agrees on the top ten of ${queries.length} queries`, async () => {
    assert.ok(queries.length >= 40);
    let nonEmpty = 0;
    for (const q of queries) {
      const qs = `q=${encodeURIComponent(q)}`;
      const [a, b] = [await top(envs[0]!, qs), await top(envs[1]!, qs)];
      assert.deepEqual(b, a, q);
      if (a.total > 0) nonEmpty++;
    }
    assert.ok(nonEmpty > queries.length * 0.9, 'most queries find something');
  });

  it('agrees with filters and in every order', async () => {
    for (const q of queries.slice(0, 16)) {
      for (const extra of variants) {
        const qs = `q=${encodeURIComponent(q)}${extra}`;
        assert.deepEqual(await top(envs[1]!, qs), await top(envs[0]!, qs), qs);
      }
    }
  });
});
