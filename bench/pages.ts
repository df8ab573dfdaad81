import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { createDb, optimizeDb } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/features/seed/seed.service.ts';
import { keyToSlug } from '../src/features/citations/index.ts';
import { WORK, corpusFile, median, memoryOf } from './corpus.ts';
import { loadCorpus } from './load.ts';
import { startServer as startBenchServer } from './server.ts';

export interface PageFigure {
  size: number;
  page: string;
  url: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number;
}

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const RUNS = 2;

/** How many different URLs the "varied" rows cycle through: far more than the page cache keeps (500). */
const VARIED_URLS = 5_000;

/** Resource pages per sequential run: none of them requested before, so nothing of them is cached. */
const SEQUENTIAL_PAGES = 500;

async function prepare(size: number): Promise<{ dataDir: string; topic: string; page: number; slug: string; slugs: string[]; fresh: string[][]; topicPages: number; authorities: string[] }> {
  const dataDir = path.join(WORK, `pages-${size}`);
  const dbFile = path.join(dataDir, 'haven.db');
  if (!fs.existsSync(path.join(dataDir, 'ready'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const corpus = await corpusFile(100_000);
    const handle = createDb(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: dbFile }).database);
    await migrateToLatest(handle.db, handle.dialect);
    await seedDemo(handle.db, dataDir);
    const started = Date.now();
    const loaded = await loadCorpus(handle.db, corpus, size);
    console.log(`loaded ${loaded.toLocaleString()} resources in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await optimizeDb(handle);
    await handle.close();
    fs.writeFileSync(path.join(dataDir, 'ready'), '');
  }
  const handle = createDb(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: dbFile }).database);
  const top = await handle.db.selectFrom('resource_topics').innerJoin('topics', 'topics.id', 'resource_topics.topic_id')
    .select(['topics.slug', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('topics.slug').orderBy('n', 'desc').executeTakeFirstOrThrow();
  const middle = await handle.db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('id').offset(Math.floor(size / 2)).limit(1).executeTakeFirstOrThrow();
  const slugs = (await handle.db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('id').limit(VARIED_URLS).execute()).map((r) => r.slug);
  // Two sets of pages the mixes above never ask for (past the first VARIED_URLS ids), one per sequential run.
  const fresh = await Promise.all([0.4, 0.8].map(async (at) => (await handle.db.selectFrom('resources').select('slug').where('status', '=', 'published')
    .orderBy('id').offset(Math.max(VARIED_URLS, Math.floor(size * at))).limit(SEQUENTIAL_PAGES).execute()).map((r) => r.slug)));
  // The most cited authorities (a database made before migration 016 needs `haven reindex` to have them).
  const cited = await handle.db.selectFrom('resource_authorities').select(['key', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('key').orderBy('n', 'desc').orderBy('key').limit(500).execute();
  await handle.close();
  return {
    dataDir, topic: top.slug, page: Math.min(50, Math.ceil(Number(top.n) / 20)), slug: middle.slug, slugs, fresh, topicPages: Math.ceil(Number(top.n) / 20),
    authorities: cited.map((r) => keyToSlug(r.key)),
  };
}

/** The server on the benchmark's SQLite file. */
function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  return startBenchServer({ DATA_DIR: dataDir, DATABASE_URL: path.join(dataDir, 'haven.db') }, port);
}

/**
 * Drives one URL, or with `paths` a different path on every request (picked at random), so
 * the page cache mostly misses and the figure shows what rendering a page costs.
 */
function hammer(url: string, paths?: string[]): Promise<autocannon.Result> {
  const requests = paths ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }) }] : undefined;
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-encoding': 'gzip' }, requests });
}

/**
 * One request at a time over pages never requested before (no page cache, no rendered body in the
 * Markdown cache): each page's own time, as one reader waits for it, with its related resources.
 */
async function sequential(base: string, slugs: string[]): Promise<{ p50: number; p95: number; p99: number; max: number }> {
  const times: number[] = [];
  for (const slug of slugs) {
    const started = performance.now();
    const res = await fetch(`${base}/resources/${slug}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`/resources/${slug} answered ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/**
 * Measures the four public pages at each corpus size on SQLite (each one URL, so served from the
 * page cache after the first request), then two uncached mixes of thousands of URLs; prints and
 * returns the medians.
 */
export async function benchPages(sizes = [10_000, 100_000]): Promise<PageFigure[]> {
  const figures: PageFigure[] = [];
  for (const size of sizes) {
    const { dataDir, topic, page, slug, slugs, fresh, topicPages, authorities } = await prepare(size);
    const port = 3900 + Math.floor(Math.random() * 90);
    const server = await startServer(dataDir, port);
    try {
      const varied = (make: (i: number) => string, n: number) => Array.from({ length: n }, (_, i) => make(i));
      const pages: [string, string, string[]?][] = [
        ['homepage', '/'],
        ['library', '/resources'],
        [`topic page ${page}`, `/resources?topic=${topic}&page=${page}`],
        ['resource page', `/resources/${slug}`],
        // Uncached: thousands of different URLs, as crawlers and a busy week's readers ask.
        [`${slugs.length} res. pages`, `/resources/${slugs[0]}`, varied((i) => `/resources/${slugs[i]}`, slugs.length)],
        [`topic pages 1-${topicPages}`, `/resources?topic=${topic}`, varied((i) => `/resources?topic=${topic}&page=${i + 1}`, topicPages)],
        // Authorities (issue 13): the index, and the pages of the most cited ones, uncached. Resource
        // pages above include their related resources, computed in SQL.
        ['authority index', '/authorities'],
        ...(authorities.length
          ? [[`${authorities.length} authority pages`, `/authorities/${authorities[0]}`, varied((i) => `/authorities/${authorities[i]}`, authorities.length)] as [string, string, string[]]]
          : []),
      ];
      for (const [name, p, paths] of pages) {
        const url = `http://127.0.0.1:${port}${p}`;
        const check = await fetch(url);
        if (check.status !== 200) throw new Error(`${url} answered ${check.status}`);
        await autocannon({ url, connections: 4, duration: 2 }); // warm caches and the JIT
        const runs: autocannon.Result[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await hammer(url, paths));
        const fig: PageFigure = {
          size, page: name, url: paths ? `${paths.length} different URLs like ${p}` : p,
          rps: Math.round(median(runs.map((r) => r.requests.average))),
          p50: median(runs.map((r) => r.latency.p50)),
          p99: median(runs.map((r) => r.latency.p99)),
          errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
          rssMb: memoryOf(server.pid!).rssMb,
        };
        figures.push(fig);
        console.log(`${size.toLocaleString().padStart(7)}  ${name.padEnd(20)} ${String(fig.rps).padStart(6)} req/s  p50 ${fig.p50} ms  p99 ${fig.p99} ms  RSS ${fig.rssMb} MB  errors ${fig.errors}`);
      }
      // The resource page's own latency (issue 13's budget: p95 ≤ 30 ms uncached at 100,000 on SQLite).
      const seq: Awaited<ReturnType<typeof sequential>>[] = [];
      for (const set of fresh) seq.push(await sequential(`http://127.0.0.1:${port}`, set));
      const m = (f: (r: (typeof seq)[number]) => number) => median(seq.map(f));
      console.log(`${size.toLocaleString().padStart(7)}  resource page, 1 at a time, uncached (${fresh[0]!.length} pages × ${seq.length}): p50 ${m((r) => r.p50)} ms  p95 ${m((r) => r.p95)} ms  p99 ${m((r) => r.p99)} ms  (runs p95: ${seq.map((r) => r.p95).join(', ')} ms; max ${seq.map((r) => r.max).join(', ')} ms)`);
    } finally {
      server.kill('SIGTERM');
    }
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  benchPages(sizes.length ? sizes : undefined).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
