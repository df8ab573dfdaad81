import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDb, optimizeDb, type DbHandle } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { currentGeneration } from '../src/db/generation.ts';
import { importFile } from '../src/features/interchange/import.service.ts';
import { LibraryService } from '../src/features/resources/library.service.ts';
import { SuggestService, rebuildSearchIndex } from '../src/features/search/index.ts';
import { WORK, corpusFile, median } from './corpus.ts';
import { startServer } from './server.ts';

const SIZE = Number(process.env.BENCH_SEARCH_SIZE ?? 100_000);
const PG_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
const PG_SCHEMA = `bench_search_${SIZE}`;
const BENCH_APPLICATION = 'haven-bench-search';

/**
 * The query mix: common and rare words, citations in several forms, phrases, typos, questions,
 * Spanish, with and without filters. The corpus is synthetic (a domain lexicon), so "common" here
 * means a word in most resources: the worst case for a ranked search.
 */
export const QUERIES: string[] = [
  'immigration', 'removal', 'asylum', 'waiver', 'daca', 'crimes', 'visa', 'detention', 'naturalization', 'evidence',
  'removal proceedings', 'motion to reopen', 'aggravated felony', 'public charge rule', 'u visa certification',
  'INA 212(h)', '212h', '8 CFR 1003.23', '8 U.S.C. § 1182(h)', 'Matter of Pickering', '23 I&N Dec. 621', 'Padilla v. Kentucky',
  'Form I-601A', 'I601A', 'Cal. Penal Code § 1473.7', 'INA § 101(a)(43)',
  '"motion to withdraw a plea"', '"categorical approach"', 'deportaion', 'asylumn', 'natrualization',
  'what happens if ICE comes to my house', 'can my brother petition for me', 'traveling with TPS',
  'asilo', 'deportación', 'ciudadanía',
  'waiver&type=practice-advisory', 'asylum&topic=asylum-humanitarian', 'removal&from=2015-01-01&to=2019-12-31',
  'visa&lang=es', 'crimes immigration consequences&sort=newest',
];

/**
 * What visitors type before they finish (as-you-type suggestions): word starts, common and rare,
 * citations half-typed in several forms, titles' openings, in English and Spanish.
 */
export const SUGGEST_PREFIXES: string[] = [
  'im', 'imm', 'immigr', 'as', 'asy', 'rem', 'removal pro', 're', 'de', 'dep', 'nat', 'natur', 'u vis', 'waiv', 'cr', 'crim', 'pub',
  'INA 212', 'INA 2', '212h', '8 CFR 10', '8 cfr 1003', '8 USC 11', 'I-60', 'i601', 'Matter of P', 'Padilla v', 'Cal Pen',
  'pe', 'pet', 'asi', 'asilo', 'ciu', 'perm', 'tps', 'daca', 'sij', 'vawa', 'fo', 'form',
];

interface EngineFigures {
  engine: string;
  p50: number;
  p95: number;
  max: number;
  slowest: string;
  /** The same, in CPU time of this process (user + system), which a busy machine inflates far less than wall-clock time. */
  cpuP50: number;
  cpuP95: number;
  cpuMax: number;
  cpuSlowest: string;
  /** Client and database server CPU together (PostgreSQL; the same as cpu* on SQLite). */
  totalCpuP50: number;
  totalCpuP95: number;
  rps16?: number;
  p95Http16?: number;
  /** As-you-type suggestions, uncached: per-prefix medians (budget: p95 ≤ 10 ms). */
  suggestP50?: number;
  suggestP95?: number;
  suggestCpuP50?: number;
  suggestCpuP95?: number;
  suggestTotalCpuP95?: number;
  reindexSeconds?: number;
  indexMb: number;
}

function splitQuery(entry: string): { q: string; params: URLSearchParams } {
  const [q, ...rest] = entry.split('&');
  return { q: q!, params: new URLSearchParams(rest.join('&')) };
}

async function prepareSqlite(): Promise<{ handle: DbHandle; dataDir: string }> {
  const dataDir = path.join(WORK, `search-${SIZE}`);
  const ready = path.join(dataDir, 'ready');
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: path.join(dataDir, 'haven.db'), LOG_LEVEL: 'silent' });
  if (!fs.existsSync(ready)) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const handle = createDb(config.database);
    await migrateToLatest(handle.db, handle.dialect);
    await load(handle, dataDir);
    await optimizeDb(handle);
    await handle.close();
    fs.writeFileSync(ready, '');
  }
  return { handle: createDb(config.database), dataDir };
}

