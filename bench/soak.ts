import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { createDb, optimizeDb } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/features/seed/seed.service.ts';
import { ROOT, WORK, corpusFile, memoryOf } from './corpus.ts';
import { loadCorpus } from './load.ts';

/** Soak settings: `SOAK_SECONDS` (60), `SOAK_CONNECTIONS` (16), `SOAK_SIZE` resources (10,000), `BENCH_POSTGRES_URL`. */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const SIZE = Number(process.env.SOAK_SIZE ?? 10_000);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface SoakFigure {
  engine: 'sqlite' | 'postgres';
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  over1s: number;
  errors: number;
  non2xx: number;
  rssStartMb: number;
  rssEndMb: number;
  rssPeakMb: number;
}

/** A database of SIZE corpus resources (plus the demo site) for one engine, built once and kept under bench/.work. */
async function prepare(engine: 'sqlite' | 'postgres'): Promise<{ env: Record<string, string>; slugs: string[]; topics: string[]; words: string[] }> {
  const dataDir = path.join(WORK, `soak-${engine}-${SIZE}`);
  const schema = `bench_soak_${SIZE}`;
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const databaseUrl = engine === 'sqlite' ? path.join(dataDir, 'haven.db') : url.toString();
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl };
  if (!fs.existsSync(path.join(dataDir, 'ready'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    if (engine === 'postgres') {
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.query(`create schema ${schema}`);
      await admin.end();
    }
    const handle = createDb(loadConfig(env).database);
    await migrateToLatest(handle.db, handle.dialect);
    await seedDemo(handle.db, dataDir);
    const started = Date.now();
    const loaded = await loadCorpus(handle.db, await corpusFile(100_000), SIZE);
    console.log(`${engine}: loaded ${loaded.toLocaleString()} resources in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await optimizeDb(handle);
    await handle.close();
    fs.writeFileSync(path.join(dataDir, 'ready'), '');
  }
  const handle = createDb(loadConfig(env).database);
  const slugs = (await handle.db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('id').limit(2_000).execute()).map((r) => r.slug);
  const topics = (await handle.db.selectFrom('topics').select('slug').orderBy('id').execute()).map((r) => r.slug);
  const titles = await handle.db.selectFrom('resources').select('title').orderBy('id').limit(300).execute();
  await handle.close();
  const words = [...new Set(titles.flatMap((t) => t.title.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 4)))].slice(0, 200);
  return { env, slugs, topics, words };
}

/** The mix: cached and uncached library pages, searches, resource and topic pages, the API and feeds, in both languages. */
function mixedPaths(p: { slugs: string[]; topics: string[]; words: string[] }): string[] {
  const paths: string[] = [];
  for (let i = 0; i < 4_000; i++) {
    const slug = p.slugs[i % p.slugs.length];
    const topic = p.topics[i % p.topics.length];
    const word = p.words[i % p.words.length];
    const es = i % 5 === 0 ? '/es' : '';
    paths.push([
      '/', `${es}/resources`, `${es}/resources?page=${1 + (i % 40)}`, `${es}/resources?q=${word}`, `/resources?topic=${topic}&sort=oldest`,
      `${es}/resources/${slug}`, `${es}/topics/${topic}?page=${1 + (i % 5)}`, `/api/v1/resources?page=${1 + (i % 30)}`,
      `/api/v1/resources/${slug}`, `/feeds/resources.atom?topic=${topic}`, `/resources?q=${word}&sort=title&page=2`, '/healthz',
    ][i % 12]);
  }
  return paths;
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', SESSION_SECRET: 'bench-'.padEnd(40, 'x'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

/** One soak per engine: SECONDS of CONNECTIONS connections on mixed URLs; latency percentiles and memory drift. */
export async function benchSoak(engines: ('sqlite' | 'postgres')[] = ['sqlite', 'postgres']): Promise<SoakFigure[]> {
  const figures: SoakFigure[] = [];
  for (const engine of engines) {
    const prepared = await prepare(engine);
    const paths = mixedPaths(prepared);
    const port = 3900 + figures.length;
    const server = await startServer(prepared.env, port);
    try {
      // Warm up briefly (threads, statement caches) so the start figure is the running server's.
      await autocannon({ url: `http://127.0.0.1:${port}`, connections: 4, duration: 3, requests: [{ setupRequest: (req) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }) }] });
      const rssStart = memoryOf(server.pid!).rssMb;
      let peak = rssStart;
      const sampler = setInterval(() => { peak = Math.max(peak, memoryOf(server.pid!).rssMb); }, 1000);
      let n = 0;
      const result = await autocannon({
        url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: SECONDS, headers: { 'accept-encoding': 'gzip' },
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length] }) }],
      });
      clearInterval(sampler);
      const rssEnd = memoryOf(server.pid!).rssMb;
      const over1s = (result.latency as unknown as { totalCount?: number }) ? countOver(result, 1000) : 0;
      const figure: SoakFigure = {
        engine, requests: result.requests.total, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99,
        max: result.latency.max, over1s, errors: result.errors + result.timeouts, non2xx: result.non2xx,
        rssStartMb: rssStart, rssEndMb: rssEnd, rssPeakMb: Math.max(peak, rssEnd),
      };
      figures.push(figure);
      console.log(`${engine.padEnd(9)} ${figure.requests.toLocaleString()} requests (${figure.rps}/s)  p50 ${figure.p50} ms  p99 ${figure.p99} ms  max ${figure.max} ms  `
        + `errors ${figure.errors}  non-2xx ${figure.non2xx}  RSS ${figure.rssStartMb} → ${figure.rssEndMb} MB (peak ${figure.rssPeakMb})`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
  return figures;
}

/** Requests slower than `ms`, from autocannon's percentile table (an estimate: the share past the first percentile above it). */
function countOver(result: autocannon.Result, ms: number): number {
  const table: [number, number][] = [[50, result.latency.p50], [75, result.latency.p75], [90, result.latency.p90], [97.5, result.latency.p97_5], [99, result.latency.p99]];
  const first = table.find(([, v]) => v > ms);
  return first ? Math.round(result.requests.total * (100 - first[0]) / 100) : 0;
}
