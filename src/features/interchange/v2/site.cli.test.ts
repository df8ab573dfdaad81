import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { runCli } from '../../../app/cli.ts';
import { tempDir } from '../../../../test/support/factories.ts';

const ENV_KEYS = ['DATABASE_URL', 'DATA_DIR', 'LOG_LEVEL', 'SEED_DEMO'] as const;

/** `haven …` in-process against the SQLite file `name` with its own data folder. */
async function cli(dir: string, name: string, ...argv: string[]) {
  process.env.DATABASE_URL = path.join(dir, `${name}.db`);
  process.env.DATA_DIR = path.join(dir, `${name}-data`);
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

const count = (file: string, table: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('haven export / haven import of a whole site (command line, SQLite)', () => {
  let tmp: ReturnType<typeof tempDir>;
  const saved: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};
  before(async () => {
    tmp = tempDir();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    process.env.LOG_LEVEL = 'silent';
    process.env.SEED_DEMO = 'false';
    const seeded = await cli(tmp.dir, 'a', 'seed');
    assert.equal(seeded.status, 0, seeded.err.join('\n'));
  });
  after(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    tmp.remove();
  });

  it('moves the site into an empty database, files included, and exports it again to the same bytes', async () => {
    const first = path.join(tmp.dir, 'one', 'site.jsonl');
    fs.mkdirSync(path.dirname(first));
    const exported = await cli(tmp.dir, 'a', 'export', '--out', first, '--with-staff');
    assert.equal(exported.status, 0, exported.err.join('\n'));
    assert.match(exported.out.join('\n'), /^Exported the site to .*: .*78 resource.*; 41 files\.$/m);
    assert.equal(fs.readdirSync(path.join(tmp.dir, 'one', 'site.files')).length, 41);
    const imported = await cli(tmp.dir, 'b', 'import', first);
    assert.equal(imported.status, 0, imported.err.join('\n'));
    assert.match(imported.out.at(-1) ?? '', /^imported the site: .*78 resource/);
    assert.equal(count(path.join(tmp.dir, 'b.db'), 'resources'), 78);
    assert.equal(fs.readdirSync(path.join(tmp.dir, 'b-data', 'attachments')).length, 35);
    const second = path.join(tmp.dir, 'two', 'site.jsonl');
    fs.mkdirSync(path.dirname(second));
    assert.equal((await cli(tmp.dir, 'b', 'export', '--out', second, '--with-staff')).status, 0);
    assert.ok(fs.readFileSync(second).equals(fs.readFileSync(first)), 'the same bytes');
    // Standard output carries the same lines (files are named by checksum but not copied).
    const stdout = await cli(tmp.dir, 'b', 'export', '--with-staff');
    assert.equal(stdout.out.length, fs.readFileSync(first, 'utf8').trimEnd().split('\n').length);
  });

  it('refuses a database that holds content, and a broken file, keeping nothing of either (exit 1)', async () => {
    const first = path.join(tmp.dir, 'one', 'site.jsonl');
    const again = await cli(tmp.dir, 'b', 'import', first);
    assert.equal(again.status, 1);
    assert.match(again.err.join('\n'), /already holds content/);
    const lines = fs.readFileSync(first, 'utf8').trimEnd().split('\n');
    const broken = path.join(tmp.dir, 'one', 'broken.jsonl');
    const last = lines.map((l) => l.startsWith('{"kind":"resource"')).lastIndexOf(true);
    fs.writeFileSync(broken, [...lines.slice(0, last), lines[last].replace('"publishedOn":"', '"publishedOn":"x'), ...lines.slice(last + 1)].join('\n'));
    const failed = await cli(tmp.dir, 'c', 'import', broken);
    assert.equal(failed.status, 1);
    assert.match(failed.err.join('\n'), new RegExp(`^haven import: line ${last + 1}: resource publishedOn must be a date written YYYY-MM-DD$`, 'm'));
    assert.equal(count(path.join(tmp.dir, 'c.db'), 'resources'), 0);
    assert.deepEqual(fs.readdirSync(path.join(tmp.dir, 'c-data', 'attachments')), [], 'the files copied for it are gone');
    const unordered = path.join(tmp.dir, 'one', 'unordered.jsonl');
    fs.writeFileSync(unordered, [lines[0], lines.find((l) => l.startsWith('{"kind":"topic"')), lines.find((l) => l.startsWith('{"kind":"type"'))].join('\n'));
    const refused = await cli(tmp.dir, 'c', 'import', unordered);
    assert.equal(refused.status, 1);
    assert.match(refused.err.join('\n'), /line 3: a "type" record after topic records/);
  });

  it('still imports v1 resource lines', async () => {
    const v1 = path.join(tmp.dir, 'v1.jsonl');
    const exported = await cli(tmp.dir, 'a', 'export', '--v1', '--out', v1);
    assert.equal(exported.status, 0, exported.err.join('\n'));
    const imported = await cli(tmp.dir, 'd', 'import', v1);
    assert.equal(imported.status, 0, imported.err.join('\n'));
    assert.match(imported.out.at(-1) ?? '', /^created 78, updated 0, unchanged 0, failed 0 /);
  });
});