async function preparePostgres(): Promise<{ handle: DbHandle; dataDir: string; url: string } | undefined> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL not reachable at ${PG_URL}: skipped`);
    return undefined;
  }
  const { rows } = await admin.query(`select to_regclass('${PG_SCHEMA}.bench_ready') is not null as ready`);
  if (!rows[0].ready) {
    await admin.query(`drop schema if exists ${PG_SCHEMA} cascade; create schema ${PG_SCHEMA}`);
  }
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${PG_SCHEMA}`);
  // Named, so the bench can find its own server processes and read their CPU time.
  url.searchParams.set('application_name', BENCH_APPLICATION);
  const dataDir = path.join(WORK, `search-${SIZE}-pg`);
  fs.mkdirSync(dataDir, { recursive: true });
  const handle = createDb(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' }).database, { poolSize: 16 });
  if (!rows[0].ready) {
    await migrateToLatest(handle.db, handle.dialect);
    await load(handle, dataDir);
    await sql`vacuum analyze`.execute(handle.db);
    await sql`create table bench_ready (at text)`.execute(handle.db);
  }
  return { handle, dataDir, url: url.toString() };
}

async function load(handle: DbHandle, dataDir: string) {
  const file = await corpusFile(SIZE);
  const started = performance.now();
  const summary = await importFile({ db: handle.db, dataDir, file, onFailure: () => {}, onWarning: () => {} });
  console.log(`  imported ${summary.created.toLocaleString('en')} resources on ${handle.dialect} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Per-entry medians of wall-clock and CPU time (ms). */
interface Timings {
  wall: Map<string, number>;
  cpu: Map<string, number>;
  total: Map<string, number>;
}

/** CPU time of this process (user + system) in ms: what a query costs, whatever else the machine runs. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * CPU time (ms) of the PostgreSQL server processes serving this bench's connections, from
 * /proc/<pid>/schedstat (nanoseconds on CPU): the database's share of a query, which the client's
 * process.cpuUsage() cannot see. Zero where /proc is not readable (PostgreSQL on another host).
 */
function serverCpuMs(pids: number[]): number {
  let ns = 0;
  for (const pid of pids) {
    try {
      ns += Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch { /* not on this host, or gone */ }
  }
  return ns / 1e6;
}

/** The PostgreSQL server processes of this bench's pool (none on SQLite). */
async function serverPids(handle: DbHandle): Promise<number[]> {
  if (handle.dialect !== 'postgres') return [];
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where application_name = ${BENCH_APPLICATION}`.execute(handle.db);
  return rows.map((r) => Number(r.pid));
}

interface Samples {
  wall: Map<string, number[]>;
  cpu: Map<string, number[]>;
  /** Client CPU plus the database server's (PostgreSQL only). */
  total: Map<string, number[]>;
}

const samples = (): Samples => ({ wall: new Map(), cpu: new Map(), total: new Map() });

/** Records one timed call's wall-clock and CPU time under `key`. */
async function timed(into: Samples, key: string, call: () => Promise<unknown>, pids: number[] = []) {
  const s = serverCpuMs(pids);
  const c = cpuMs();
  const t = performance.now();
  await call();
  const wall = performance.now() - t;
  const cpu = cpuMs() - c;
  const server = serverCpuMs(pids) - s;
  const add = (map: Map<string, number[]>, value: number) => map.set(key, [...(map.get(key) ?? []), value]);
  add(into.wall, wall);
  add(into.cpu, cpu);
  add(into.total, cpu + server);
}

const medians = (times: Samples): Timings => ({
  wall: new Map([...times.wall].map(([k, v]) => [k, median(v)])),
  cpu: new Map([...times.cpu].map(([k, v]) => [k, median(v)])),
  total: new Map([...times.total].map(([k, v]) => [k, median(v)])),
});

/**
 * Times every query of the mix, uncached, `rounds` times; returns per-query medians (ms). CPU time
 * is this process's only: on PostgreSQL the server's work is not in it (wall-clock time is).
 */
async function timeQueries(handle: DbHandle, rounds: number): Promise<Timings> {
  const library = new LibraryService(handle.db);
  const generation = await currentGeneration(handle.db);
  const times = samples();
  // One warm-up pass: the attribute table loads once per node, as on a server.
  for (const entry of QUERIES) await run(library, entry, generation);
  for (let r = 0; r < rounds; r++) {
    const pids = await serverPids(handle);
    for (const entry of QUERIES) {
      library.engine.forgetResults();
      await timed(times, entry, () => run(library, entry, generation), pids);
    }
  }
  return medians(times);
}

async function run(library: LibraryService, entry: string, generation: number) {
  const { q, params } = splitQuery(entry);
  const query = { q, type: params.get('type') ?? undefined, topic: params.get('topic') ?? undefined, lang: params.get('lang') ?? undefined,
    from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, sort: (params.get('sort') ?? undefined) as 'newest' | undefined, page: 1 };
  const filter = await library.resolveFilter(query, generation);
  return library.page(filter, query, 20, generation);
}

const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function httpThroughput(dataDir: string, databaseUrl: string): Promise<{ rps: number; p95: number }> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const child = await startServer({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl }, port);
  try {
    const requests = QUERIES.map((entry) => {
      const { q, params } = splitQuery(entry);
      params.set('q', q);
      return { method: 'GET' as const, path: `/api/v1/resources?${params}` };
    });
    // Every query once first, one at a time: a fresh server loads the attribute table and the
    // spelling vocabulary on its first searches, which is start-up, not throughput.
    const warm = performance.now();
    for (const r of requests) await (await fetch(`http://127.0.0.1:${port}${r.path}`)).arrayBuffer();
    console.log(`      warm-up: the ${requests.length} queries once each, in turn, in ${((performance.now() - warm) / 1000).toFixed(1)} s`);
    const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 16, duration: 10, requests });
    return { rps: result.requests.average, p95: result.latency.p97_5 ?? result.latency.p99 };
  } finally {
    child.kill('SIGTERM');
  }
}

