import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createTestEnv, type TestEnv } from '../../../test/support/app.ts';
import { POSTGRES_URL, postgresUnavailable } from '../../../test/support/postgres.ts';
import { createDb, type DbHandle } from '../../db/database.ts';
import { importFile } from './import.service.ts';
import { interchangeLine as line, tempDir, writeJsonl } from '../../../test/support/factories.ts';

const skip = await postgresUnavailable();

describe('import while PostgreSQL drops its connections', { skip: skip ?? false }, () => {
  let env: TestEnv & { close(): Promise<void> };
  let handle: DbHandle;
  let fixture: ReturnType<typeof tempDir>;
  let file: string;
  const name = `import-outage-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  before(async () => {
    env = await createTestEnv('postgres', { seed: false });
    if (env.config.database.dialect !== 'postgres') throw new Error('postgres expected');
    const url = new URL(env.config.database.connectionString);
    url.searchParams.set('application_name', name);
    handle = createDb({ dialect: 'postgres', connectionString: url.toString() }, { poolSize: 2 });
    fixture = tempDir();
    file = writeJsonl(path.join(fixture.dir, 'outage.jsonl'), ['out-1', 'out-2', 'out-3', 'out-4', 'out-5', 'out-6'].map((slug) => line(slug)));
  });
  after(async () => {
    await handle?.close();
    await env?.close();
    fixture?.remove();
  });

  it('reports "lines A–B were rolled back" with the cause, keeps earlier batches, and finishes when run again', async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      const summary = await importFile({
        db: handle.db, dataDir: env.config.dataDir, file, batchSize: 2,
        // Inside the transaction of lines 3–4, the server ends every connection of the import.
        afterWrite: async (slug) => {
          if (slug === 'out-3') await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [name]);
        },
      });
      assert.match(summary.aborted ?? '', /^lines 3–4 were rolled back: the database connection was lost \(.+\); run the same command again once it is back$/);
      const kept = await env.db.selectFrom('resources').select('slug').orderBy('slug').execute();
      assert.deepEqual(kept.map((r) => r.slug), ['out-1', 'out-2'], 'the batch before it is kept, nothing of the failed one');
      const again = await importFile({ db: handle.db, dataDir: env.config.dataDir, file, batchSize: 2 });
      assert.equal(again.aborted, null);
      assert.deepEqual([again.created, again.unchanged], [4, 2], 'the pool reconnected by itself');
    } finally {
      await admin.end();
    }
  });
});
