// Several Haven databases may share one PostgreSQL database, one schema each (as the test suites
// do). Migrating one must not depend on what happens meanwhile in the others.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { createDb } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { IN_CI, POSTGRES_URL, createTestSchema, postgresUnavailable } from '../../test/support/postgres.ts';

const pgProblem = await postgresUnavailable();
if (pgProblem && IN_CI) throw new Error(pgProblem);

describe('migrating one schema while other schemas change [postgres]', { skip: pgProblem ?? false }, () => {
  it('succeeds while another schema renames and drops its tables', async () => {
    const busy = await createTestSchema();
    const schema = new URL(busy.url).searchParams.get('options')!.replace('-c search_path=', '');
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    let churning = true;
    let churns = 0;
    // What a neighbour's test does: tables renamed away and back, created and dropped.
    const churn = (async () => {
      while (churning) {
        await client.query(`create table ${schema}.neighbour (id serial primary key, a text, b text, c text)`);
        await client.query(`alter table ${schema}.neighbour rename to neighbour_away`);
        await client.query(`drop table ${schema}.neighbour_away`);
        churns++;
      }
    })();
    const targets = await Promise.all([createTestSchema(), createTestSchema()]);
    try {
      await Promise.all(targets.map(async (target) => {
        const handle = createDb(loadConfig({ DATABASE_URL: target.url, LOG_LEVEL: 'silent' }).database, { poolSize: 2 });
        try {
          const applied = await migrateToLatest(handle.db, 'postgres');
          assert.ok(applied.length > 10, `${applied.length} migrations applied`);
          assert.deepEqual(await migrateToLatest(handle.db, 'postgres'), [], 'a second run finds nothing to do');
        } finally {
          await handle.close();
        }
      }));
    } finally {
      churning = false;
      await churn;
      await client.end();
      await Promise.all([busy, ...targets].map((s) => s.drop()));
    }
    assert.ok(churns > 0, 'the neighbour changed its tables during the migrations');
  });
});