async function indexSizeMb(handle: DbHandle): Promise<number> {
  if (handle.dialect === 'postgres') {
    const { rows } = await sql<{ bytes: string }>`select sum(pg_total_relation_size(c.oid))::text as bytes from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r' and c.relname like 'search%'`.execute(handle.db);
    return Number(rows[0]?.bytes ?? 0) / 2 ** 20;
  }
  const { rows } = await sql<{ bytes: number }>`select sum(pgsize) as bytes from dbstat where name like 'search%'`.execute(handle.db);
  return Number(rows[0]?.bytes ?? 0) / 2 ** 20;
}

/** Times every prefix's suggestions, uncached, `rounds` times, in the page language of each half; returns per-prefix medians (ms). */
async function timeSuggestions(handle: DbHandle, rounds: number): Promise<Timings> {
  const suggester = new SuggestService(handle.db);
  const generation = await currentGeneration(handle.db);
  const times = samples();
  for (const prefix of SUGGEST_PREFIXES) await suggester.suggest(prefix, 'en', generation);
  for (let r = 0; r < rounds; r++) {
    const pids = await serverPids(handle);
    for (const [i, prefix] of SUGGEST_PREFIXES.entries()) {
      suggester.forgetAnswers();
      await timed(times, prefix, () => suggester.suggest(prefix, i % 2 ? 'es' : 'en', generation), pids);
    }
  }
  return medians(times);
}

