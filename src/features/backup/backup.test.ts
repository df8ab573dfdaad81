import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it, type TestContext } from 'node:test';
import SQLite from 'better-sqlite3';
import { runCli } from '../../app/cli.ts';
import { loadConfig } from '../../config.ts';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { createBackup } from './backup.service.ts';
import { restoreBackup } from './restore.service.ts';
import { minimalPdf, resourceFields } from '../../../test/support/factories.ts';

/** A bound on the writes made during the backup. */
const MAX_WRITES = 200;

/** Runs the `haven` command with these environment variables; returns its status and output. */
async function haven(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  try {
    for (const k of ['DATABASE_URL', 'DATA_DIR', 'SESSION_SECRET']) delete process.env[k];
    Object.assign(process.env, { NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false' }, env);
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every file under `dir` (relative path → sha256), leaving out SQLite's own files. */
function filesOf(dir: string, subdirs = ['attachments', 'media']): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of subdirs) {
    const root = path.join(dir, sub);
    if (!fs.existsSync(root)) continue;
    for (const name of fs.readdirSync(root).sort()) out.set(`${sub}/${name}`, sha(path.join(root, name)));
  }
  return out;
}

/** Every row of every table of a SQLite file, as JSON per table (virtual tables read through their shadow tables). */
function tablesOf(file: string): Map<string, string> {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db.prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string; sql: string }[];
    const out = new Map<string, string>();
    for (const t of tables) {
      if (/^create virtual table/i.test(t.sql)) continue;
      // Every column in the order, so any table (one column or many) lists in one stable order.
      const columns = (db.prepare(`select count(*) as n from pragma_table_info('${t.name}')`).get() as { n: number }).n;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
      const rows = db.prepare(`select * from "${t.name}" order by ${order}`).all();
      out.set(t.name, JSON.stringify(rows, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    }
    return out;
  } finally {
    db.close();
  }
}

const generationOf = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return Number((db.prepare('select generation from content_state').get() as { generation: number }).generation);
  } finally {
    db.close();
  }
};

