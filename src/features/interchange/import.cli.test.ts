import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { runCli } from '../../app/cli.ts';
import { parseImportArgs } from './import.cli.ts';
import { interchangeLine as line, tempDir, writeJsonl } from '../../../test/support/factories.ts';

const ENV_KEYS = ['DATABASE_URL', 'DATA_DIR', 'LOG_LEVEL', 'SEED_DEMO'] as const;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

describe('haven import / haven export (command line, SQLite)', () => {
  let tmp: ReturnType<typeof tempDir>;
  const saved: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>> = {};
  before(() => {
    tmp = tempDir();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    process.env.DATABASE_URL = path.join(tmp.dir, 'cli.db');
    process.env.DATA_DIR = path.join(tmp.dir, 'data');
    process.env.LOG_LEVEL = 'silent';
    process.env.SEED_DEMO = 'false';
  });
  after(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    tmp.remove();
  });

  it('imports a file, prints the summary and exits 0', async () => {
    const file = writeJsonl(path.join(tmp.dir, 'good.jsonl'), [line('cli-a'), line('cli-b', { translationOf: 'cli-a' })]);
    const r = await cli('import', file);
    assert.equal(r.status, 0, r.err.join('\n'));
    assert.match(r.out.at(-1) ?? '', /^created 2, updated 0, unchanged 0, failed 0 \(2 lines in \d+\.\d s, \d+\/s\)$/);
    const again = await cli('import', file, '--batch', '1');
    assert.equal(again.status, 0);
    assert.match(again.out.at(-1) ?? '', /^created 0, updated 0, unchanged 2, failed 0 /);
  });

  it('reports bad lines on standard error and exits 1', async () => {
    const file = writeJsonl(path.join(tmp.dir, 'mixed.jsonl'), [line('cli-c'), '{oops', line('cli-d', { publishedOn: '2024-02-30' })]);
    const r = await cli('import', file);
    assert.equal(r.status, 1);
    assert.match(r.err.join('\n'), /^line 2: invalid JSON/m);
    assert.match(r.err.join('\n'), /^line 3: publishedOn is not a real calendar date$/m);
    assert.match(r.out.at(-1) ?? '', /^created 1, updated 0, unchanged 0, failed 2 /);
  });

  it('exits 2 on usage errors, before touching the database', async () => {
    for (const argv of [['import'], ['import', path.join(tmp.dir, 'missing.jsonl')], ['import', tmp.dir], ['import', 'a', 'b'],
      ['import', path.join(tmp.dir, 'good.jsonl'), '--batch', '0'], ['import', path.join(tmp.dir, 'good.jsonl'), '--frobnicate'],
      ['export', 'extra'], ['export', '--out', path.join(tmp.dir, 'no-such-dir', 'x.jsonl')], ['export', '--v1', '--with-staff']]) {
      const r = await cli(...argv);
      assert.equal(r.status, 2, argv.join(' '));
      assert.ok(r.err.length > 0);
    }
    assert.deepEqual(parseImportArgs([path.join(tmp.dir, 'good.jsonl'), '--batch', '2.5']), { ok: false, message: '--batch must be a whole number from 1 to 5000' });
  });

  it('exports to standard output and to a file', async () => {
    const stdout = await cli('export', '--v1');
    assert.equal(stdout.status, 0);
    assert.deepEqual(stdout.out.map((l) => JSON.parse(l).slug), ['cli-a', 'cli-b', 'cli-c']);
    const out = path.join(tmp.dir, 'export.jsonl');
    const file = await cli('export', '--v1', '--out', out);
    assert.equal(file.status, 0);
    assert.equal(fs.readFileSync(out, 'utf8'), stdout.out.map((l) => `${l}\n`).join(''));
    assert.deepEqual(fs.readdirSync(tmp.dir).filter((n) => n.includes('.partial-')), []);
  });

  it('lists both commands in the help', async () => {
    const r = await cli('--help');
    assert.match(r.out.join('\n'), /^\s+import\s+Import resources/m);
    assert.match(r.out.join('\n'), /^\s+export\s+Export the whole site/m);
  });
});

/** `haven import` as its own process, the way an operator runs it, stopped with real signals. */
describe('haven import stopped by a signal (its own process, SQLite)', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => { tmp = tempDir(); });
  after(() => tmp.remove());

  function start(file: string, dbFile: string) {
    const child = spawn(process.execPath, [path.resolve('bin/haven.mjs'), 'import', file, '--batch', '100'], {
      env: { ...process.env, DATABASE_URL: dbFile, DATA_DIR: path.join(tmp.dir, 'data'), SEED_DEMO: 'false', LOG_LEVEL: 'silent', CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d; });
    const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
    return { child, done, stderr: () => err };
  }

  // Enough lines that the import is still running when the signal lands just after the first
  // progress line (every 5,000), few enough that the re-run stays quick.
  const LINES = 20_000;

  it('finishes the batch in flight on Ctrl-C (even delivered twice), exits 130, and a re-run completes it', async () => {
    const lines = Array.from({ length: LINES }, (_, i) => line(`sig-${i}`));
    const file = writeJsonl(path.join(tmp.dir, 'many.jsonl'), lines);
    const dbFile = path.join(tmp.dir, 'signal.db');
    const run = start(file, dbFile);
    // Wait for the first plain progress line (every 5,000 lines), then press Ctrl-C; the second
    // copy is what a wrapper such as `npm run` sends on.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !/^progress: 5000 lines/m.test(run.stderr())) await new Promise((r) => setTimeout(r, 20));
    assert.match(run.stderr(), /^progress: 5000 lines/m, 'the import reported progress before the signal');
    run.child.kill('SIGINT');
    setTimeout(() => run.child.kill('SIGINT'), 30);
    const first = await run.done;
    assert.equal(first.code, 130, first.err);
    assert.match(first.err, /Interrupted: finishing the batch in flight/);
    const db = new SQLite(dbFile, { readonly: true });
    const stored = (db.prepare('select count(*) as n from resources').get() as { n: number }).n;
    db.close();
    assert.ok(stored >= 5_000 && stored < LINES, `${stored} stored`);
    const created = Number(/created (\d+), updated 0, unchanged 0, failed 0/.exec(first.out)?.[1]);
    assert.equal(stored, created, `the summary counts what was stored: ${first.out}`);
    const again = await start(file, dbFile).done;
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, new RegExp(`created ${LINES - stored}, updated 0, unchanged ${stored}, failed 0`));
  });
});
