// An import that fills the disk names the cause and the rolled-back lines, not just
// "database or disk is full". Simulated with PRAGMA max_page_count on the import's connection.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../test/support/app.ts';
import { importFile } from './import.service.ts';
import { importCommand } from './import.cli.ts';
import { createDb } from '../../db/database.ts';
import { interchangeLine as line, tempDir, writeJsonl } from '../../../test/support/factories.ts';

describe('import when the disk fills [sqlite]', () => {
  let env: TestEnv & { close(): Promise<void> };
  let fixture: ReturnType<typeof tempDir>;
  before(async () => {
    env = await createTestEnv('sqlite', { seed: false });
    fixture = tempDir();
  });
  after(async () => {
    await env?.close();
    fixture?.remove();
  });

  it('reports "lines A–B were rolled back: the disk is full …", keeps earlier batches, and finishes once there is room', async () => {
    const body = 'Text that takes room on disk. '.repeat(3_000);
    const file = writeJsonl(path.join(fixture.dir, 'big.jsonl'), Array.from({ length: 40 }, (_, i) => line(`full-${i}`, { body })));
    // Room for about two batches of 10 lines.
    const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(env.db)).rows[0].page_count);
    await sql.raw(`pragma max_page_count = ${pages + 160}`).execute(env.db);
    let summary: Awaited<ReturnType<typeof importFile>>;
    try {
      summary = await importFile({ db: env.db, dataDir: env.config.dataDir, file, batchSize: 10 });
    } finally {
      await sql.raw('pragma max_page_count = 1073741823').execute(env.db);
    }
    assert.match(summary.aborted ?? '', /^lines \d+–\d+ were rolled back: the disk is full \(database or disk is full\); free some space and run the same command again$/);
    const [, first, last] = /^lines (\d+)–(\d+)/.exec(summary.aborted!)!.map(Number);
    assert.equal(last - first, 9, 'one batch');
    const kept = Number((await env.db.selectFrom('resources').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(kept, first - 1, 'the batches before it are kept, none of it');
    const again = await importFile({ db: env.db, dataDir: env.config.dataDir, file, batchSize: 10 });
    assert.equal(again.aborted, null);
    assert.equal(again.created + again.unchanged, 40);
  });

  it('haven import prints the rolled-back lines and the summary, not a bare "database or disk is full"', async () => {
    const body = 'More text that takes room on disk. '.repeat(3_000);
    const file = writeJsonl(path.join(fixture.dir, 'cli.jsonl'), Array.from({ length: 40 }, (_, i) => line(`cli-full-${i}`, { body })));
    if (env.config.database.dialect !== 'sqlite') throw new Error('sqlite expected');
    const handle = createDb(env.config.database);
    const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(handle.db)).rows[0].page_count);
    await sql.raw(`pragma max_page_count = ${pages + 160}`).execute(handle.db);
    const out: string[] = [];
    const err: string[] = [];
    const status = await importCommand.run({
      config: env.config, args: [file, '--batch', '10'], open: async () => handle, interactive: false,
      out: (l) => out.push(l), err: (l) => err.push(l),
    });
    assert.equal(status, 1);
    assert.match(err.join('\n'), /Import stopped: lines \d+–\d+ were rolled back: the disk is full \(database or disk is full\); free some space and run the same command again\./);
    assert.match(out.join('\n'), /^created \d+, updated 0, unchanged 0, failed 10 /);
  });
});
