import cliProgress from 'cli-progress';
import type { ImportProgress } from './import.service.ts';

/** Lines between two progress lines when standard error is not a terminal. */
export const PLAIN_PROGRESS_EVERY = 5_000;

/** Shows how an import advances and prints messages without tearing the progress display. */
export interface ProgressReporter {
  update(progress: ImportProgress): void;
  /** A message for standard error (a failed line, a warning). */
  log(line: string): void;
  stop(): void;
}

/** Total lines, estimated from the share of the file read so far. */
function estimatedTotal(p: ImportProgress): number {
  if (p.bytesRead <= 0 || p.totalBytes <= 0) return Math.max(p.lines, 1);
  return Math.max(p.lines, Math.round((p.lines * p.totalBytes) / p.bytesRead));
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * On a terminal: a cli-progress bar with the line count, lines per second and time left (total
 * lines estimated from bytes read against the file size). Elsewhere (a log file, CI): one plain
 * line every 5,000 lines, so logs stay readable.
 */
export function createProgressReporter(options: { interactive: boolean; stream?: NodeJS.WriteStream; err: (line: string) => void; now?: () => number }): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const rate = (p: ImportProgress) => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? p.lines / seconds : 0;
  };

  if (!options.interactive) {
    let next = PLAIN_PROGRESS_EVERY;
    return {
      update(p) {
        if (p.lines < next) return;
        next = (Math.floor(p.lines / PLAIN_PROGRESS_EVERY) + 1) * PLAIN_PROGRESS_EVERY;
        const percent = p.totalBytes > 0 ? Math.floor((p.bytesRead / p.totalBytes) * 100) : 0;
        options.err(`progress: ${p.lines} lines (${percent}%), ${Math.round(rate(p))}/s, `
          + `created ${p.created}, updated ${p.updated}, unchanged ${p.unchanged}, failed ${p.failed}`);
      },
      log: options.err,
      stop() {},
    };
  }

  const bars = new cliProgress.MultiBar({
    stream: options.stream ?? process.stderr,
    format: ' {bar} {percentage}% | {value}/{total} lines | {rate}/s | ETA {remaining} | failed {failed}',
    hideCursor: true,
    clearOnComplete: false,
    // This command handles SIGINT itself: it finishes the batch in flight, then stops the bar.
    gracefulExit: false,
  }, cliProgress.Presets.shades_classic);
  const bar = bars.create(1, 0, { rate: 0, remaining: '–', failed: 0 });
  let stopped = false;
  return {
    update(p) {
      const total = estimatedTotal(p);
      const r = rate(p);
      bar.setTotal(total);
      bar.update(p.lines, { rate: Math.round(r), remaining: formatDuration(r > 0 ? (total - p.lines) / r : Infinity), failed: p.failed });
    },
    log(line) {
      if (stopped) options.err(line);
      else bars.log(`${line}\n`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      // Messages still buffered would be lost: stop() does not write them.
      bars.update();
      bars.stop();
    },
  };
}
