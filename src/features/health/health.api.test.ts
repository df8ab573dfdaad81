import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIALECTS, createTestEnv } from '../../../test/support/app.ts';
import { postgresUnavailable } from '../../../test/support/postgres.ts';

const pgProblem = await postgresUnavailable();

for (const dialect of DIALECTS) {
  describe(`GET /healthz [${dialect}]`, { skip: dialect === 'postgres' && pgProblem ? pgProblem : false }, () => {
    it('answers 200 ok while the database answers, 503 once it does not', async () => {
      const env = await createTestEnv(dialect, { seed: false });
      const up = await env.request('/healthz');
      assert.equal(up.status, 200);
      assert.deepEqual(await up.json(), { status: 'ok' });
      assert.equal(up.headers.get('cache-control'), 'no-store');
      await env.close();
      const down = await env.request('/healthz');
      assert.equal(down.status, 503);
      assert.equal((await down.json()).status, 'unavailable');
    });
  });
}
