// `haven export | gzip`: every line must reach a slow reader before the command exits 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { importFile } from './import.service.ts';
import { interchangeLine as line, tempDir, writeJsonl } from '../../../test/support/factories.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const RESOURCES = 3_000;

/** A reader that takes 16 KB every 5 ms (about 3 MB/s) and prints how many lines it got. */
const SLOW_READER = `
let lines = 0;
process.stdin.pause();
const tick = setInterval(() => {
  const chunk = process.stdin.read(16384);
  if (chunk) for (const b of chunk) if (b === 10) lines++;
}, 5);
process.stdin.on('end', () => { clearInterval(tick); console.log(lines); });
process.stdin.on('readable', () => {});
`;

/** Runs `haven export` with `args` into a reader slower than the export, as a pipe to `gzip` or `ssh` would be. */
async function exportIntoSlowReader(env: TestEnv, args: string[]): Promise<{ code: number | null; stderr: string; counted: string }> {
  const { config } = env;
  const databaseUrl = config.database.dialect === 'postgres' ? config.database.connectionString : config.database.filename;
  const exporter = spawn(process.execPath, ['bin/haven.mjs', 'export', ...args], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: config.dataDir, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reader = spawn(process.execPath, ['-e', SLOW_READER], { stdio: ['pipe', 'pipe', 'inherit'] });
  exporter.stdout.pipe(reader.stdin);
  let stderr = '';
  exporter.stderr.on('data', (d) => { stderr += d; });
  let counted = '';
  reader.stdout.on('data', (d) => { counted += d; });
  const [code] = await Promise.all([
    new Promise<number | null>((resolve) => exporter.on('close', (c) => resolve(c))),
    new Promise((resolve) => reader.on('close', resolve)),
  ]);
  return { code, stderr, counted };
}

describeEachDialect('haven export into a slow pipe', (env) => {
  let fixture: ReturnType<typeof tempDir>;
  before(async () => {
    fixture = tempDir();
    const body = 'An advisory paragraph that makes each exported line about a kilobyte long. '.repeat(14);
    const file = writeJsonl(path.join(fixture.dir, 'many.jsonl'), Array.from({ length: RESOURCES }, (_, i) => line(`pipe-${i}`, { body })));
    const summary = await importFile({ db: env().db, dataDir: env().config.dataDir, file, batchSize: 750 });
    assert.equal(summary.created, RESOURCES);
  });
  after(() => fixture?.remove());

  it('writes every resource before exiting 0, however slowly the reader reads', async () => {
    const { code, stderr, counted } = await exportIntoSlowReader(env(), ['--v1']);
    assert.equal(code, 0, stderr);
    const total = Number(counted.trim());
    assert.ok(total >= RESOURCES, `the reader got ${total} lines`);
    assert.match(stderr, new RegExp(`Exported ${total} resources\\.`), 'the count printed is the count delivered');
  });

  it('writes the whole site (v2) to a slow reader too, every record before exiting 0', async () => {
    const { code, stderr, counted } = await exportIntoSlowReader(env(), []);
    assert.equal(code, 0, stderr);
    const kinds = /^Exported the site: (.*); \d+ files/m.exec(stderr)?.[1] ?? '';
    assert.match(kinds, new RegExp(`\\b${RESOURCES + 78} resource\\b`));
    const records = [...kinds.matchAll(/(\d+) [a-z-]+/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(Number(counted.trim()), records + 1, 'the header and every record reached the reader');
  });

  it('stops with a plain message, not a stack, when the reader goes away (| head -n 1)', async () => {
    const { config } = env();
    const databaseUrl = config.database.dialect === 'postgres' ? config.database.connectionString : config.database.filename;
    // A real shell pipe, so the exporter's output goes straight to head, which leaves after one line.
    const shell = spawn('bash', ['-c', 'set -o pipefail; node bin/haven.mjs export --v1 | head -n 1 >/dev/null; echo "status $?" >&2'], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: config.dataDir, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    shell.stderr.on('data', (d) => { stderr += d; });
    await new Promise((resolve) => shell.on('close', resolve));
    assert.match(stderr, /^Export stopped: the reader closed the output after \d+ resources\.\nstatus 1\n$/);
  });
});
