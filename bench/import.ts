import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, WORK, corpusFile, median, memoryOf } from './corpus.ts';

/**
 * `haven import` of a generated corpus into an empty database, on SQLite and on PostgreSQL,
 * measured the way an operator runs it: a separate `haven` process, timed by its own summary
 * line, its peak RSS read from the kernel. Run: `npx tsx bench/import.ts [--count N] [--runs N]
 * [--engines sqlite,postgres]`. PostgreSQL runs in a scratch database created and dropped here.
 */

export type Engine = 'sqlite' | 'postgres';

export interface BenchImportOptions {
  /** Resources in the corpus (default 100,000, about 325 MB). */
  count?: number;
  /** Runs per engine; the medians are reported (default 2). */
  runs?: number;
  engines?: Engine[];
  /** Server to create the scratch database on (default TEST_POSTGRES_URL or the local test server). */
  postgresUrl?: string;
}

export interface ImportRun {
  engine: Engine;
  lines: number;
  /** From the summary line: lines over the import's own time, without process start-up. */
  perSecond: number;
  seconds: number;
  /** Peak resident set size of the `haven import` process. */
  peakRssMb: number;
  /** User + system CPU seconds of the process, when /usr/bin/time is there to say. */
  cpuSeconds: number | null;
  /** One-minute load average when the run started: other work on the machine skews the figures. */
  load: number;
}

export interface ImportFigure {
  engine: Engine;
  runs: ImportRun[];
  medianPerSecond: number;
  medianPeakRssMb: number;
}

const TIME = '/usr/bin/time';

function scratchUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  url.searchParams.delete('options');
  return url.toString();
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: scratchUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `npm run haven` as package.json spells it (with its Node flags), without npm in between. */
function havenCommand(): string[] {
  const script: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.haven;
  const [node, ...rest] = script.split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's haven script should start with node: ${script}`);
  return [process.execPath, ...rest.map((a) => (a.startsWith('bin/') ? path.join(ROOT, a) : a))];
}

/** Runs `haven import` once in a child process and reads its summary line and peak memory. */
async function importOnce(engine: Engine, corpus: string, env: Record<string, string>): Promise<ImportRun> {
  const load = os.loadavg()[0];
  const timed = fs.existsSync(TIME);
  const args = [...(timed ? [TIME, '-v'] : []), ...havenCommand(), 'import', corpus];
  const child = spawn(args[0], args.slice(1), { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  // Warnings about the corpus (series lengths) are expected; only the tail is kept.
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-20_000); });
  let polledPeak = 0;
  const poll = timed ? undefined : setInterval(() => {
    try {
      polledPeak = Math.max(polledPeak, memoryOf(child.pid!).peakMb);
    } catch { /* exited */ }
  }, 200);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  if (poll) clearInterval(poll);
  const summary = /created (\d+), updated (\d+), unchanged (\d+), failed (\d+) \((\d+) lines in ([\d.]+) s, (\d+)\/s\)/.exec(stdout);
  if (status !== 0 || !summary) throw new Error(`haven import exited ${status}:\n${stdout}\n${stderr.slice(-2000)}`);
  const kb = (key: string) => Number(new RegExp(`${key}[^:]*:\\s*([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  const cpu = timed ? kb('User time') + kb('System time') : null;
  return {
    engine, load,
    lines: Number(summary[5]),
    seconds: Number(summary[6]),
    perSecond: Number(summary[7]),
    peakRssMb: timed ? Math.round(kb('Maximum resident set size') / 1024) : polledPeak,
    cpuSeconds: cpu === null || Number.isNaN(cpu) ? null : Math.round(cpu * 10) / 10,
  };
}

/** Imports the corpus into a fresh database `runs` times per engine; prints each run and the medians. */
export async function benchImport(options: BenchImportOptions = {}): Promise<ImportFigure[]> {
  const count = options.count ?? 100_000;
  const runs = options.runs ?? 2;
  const engines = options.engines ?? ['sqlite', 'postgres'];
  const serverUrl = options.postgresUrl ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const corpus = await corpusFile(count);
  const figures: ImportFigure[] = [];
  for (const engine of engines) {
    const results: ImportRun[] = [];
    for (let i = 0; i < runs; i++) {
      const dataDir = fs.mkdtempSync(path.join(WORK, 'import-'));
      const database = `bench_import_${process.pid}_${i}`;
      try {
        let url = path.join(dataDir, 'bench.db');
        if (engine === 'postgres') {
          await admin(serverUrl, `create database ${database}`);
          url = scratchUrl(serverUrl, database);
        }
        const run = await importOnce(engine, corpus, { DATA_DIR: dataDir, DATABASE_URL: url });
        results.push(run);
        const cpu = run.cpuSeconds === null ? '' : `, ${run.cpuSeconds} CPU-s (${Math.round(run.lines / run.cpuSeconds)} lines per CPU-s)`;
        console.log(`${engine.padEnd(8)} run ${i + 1}: ${run.perSecond} resources/s (${run.lines} in ${run.seconds} s), peak RSS ${run.peakRssMb} MB${cpu}, load ${run.load.toFixed(1)}`);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
        if (engine === 'postgres') await admin(serverUrl, `drop database if exists ${database}`).catch(() => {});
      }
    }
    const figure: ImportFigure = {
      engine, runs: results,
      medianPerSecond: Math.round(median(results.map((r) => r.perSecond))),
      medianPeakRssMb: Math.round(median(results.map((r) => r.peakRssMb))),
    };
    figures.push(figure);
    console.log(`${engine.padEnd(8)} median: ${figure.medianPerSecond} resources/s, peak RSS ${figure.medianPeakRssMb} MB`);
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  benchImport({
    count: arg('count') ? Number(arg('count')) : undefined,
    runs: arg('runs') ? Number(arg('runs')) : undefined,
    engines: arg('engines')?.split(',') as Engine[] | undefined,
  }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