describeEachDialect('haven backup and haven restore', (env, dialect) => {
  // Engine-specific cases are registered only on their engine: CI counts any skip as a failure.
  const leftOut = (_name: string, _fn: (t: TestContext) => Promise<void>) => {};
  const onSqlite = dialect === 'sqlite' ? it : leftOut;
  const onPostgres = dialect === 'postgres' ? it : leftOut;
  let tmp = '';
  let editor: Signed;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-backup-test-'));
    editor = await loginAs(env(), 'editor');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const write = async (env: TestEnv, i: number) => {
    const res = await postMultipart(env, '/admin/resources', editor, resourceFields({ title: `Written during the backup ${i}` }),
      [{ field: 'attachments', name: `during-${i}.pdf`, data: minimalPdf(`During the backup ${i}`), type: 'application/pdf' }]);
    assert.equal(res.status, 303);
  };

  onSqlite('backs up while staff write: the restored site is one consistent moment, every file with it', async (t) => {
    const live = path.join(env().config.dataDir, 'test.db');
    const resourcesBefore = (await env().db.selectFrom('resources').select('id').execute()).length;
    const generationBefore = generationOf(live);
    const out = path.join(tmp, 'during.tar.gz');
    let written = 0;
    let backupDone = false;
    // Writes go on until the backup is done, and two more after it (bounded, whatever happens).
    const writer = (async () => {
      let after = 0;
      for (let i = 0; i < MAX_WRITES && after < 2; i++) {
        if (backupDone) after++;
        await write(env(), i);
        written++;
      }
    })();
    while (written < 2) await new Promise((r) => setTimeout(r, 5));
    const manifest = await createBackup(env().config, env().db, out).finally(() => { backupDone = true; });
    const writtenAtEnd = written;
    await writer;
    assert.ok(written > writtenAtEnd, 'writes were still going on when the backup finished');

    const target = loadConfig({ NODE_ENV: 'test', DATA_DIR: path.join(tmp, 'restored-during'), LOG_LEVEL: 'silent' });
    const result = await restoreBackup(target, out);
    assert.equal(result.databaseRestored, true);
    const restored = path.join(target.dataDir, 'haven.db');
    const check = new SQLite(restored, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    const ids = (check.prepare('select id from resources order by id').all() as { id: number }[]).map((r) => r.id);
    const attachments = check.prepare("select a.resource_id, a.storage_key from attachments a where a.storage_key is not null").all() as { resource_id: number; storage_key: string }[];
    const revisions = check.prepare("select entity_id from revisions where entity_type = 'resource'").all() as { entity_id: number }[];
    check.close();
    const k = ids.length - resourcesBefore;
    t.diagnostic(`${written} writes in all, ${writtenAtEnd} done when the backup ended, ${k} in the backup`);
    assert.ok(k >= 2 && k <= writtenAtEnd, `${k} of the ${written} writes are in the backup`);
    assert.equal(generationOf(restored) - generationBefore, k, 'each write is in whole or not at all (one generation bump each)');
    const liveIds = (await env().db.selectFrom('resources').select('id').orderBy('id').execute()).map((r) => r.id);
    assert.deepEqual(ids, liveIds.slice(0, ids.length), 'the writes in it are the first ones: a single moment');
    for (const id of ids.slice(resourcesBefore)) {
      assert.ok(revisions.some((r) => r.entity_id === id), `resource ${id} has its revision`);
      assert.ok(attachments.some((a) => a.resource_id === id), `resource ${id} has its attachment`);
    }
    for (const a of attachments) {
      const file = path.join(target.dataDir, 'attachments', a.storage_key);
      assert.ok(fs.existsSync(file), `${a.storage_key} restored`);
      assert.equal(sha(file), sha(path.join(env().config.dataDir, 'attachments', a.storage_key)));
    }
    assert.deepEqual(manifest.missing, []);
  });

  onSqlite('backs up a quiet site and restores every table and every file exactly', async () => {
    const out = path.join(tmp, 'quiet.tar.gz');
    const backup = await haven(['backup', '--out', out], { DATA_DIR: env().config.dataDir, DATABASE_URL: path.join(env().config.dataDir, 'test.db') });
    assert.equal(backup.code, 0, backup.err);
    assert.match(backup.out, /Backup written to .*quiet\.tar\.gz: the database/);
    assert.equal(fs.statSync(out).mode & 0o777, 0o600, 'the archive is private');

    const dir = path.join(tmp, 'restored-quiet');
    const restore = await haven(['restore', out], { DATA_DIR: dir });
    assert.equal(restore.code, 0, restore.err);
    assert.match(restore.out, /Restored .* resources, \d+ staff accounts/);
    const live = tablesOf(path.join(env().config.dataDir, 'test.db'));
    const back = tablesOf(path.join(dir, 'haven.db'));
    assert.deepEqual([...back.keys()], [...live.keys()]);
    for (const [table, rows] of live) assert.equal(back.get(table), rows, `table ${table}`);
    assert.deepEqual(filesOf(dir), filesOf(env().config.dataDir), 'every attachment and image file, byte for byte');
  });

  onSqlite('refuses to restore over a site unless --force, and refuses what is not a backup', async () => {
    const out = path.join(tmp, 'quiet.tar.gz');
    const dir = path.join(tmp, 'restored-quiet');
    const again = await haven(['restore', out], { DATA_DIR: dir });
    assert.equal(again.code, 1);
    assert.match(again.err, /is not empty \(\d+ resources, \d+ staff accounts\).*--force/);
    const forced = await haven(['restore', out, '--force'], { DATA_DIR: dir });
    assert.equal(forced.code, 0, forced.err);
    const junk = path.join(tmp, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not an archive');
    const bad = await haven(['restore', junk], { DATA_DIR: path.join(tmp, 'empty') });
    assert.equal(bad.code, 1);
    assert.match(bad.err, /is not a Haven backup/);
    const pgTarget = await haven(['restore', out], { DATA_DIR: path.join(tmp, 'pg'), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    assert.equal(pgTarget.code, 1);
    assert.match(pgTarget.err, /holds a SQLite database, but DATABASE_URL names PostgreSQL/);
  });

  onPostgres('on PostgreSQL: archives the uploads, says pg_dump is the way for the database and prints the commands', async () => {
    const out = path.join(tmp, 'pg.tar.gz');
    const manifest = await createBackup(env().config, env().db, out);
    assert.equal(manifest.database, null);
    assert.ok(manifest.attachments.length > 0);
    const dir = path.join(tmp, 'pg-restored');
    const target = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, DATABASE_URL: 'postgres://unused@127.0.0.1:1/none', LOG_LEVEL: 'silent' });
    const result = await restoreBackup(target, out);
    assert.equal(result.databaseRestored, false);
    for (const name of manifest.attachments) assert.equal(sha(path.join(dir, 'attachments', name)), sha(path.join(env().config.dataDir, 'attachments', name)));
    const cli = await haven(['backup', '--out', path.join(tmp, 'pg2.tar.gz')], { DATA_DIR: env().config.dataDir, DATABASE_URL: (env().config.database as { connectionString: string }).connectionString });
    assert.equal(cli.code, 0, cli.err);
    assert.match(cli.out, /pg_dump is the documented path|backed up with pg_dump, the documented path/);
    assert.match(cli.out, /pg_dump --format=custom --no-owner --file=haven-\d{4}-\d{2}-\d{2}\.pgdump "\$DATABASE_URL"/);
    assert.match(cli.out, /pg_restore --no-owner --exit-on-error --dbname="\$DATABASE_URL"/);
  });
});
