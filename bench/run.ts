import os from 'node:os';
import { benchImport } from './import.ts';
import { benchPages } from './pages.ts';
import { benchSearch } from './search.ts';
import { benchSoak } from './soak.ts';

/**
 * `npm run bench`: the page benchmark (homepage, library, deep topic page, resource page at
 * 10,000 and 100,000 resources on SQLite) and the import benchmark (100,000 resources on SQLite
 * and PostgreSQL). Prints the figures; copy them into bench/RESULTS.md with the date and machine.
 * `npm run bench -- pages`, `-- search [--reindex]` or `-- import` runs one of them; `npm run bench -- soak`
 * (not part of "all") runs 60 s of 16 connections on mixed URLs against each engine and reports
 * latency percentiles and memory drift (`npm run bench -- soak postgres` for one engine).
 */
async function main() {
  const which = process.argv[2] ?? 'all';
  console.log(`Haven benchmarks — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (figures are only comparable on an idle machine)\n`);
  if (which === 'all' || which === 'pages') {
    console.log('== pages: autocannon, 32 connections, 10 s, median of 2 runs');
    await benchPages();
  }
  if (which === 'all' || which === 'search') {
    console.log('\n== search: the query mix, uncached, in-process and over HTTP');
    await benchSearch({ reindex: process.argv.includes('--reindex') });
  }
  if (which === 'soak') {
    const engines = process.argv[3] === 'sqlite' || process.argv[3] === 'postgres' ? [process.argv[3]] as const : ['sqlite', 'postgres'] as const;
    console.log(`== soak: ${process.env.SOAK_SECONDS ?? 60} s, ${process.env.SOAK_CONNECTIONS ?? 16} connections, mixed URLs, ${Number(process.env.SOAK_SIZE ?? 10_000).toLocaleString()} resources`);
    await benchSoak([...engines]);
  }
  if (which === 'all' || which === 'import') {
    console.log('\n== import: haven import of the generated corpus');
    const figures = await benchImport();
    for (const f of figures) {
      console.log(`${f.engine.padEnd(9)} ${Math.round(f.medianPerSecond).toLocaleString()} resources/s   peak RSS ${f.medianPeakRssMb} MB   (runs: ${f.runs.map((r) => Math.round(r.perSecond)).join(', ')})`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
