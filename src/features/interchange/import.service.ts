import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { IdCache } from '../resources/index.ts';
import { attachmentsDir } from './attachment-files.ts';
import { BatchFailedError, importBatch, type PendingLine, type ReferenceEntry } from './import.batch.ts';
import { linkAllReferences } from './import.references.ts';
import { MAX_LINE_BYTES, parseLine } from './interchange.schema.ts';
import { readLines } from './line-reader.ts';
import { databaseFault } from '../../db/faults.ts';

/**
 * Lines per transaction unless --batch says otherwise. At 100,000 lines, 750 imported ~8% faster
 * than 500 on both engines (fewer commits rewriting the same index pages) for ~15 MB more memory;
 * 1,000 was faster still on SQLite but brought its peak to ~295 MB.
 */
export const DEFAULT_BATCH_SIZE = 750;

/**
 * A batch also ends once its lines hold this many characters, so memory stays flat for files of
 * very large lines too (750 lines of 1 MB bodies would otherwise be held at once, twice over).
 */
export const DEFAULT_BATCH_CHARS = 8_000_000;

/** A line that could not be imported, or a reference that could not be linked. */
export interface LineNote {
  line: number;
  message: string;
}

/** Where an import stands; reported after every line read. */
export interface ImportProgress {
  lines: number;
  bytesRead: number;
  totalBytes: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** The outcome of an import: the counts, its duration, and whether and why it stopped early. */
export interface ImportSummary extends ImportProgress {
  seconds: number;
  warnings: number;
  /** Stopped by a signal: the batch in flight committed, references were not linked yet. */
  interrupted: boolean;
  /** Stopped by a database error: the batch in flight was rolled back. */
  aborted: string | null;
}

/** What to import, into which database, and who hears about progress and problems. */
export interface ImportOptions {
  db: Db;
  /** Where stored attachments go (`$DATA_DIR`). */
  dataDir: string;
  /** The .jsonl file; attachment `file` paths are relative to its folder. */
  file: string;
  /** Lines per transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Characters of line text per transaction at most (default DEFAULT_BATCH_CHARS; one line always fits). */
  batchChars?: number;
  /** Stops the import after the batch in flight. */
  signal?: AbortSignal;
  now?: () => Date;
  onProgress?: (progress: ImportProgress) => void;
  /** A line failed; the other lines still import. */
  onFailure?: (note: LineNote) => void;
  onWarning?: (note: LineNote) => void;
  /** Test hook: runs inside each batch transaction after a resource is written. */
  afterWrite?: (slug: string) => void | Promise<void>;
  /** Time one PDF's text may take to read before it is kept unindexed (default 30 s). */
  pdfTextTimeoutMs?: number;
}

/**
 * Imports a JSON Lines file in the interchange format. Reads it as a stream, validates each
 * line, writes batches of lines in one transaction each (a batch is kept whole or not at all),
 * skips lines whose resource is already stored as the line describes, then links references.
 * Running the same file again changes nothing; running it after an interruption finishes it.
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const summary = await importLines(options);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function importLines(options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchChars = options.batchChars ?? DEFAULT_BATCH_CHARS;
  const totalBytes = fs.statSync(options.file).size;
  const summary: ImportSummary = {
    lines: 0, bytesRead: 0, totalBytes, created: 0, updated: 0, unchanged: 0, failed: 0,
    seconds: 0, warnings: 0, interrupted: false, aborted: null,
  };
  const fail = (line: number, message: string) => {
    summary.failed++;
    options.onFailure?.({ line, message });
  };
  const ctx = {
    db: options.db,
    baseDir: path.dirname(path.resolve(options.file)),
    storageDir: attachmentsDir(options.dataDir),
    now: options.now ?? (() => new Date()),
    cache: new IdCache(),
    afterWrite: options.afterWrite,
    pdfTextTimeoutMs: options.pdfTextTimeoutMs,
  };
  // Only lines with references are remembered past their batch: a few small objects each.
  const references: ReferenceEntry[] = [];
  let pending: PendingLine[] = [];
  let pendingChars = 0;

  // Batches are written one after another, in file order. While one is being written, the next
  // is read and validated: on PostgreSQL the server and this process then work at the same time.
  // Failures wait for their batch, so they are reported in line order.
  let inflight: Promise<void> = Promise.resolve();
  let readFailures: { line: number; reason: string }[] = [];
  const report = (failures: { line: number; reason: string }[]) => {
    for (const f of failures.sort((a, b) => a.line - b.line)) fail(f.line, f.reason);
  };
  const flush = async () => {
    await inflight;
    const lines = pending;
    const early = readFailures;
    pending = [];
    pendingChars = 0;
    readFailures = [];
    if (lines.length === 0) return report(early);
    inflight = importBatch(ctx, lines).then(
      (result) => {
        summary.created += result.created;
        summary.updated += result.updated;
        summary.unchanged += result.unchanged;
        report([...early, ...result.failures]);
        for (const w of result.warnings) {
          summary.warnings++;
          options.onWarning?.({ line: w.line, message: w.reason });
        }
        references.push(...result.references);
      },
      (err) => {
        report([...early, ...(err instanceof BatchFailedError ? err.failures : [])]);
        // A database fault before the batch's transaction (reading what is stored, copying its
        // files) also leaves nothing of the batch behind: report it as the rolled-back lines too.
        if (!(err instanceof BatchFailedError) && databaseFault(err)) {
          throw new BatchFailedError(lines[0].line, lines[lines.length - 1].line, lines.length, [], err);
        }
        throw err;
      },
    );
    // The rejection is handled where the batch is awaited next; this only keeps Node from calling it unhandled.
    inflight.catch(() => {});
  };

  const stream = fs.createReadStream(options.file, { highWaterMark: 1024 * 1024 });
  try {
    for await (const line of readLines(stream, MAX_LINE_BYTES)) {
      summary.bytesRead = line.end;
      if (line.text === null) {
        summary.lines++;
        readFailures.push({ line: line.number, reason: line.problem ?? 'unreadable line' });
      } else if (line.text.trim() !== '') {
        summary.lines++;
        const parsed = parseLine(line.text);
        if (parsed.ok) {
          pending.push({ line: line.number, record: parsed.record });
          pendingChars += line.text.length;
        }
        else readFailures.push({ line: line.number, reason: parsed.reason });
      }
      if (pending.length >= batchSize || pendingChars >= batchChars || readFailures.length >= batchSize) await flush();
      options.onProgress?.(summary);
      if (options.signal?.aborted) break;
    }
    if (options.signal?.aborted) summary.interrupted = true;
    // An interrupted import still finishes the lines already read: they are at most one batch.
    await flush();
    await inflight;
    options.onProgress?.(summary);
    if (!summary.interrupted) {
      const linked = await linkAllReferences(options.db, references, batchSize, options.signal).catch((err) => {
        if (!databaseFault(err)) throw err;
        summary.aborted = `every line was imported, but linking series, translations and supersessions stopped: ${faultMessage(err)}`;
        return null;
      });
      if (!linked) return summary;
      summary.updated += linked.nowUpdated;
      summary.unchanged -= linked.nowUpdated;
      summary.warnings += linked.warnings.length;
      for (const w of linked.warnings) options.onWarning?.(w);
      if (options.signal?.aborted) summary.interrupted = true;
    }
  } catch (err) {
    await inflight.catch(() => {});
    if (!(err instanceof BatchFailedError)) throw err;
    summary.failed += err.lines;
    // Lines read ahead while the failed batch was written were never tried: not counted.
    summary.lines -= pending.length + readFailures.length;
    summary.aborted = `lines ${err.firstLine}–${err.lastLine} were rolled back: ${faultMessage(err.cause) ?? err.message}`;
  } finally {
    stream.destroy();
    summary.seconds = (performance.now() - started) / 1000;
  }
  return summary;
}

/** A database fault in words an operator can act on, or undefined for other errors. */
function faultMessage(err: unknown): string | undefined {
  const fault = databaseFault(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (fault === 'full') return `the disk is full (${detail}); free some space and run the same command again`;
  if (fault === 'unavailable') return `the database connection was lost (${detail}); run the same command again once it is back`;
  return undefined;
}

/** The closing line: `created X, updated Y, unchanged Z, failed W (N lines in T s, R/s)`. */
export function formatSummary(s: ImportSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.lines / s.seconds) : s.lines;
  return `created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed} `
    + `(${s.lines} lines in ${s.seconds.toFixed(1)} s, ${rate}/s)`;
}
