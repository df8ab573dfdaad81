import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Dialect } from '../../src/db/engine.ts';
import { POSTGRES_URL, postgresUnavailable } from '../../test/support/postgres.ts';
import { KINDS, LAST_RUN_FILE, SETS, loadQueries, type QueryKind, type QuerySet } from './fixtures.ts';
import { evaluateEngine } from './harness.ts';
import { figuresByGroup } from './metrics.ts';
import { formatChanges, formatMisses, formatTable, type RunFile } from './report.ts';

/**
 * `npm run eval:search [-- --engine sqlite|postgres] [--kind KIND] [--set demo|advisories] [--verbose]`
 *
 * Relevance evaluation of the library search: every judged query of bench/eval/queries.json
 * through the public JSON API, on SQLite and on PostgreSQL, with hit@1/5/10, MRR, best@1 and
 * zero-result counts per kind of query. A full run (no --kind or --set) is kept in
 * bench/eval/last-run.json and the next run prints its differences from it. See bench/README.md.
 */

const USAGE = `usage: npm run eval:search -- [--engine sqlite|postgres] [--kind ${KINDS.join('|')}] [--set ${SETS.join('|')}] [--verbose]`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string' },
      kind: { type: 'string' },
      set: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const fail = (message: string): never => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  if (values.engine && values.engine !== 'sqlite' && values.engine !== 'postgres') fail(`unknown engine "${values.engine}"`);
  if (values.kind && !(KINDS as readonly string[]).includes(values.kind)) fail(`unknown kind "${values.kind}"`);
  if (values.set && !(SETS as readonly string[]).includes(values.set)) fail(`unknown set "${values.set}"`);
  return {
    engines: (values.engine ? [values.engine] : ['sqlite', 'postgres']) as Dialect[],
    explicitEngine: Boolean(values.engine),
    kind: values.kind as QueryKind | undefined,
    set: values.set as QuerySet | undefined,
    verbose: values.verbose,
  };
}

function readLastRun(): RunFile | null {
  try {
    return JSON.parse(fs.readFileSync(LAST_RUN_FILE, 'utf8')) as RunFile;
  } catch {
    return null;
  }
}

function currentCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const ENGINE_NAMES: Record<Dialect, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

async function main() {
  const options = parseOptions();
  const queries = loadQueries().filter((q) => (!options.kind || q.kind === options.kind) && (!options.set || q.set === options.set));
  const full = !options.kind && !options.set;
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const previous = readLastRun();
  console.log(`Search relevance evaluation — ${new Date().toISOString()} — ${machine}`);
  console.log(`${queries.length} judged queries${full ? '' : ' (filtered)'}; compared with ${previous ? `the run of ${previous.date}${previous.commit ? ` (${previous.commit})` : ''}` : 'nothing (no last-run.json)'}\n`);

  const next: RunFile = { date: new Date().toISOString(), machine, commit: currentCommit(), engines: { ...previous?.engines } };
  for (const dialect of options.engines) {
    if (dialect === 'postgres') {
      const problem = await postgresUnavailable();
      if (problem) {
        if (options.explicitEngine) throw new Error(problem);
        console.log(`== PostgreSQL: skipped, ${problem} (set TEST_POSTGRES_URL; now ${POSTGRES_URL.replace(/\/\/[^@]*@/, '//')})\n`);
        continue;
      }
    }
    const outcomes = await evaluateEngine(dialect, queries);
    const figures = figuresByGroup(outcomes);
    const before = full ? previous?.engines[dialect] : undefined;
    console.log(`== ${ENGINE_NAMES[dialect]}`);
    console.log(formatTable(figures, before?.figures));
    console.log();
    console.log(formatMisses(outcomes, options.verbose));
    if (before) console.log(`\n${formatChanges(outcomes, before.queries, options.verbose)}`);
    console.log();
    next.engines[dialect] = { figures, queries: outcomes };
  }
  if (full) {
    fs.writeFileSync(LAST_RUN_FILE, `${JSON.stringify(next, null, 1)}\n`);
    console.log(`Figures written to ${LAST_RUN_FILE.replace(`${process.cwd()}/`, '')}; the next full run prints its differences from these.`);
  } else {
    console.log('A filtered run is not kept: last-run.json holds full runs only.');
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
