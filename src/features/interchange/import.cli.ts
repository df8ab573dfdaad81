import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { optimizeDb } from '../../db/database.ts';
import type { Command, CommandContext } from '../../db/command.ts';
import { databaseFault } from '../../db/faults.ts';
import { createProgressReporter } from './import.progress.ts';
import { DEFAULT_BATCH_SIZE, formatSummary, importFile, type ImportSummary } from './import.service.ts';
import { importSite, isSiteFile } from './v2/import.site.ts';

/** Largest --batch: bounds a transaction's size and the parameters of its statements. */
export const MAX_BATCH_SIZE = 5_000;

const USAGE = 'haven import FILE.jsonl [--batch N]';

/** Exit statuses: 0 all lines imported, 1 some failed, 2 usage error, 130/143 interrupted. */
const SIGNAL_STATUS = { SIGINT: 130, SIGTERM: 143 } as const;

type Parsed = { ok: true; file: string; batch: number } | { ok: false; message: string };

/** Reads `FILE [--batch N]`; every problem is a usage error, reported before the database is opened. */
export function parseImportArgs(args: string[]): Parsed {
  let values: { batch?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, options: { batch: { type: 'string' } }, allowPositionals: true, strict: true }));
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  if (positionals.length !== 1) return { ok: false, message: positionals.length ? 'give one file to import' : 'which file? give the .jsonl file to import' };
  const file = path.resolve(positionals[0]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, message: `${positionals[0]}: no such file` };
  }
  if (!stat.isFile()) return { ok: false, message: `${positionals[0]}: not a file` };
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    return { ok: false, message: `${positionals[0]}: cannot be read` };
  }
  const batch = values.batch === undefined ? DEFAULT_BATCH_SIZE : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > MAX_BATCH_SIZE) {
    return { ok: false, message: `--batch must be a whole number from 1 to ${MAX_BATCH_SIZE}` };
  }
  return { ok: true, file, batch };
}

function exitStatus(summary: ImportSummary, signal: keyof typeof SIGNAL_STATUS | null): number {
  if (signal) return SIGNAL_STATUS[signal];
  return summary.failed > 0 || summary.aborted ? 1 : 0;
}

/**
 * A whole site (interchange v2, recognized by its header line) into an empty database, in one
 * transaction: 0 when it is in, 1 when it is not (nothing was kept).
 */
async function runSiteImport(ctx: CommandContext, file: string): Promise<number> {
  const handle = await ctx.open({ cacheMb: 16, walCheckpointMb: 80 });
  const started = Date.now();
  try {
    const summary = await importSite({ db: handle.db, dataDir: ctx.config.dataDir, file, onWarning: (m) => ctx.err(`warning: ${m}`) });
    await optimizeDb(handle).catch(() => {});
    const kinds = Object.entries(summary.records).map(([kind, n]) => `${n} ${kind}`).join(', ');
    ctx.out(`imported the site: ${kinds} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (err) {
    ctx.err(`haven import: ${err instanceof Error ? err.message : String(err)}`);
    ctx.err('Nothing was imported.');
    return 1;
  } finally {
    await handle.close();
  }
}

/** `haven import`: the interchange format into the library (v1 lines) or a whole site (v2). */
export const importCommand: Command = {
  summary: 'Import resources from a JSON Lines file (corpus/FORMAT.md), or a whole site (interchange v2)',
  usage: `${USAGE}\n\n  --batch N   lines per transaction (default ${DEFAULT_BATCH_SIZE}, at most ${MAX_BATCH_SIZE}; v1 files only)\n\n`
    + 'A file whose first line is a v2 header is a whole site: it is imported into an empty database in one transaction.\n'
    + 'Exit status: 0 every line imported, 1 some lines failed, 2 usage error, 130 interrupted.',
  async run(ctx: CommandContext) {
    const parsed = parseImportArgs(ctx.args);
    if (!parsed.ok) {
      ctx.err(`haven import: ${parsed.message}`);
      ctx.err(`Usage: ${USAGE}`);
      return 2;
    }
    if (await isSiteFile(parsed.file)) return runSiteImport(ctx, parsed.file);
    // A 16 MB page cache keeps a 100,000-line import near 300 MB of memory; a longer write-ahead
    // log lets a page rewritten by several batches be copied into the database once (~10% faster).
    const handle = await ctx.open({ cacheMb: 16, walCheckpointMb: 80 });
    const progress = createProgressReporter({ interactive: ctx.interactive, err: ctx.err });
    const controller = new AbortController();
    let signal: keyof typeof SIGNAL_STATUS | null = null;
    let firstSignalAt = 0;
    const onSignal = (name: keyof typeof SIGNAL_STATUS) => () => {
      // One Ctrl-C often arrives twice: the terminal signals the whole process group, and a
      // wrapper in it (`npm run`, tsx) passes its copy on. Within a second it is the same one.
      if (signal && Date.now() - firstSignalAt < 1000) return;
      if (signal) {
        // A second signal means "now": the open transaction dies with the connection and the
        // database rolls it back, so what is stored stays consistent.
        progress.stop();
        process.exit(SIGNAL_STATUS[name]);
      }
      signal = name;
      firstSignalAt = Date.now();
      progress.log(`${name === 'SIGINT' ? 'Interrupted' : 'Terminated'}: finishing the batch in flight… (press Ctrl-C again to stop at once)`);
      controller.abort();
    };
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    process.on('SIGINT', handlers.SIGINT);
    process.on('SIGTERM', handlers.SIGTERM);
    try {
      const summary = await importFile({
        db: handle.db,
        dataDir: ctx.config.dataDir,
        file: parsed.file,
        batchSize: parsed.batch,
        signal: controller.signal,
        pdfTextTimeoutMs: ctx.config.pdfTextTimeoutMs,
        onProgress: (p) => progress.update(p),
        onFailure: (n) => progress.log(`line ${n.line}: ${n.message}`),
        onWarning: (n) => progress.log(`line ${n.line}: warning: ${n.message}`),
      });
      progress.stop();
      // Fresh planner statistics: without them SQLite picks poor plans on the grown tables. On a
      // full disk this fails too; the summary (what was kept, what was rolled back) matters more.
      if (summary.created + summary.updated > 0) {
        await optimizeDb(handle).catch((err) => {
          if (!databaseFault(err)) throw err;
          ctx.err(`Note: the planner statistics were not refreshed (${err instanceof Error ? err.message : String(err)}); run the import again once there is room.`);
        });
      }
      if (summary.aborted) {
        ctx.err(`Import stopped: ${summary.aborted}. Nothing of those lines was kept; earlier batches were.`);
        ctx.err('Fix the cause and run the same command again: lines already imported count as unchanged.');
      } else if (summary.interrupted) {
        ctx.err('Import interrupted: every batch so far was committed whole; references are linked at the end.');
        ctx.err('Run the same command again to finish: lines already imported count as unchanged.');
      }
      ctx.out(formatSummary(summary));
      return exitStatus(summary, signal);
    } finally {
      progress.stop();
      process.off('SIGINT', handlers.SIGINT);
      process.off('SIGTERM', handlers.SIGTERM);
      await handle.close();
    }
  },
};
