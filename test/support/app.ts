import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { createApp } from '../../src/app/create-app.tsx';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDb, type Db } from '../../src/db/database.ts';
import type { Dialect } from '../../src/db/engine.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { IN_CI, postgresUnavailable } from './postgres.ts';
import { SEEDED_AT, SQLITE_FILE, copySqliteTemplate, createPostgresCopy, type Dataset } from './templates.ts';

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export interface TestEnv {
  dialect: Dialect;
  db: Db;
  config: Config;
  app: ReturnType<typeof createApp>;
  /** A settable clock the app reads instead of the system time. */
  clock: Clock & { set(d: Date): void };
  /** Requests a path through the app in-process. */
  request(pathname: string, init?: RequestInit): Promise<Response>;
  /** Requests a path and returns status and body text. */
  get(pathname: string, init?: RequestInit): Promise<{ status: number; text: string; res: Response }>;
}

export interface EnvOptions {
  /** Write a site into the fresh database (default true): the demo, or `dataset` when given. */
  seed?: boolean;
  /** Which site: the demo (default) or the tiny shared dataset of test/fixtures/tiny. */
  dataset?: 'demo' | 'tiny';
  env?: Record<string, string>;
}

/** A migrated database of one dialect holding the demo site (or the tiny dataset, or nothing): a copy of a template (test/support/templates.ts). */
export async function createTestEnv(dialect: Dialect, options: EnvOptions = {}): Promise<TestEnv & { close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-test-'));
  const dataset: Dataset = options.seed === false ? 'bare' : (options.dataset ?? 'demo');
  let databaseUrl = path.join(dataDir, SQLITE_FILE);
  let dropDatabase = async () => {};
  if (dialect === 'postgres') {
    const copy = await createPostgresCopy(dataDir, dataset);
    databaseUrl = copy.url;
    dropDatabase = copy.drop;
  } else {
    await copySqliteTemplate(dataDir, dataset);
  }
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: databaseUrl, BASE_URL: 'http://haven.test', LOG_LEVEL: 'silent', ...options.env });
  const handle = createDb(config.database, { poolSize: 4 });
  let now = new Date(SEEDED_AT);
  const clock = { now: () => now, set: (d: Date) => { now = d; } };
  const app = createApp({ db: handle.db, dialect: handle.dialect, config, logger: createLogger('silent'), clock });
  const request = async (pathname: string, init?: RequestInit) => app.request(pathname, init);
  return {
    dialect, db: handle.db, config, app, clock, request,
    async get(pathname, init) {
      const res = await request(pathname, init);
      return { status: res.status, text: await res.text(), res };
    },
    async close() {
      await handle.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const pgProblem = await postgresUnavailable();
if (pgProblem && IN_CI) {
  throw new Error(`${pgProblem}. CI requires PostgreSQL; .ci/run starts it.`);
}

/**
 * Runs a suite once per dialect, each on its own fresh database. Outside CI the PostgreSQL run
 * is skipped, with the reason, when no server answers.
 */
export function describeEachDialect(name: string, suite: (env: () => TestEnv, dialect: Dialect) => void, options: EnvOptions = {}): void {
  for (const dialect of DIALECTS) {
    const skip = dialect === 'postgres' && pgProblem ? pgProblem : false;
    describe(`${name} [${dialect}]`, { skip }, () => {
      let env: (TestEnv & { close(): Promise<void> }) | undefined;
      before(async () => {
        env = await createTestEnv(dialect, options);
      });
      after(async () => {
        await env?.close();
      });
      suite(() => {
        if (!env) throw new Error('test environment not ready');
        return env;
      }, dialect);
    });
  }
}
