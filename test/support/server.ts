import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDb, type DbHandle } from '../../src/db/database.ts';
import type { Dialect } from '../../src/db/engine.ts';
import type { TestEnv } from './app.ts';
import { createTestSchema } from './postgres.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A Haven server running as its own process, on a loopback port, over a fresh database. */
export interface RunningServer {
  dialect: Dialect;
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  config: Config;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** A connection of the test's own to the server's database, for fixtures. */
  db: DbHandle;
  /** PostgreSQL: the application_name of the server's connections. */
  applicationName: string;
  /** A TestEnv whose requests go over real HTTP to the server (for the auth helpers). */
  env: TestEnv;
  /** Stops the process (SIGKILL after 10 s), closes the test's connection, removes the data. */
  close(): Promise<void>;
}

export interface ServerOptions {
  env?: Record<string, string>;
  /** Command to run instead of `node --import tsx src/main.ts` (e.g. `npm start`). */
  command?: { file: string; args: string[] };
}

/**
 * Starts `node --import tsx src/main.ts` (the production entry) with PORT=0 and waits for it to
 * say where it listens. The database is a fresh SQLite file or PostgreSQL schema, migrated and
 * seeded with the demo site by the server itself, as on a first start.
 */
export async function startServer(dialect: Dialect, options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-server-'));
  let databaseUrl = path.join(dataDir, 'haven.db');
  let dropSchema = async () => {};
  // The server's PostgreSQL connections carry this name, so a test can find (and terminate) them.
  const applicationName = `haven-server-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  if (dialect === 'postgres') {
    const schema = await createTestSchema();
    const url = new URL(schema.url);
    url.searchParams.set('application_name', applicationName);
    databaseUrl = url.toString();
    dropSchema = schema.drop;
  }
  const env: Record<string, string> = {
    ...process.env as Record<string, string>,
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl,
    BASE_URL: 'http://haven.test', LOG_LEVEL: 'info', SEED_DEMO: 'true',
    ...options.env,
  };
  const command = options.command ?? { file: process.execPath, args: ['--import', 'tsx', 'src/main.ts'] };
  const child = spawn(command.file, command.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Never outlive the test process, even when a test times out with the server stuck.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => {
    process.off('exit', killOnExit);
    resolve(code ?? signal ?? -1);
  }));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${out}`)), 60_000);
    const look = () => {
      const m = /"port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', look);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', look);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${out}`));
    });
  });
  const config = loadConfig({ ...env, PORT: String(port), DATABASE_URL: databaseUrl.replace(`application_name=${applicationName}`, 'application_name=haven-test') });
  const db = createDb(config.database, { poolSize: 2 });
  const url = `http://127.0.0.1:${port}`;
  const request = (pathname: string, init?: RequestInit) => fetch(url + pathname, init);
  const testEnv: TestEnv = {
    dialect, db: db.db, config, app: undefined as never, clock: { now: () => new Date(), set() {} }, request,
    async get(pathname, init) {
      const res = await request(pathname, init);
      return { status: res.status, text: await res.text(), res };
    },
  };
  return {
    dialect, url, port, config, child, exited, db, env: testEnv, applicationName,
    output: () => out,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await db.close();
      await dropSchema();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One GET over a fresh connection: its status and how long the answer took, in ms. */
export function timedGet(url: string, timeoutMs = 10_000): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/**
 * Asks for ordinary pages every 100 ms while `during` runs (at least `minMs`), and returns the
 * slowest answer seen: what a visitor would have waited while the payload was in flight.
 */
export async function probeWhile(base: string, during: Promise<unknown>, minMs = 1500, paths = ['/', '/resources', '/topics']): Promise<{ worst: number; count: number; statuses: number[] }> {
  let done = false;
  const finished = Promise.allSettled([during, new Promise((r) => setTimeout(r, minMs))]).then(() => { done = true; });
  let worst = 0;
  let count = 0;
  const statuses: number[] = [];
  // Give the payload a head start, so the probes overlap the work it causes.
  await new Promise((r) => setTimeout(r, 150));
  while (!done) {
    const { status, ms } = await timedGet(base + paths[count % paths.length], 15_000).catch(() => ({ status: 0, ms: 15_000 }));
    worst = Math.max(worst, ms);
    statuses.push(status);
    count++;
    await Promise.race([finished, new Promise((r) => setTimeout(r, 100))]);
  }
  return { worst, count, statuses };
}