/** `npm run bench -- search`: the query mix on both engines at 100,000 resources. */
export async function benchSearch(options: { reindex?: boolean } = {}): Promise<EngineFigures[]> {
  const figures: EngineFigures[] = [];
  console.log(`  ${QUERIES.length} queries; corpus of ${SIZE.toLocaleString('en')} resources`);
  const engines: [string, () => Promise<{ handle: DbHandle; http?: [string, string] } | undefined>][] = [
    ['sqlite', async () => { const s = await prepareSqlite(); return { handle: s.handle, http: [s.dataDir, path.join(s.dataDir, 'haven.db')] }; }],
    ['postgres', async () => { const p = await preparePostgres(); return p ? { handle: p.handle, http: [p.dataDir, p.url] } : undefined; }],
  ];
  // BENCH_SEARCH_ENGINE=sqlite (or postgres) runs one engine only.
  const only = process.env.BENCH_SEARCH_ENGINE;
  for (const [engine, open] of engines.filter(([name]) => !only || name === only)) {
    const opened = await open();
    if (!opened) continue;
    const { handle } = opened;
    try {
      const timings = await timeQueries(handle, 5);
      const values = [...timings.wall.values()];
      const cpuValues = [...timings.cpu.values()];
      const slowest = [...timings.wall].sort((a, b) => b[1] - a[1])[0]!;
      const cpuSlowest = [...timings.cpu].sort((a, b) => b[1] - a[1])[0]!;
      const figure: EngineFigures = {
        engine, p50: percentile(values, 50), p95: percentile(values, 95), max: slowest[1], slowest: slowest[0],
        cpuP50: percentile(cpuValues, 50), cpuP95: percentile(cpuValues, 95), cpuMax: cpuSlowest[1], cpuSlowest: cpuSlowest[0],
        totalCpuP50: percentile([...timings.total.values()], 50), totalCpuP95: percentile([...timings.total.values()], 95),
        indexMb: await indexSizeMb(handle),
      };
      console.log(`  ${engine}: per-query medians over ${QUERIES.length} queries — p50 ${figure.p50.toFixed(1)} ms, p95 ${figure.p95.toFixed(1)} ms, max ${figure.max.toFixed(1)} ms (${figure.slowest})`);
      console.log(`  ${engine}: CPU time of this process — p50 ${figure.cpuP50.toFixed(1)} ms, p95 ${figure.cpuP95.toFixed(1)} ms, max ${figure.cpuMax.toFixed(1)} ms (${figure.cpuSlowest})`);
      if (engine === 'postgres') console.log(`  ${engine}: CPU time of this process and the PostgreSQL server processes — p50 ${figure.totalCpuP50.toFixed(1)} ms, p95 ${figure.totalCpuP95.toFixed(1)} ms`);
      console.log('      wall ms   cpu ms  +server  query (slowest by CPU time, client and server)');
      for (const [entry, ms] of [...timings.total].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
        console.log(`      ${timings.wall.get(entry)!.toFixed(1).padStart(7)}  ${timings.cpu.get(entry)!.toFixed(1).padStart(7)}  ${ms.toFixed(1).padStart(7)}  ${entry}`);
      }
      console.log(`  ${engine}: search tables ${figure.indexMb.toFixed(0)} MB`);
      const suggestions = await timeSuggestions(handle, 5);
      figure.suggestP50 = percentile([...suggestions.wall.values()], 50);
      figure.suggestP95 = percentile([...suggestions.wall.values()], 95);
      figure.suggestCpuP50 = percentile([...suggestions.cpu.values()], 50);
      figure.suggestCpuP95 = percentile([...suggestions.cpu.values()], 95);
      figure.suggestTotalCpuP95 = percentile([...suggestions.total.values()], 95);
      const slowPrefixes = [...suggestions.wall].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p, ms]) => `${p} ${ms.toFixed(1)}`).join(', ');
      console.log(`  ${engine}: suggestions over ${SUGGEST_PREFIXES.length} prefixes, uncached — p50 ${figure.suggestP50.toFixed(2)} ms, p95 ${figure.suggestP95.toFixed(2)} ms (budget 10 ms); CPU p50 ${figure.suggestCpuP50.toFixed(2)} ms, p95 ${figure.suggestCpuP95.toFixed(2)} ms (with the database server's ${figure.suggestTotalCpuP95.toFixed(2)}); slowest: ${slowPrefixes}`);
      if (opened.http) {
        const http = await httpThroughput(...opened.http);
        figure.rps16 = http.rps;
        figure.p95Http16 = http.p95;
        console.log(`  ${engine}: HTTP, 16 connections, after the warm-up, the mix in turn (results cached per query): ${Math.round(http.rps)} req/s, p97.5 ${http.p95} ms`);
      }
      if (options.reindex) {
        const { seconds, resources } = await rebuildSearchIndex(handle.db);
        figure.reindexSeconds = seconds;
        console.log(`  ${engine}: haven reindex of ${resources.toLocaleString('en')} resources: ${seconds.toFixed(1)} s`);
      }
      figures.push(figure);
    } finally {
      await handle.close();
    }
  }
  return figures;
}
