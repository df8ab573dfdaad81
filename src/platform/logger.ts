import { createRequire } from 'node:module';
import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * The process logger's options: level from configuration; JSON lines (for journald, Docker, a log
 * shipper) unless `pretty`, where lines go through pino-pretty (a dev dependency; when it is not
 * installed, JSON all the same).
 */
export function loggerOptions(level: string, pretty: boolean): LoggerOptions {
  const base: LoggerOptions = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (!pretty || !prettyAvailable()) return base;
  return { ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true } } };
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** Creates the process logger: human-readable lines when stdout is a terminal, JSON lines otherwise. */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  return pino(loggerOptions(level, options.pretty ?? (Boolean(process.stdout.isTTY) && level !== 'silent')));
}

export type { Logger };

/**
 * A warning logged at most once per `intervalMs` (with how many were held back meanwhile), for
 * faults that hit every request while they last, such as a database outage.
 */
export function throttledWarning(logger: Logger, intervalMs: number): (fields: Record<string, unknown>, message: string) => void {
  let last = 0;
  let held = 0;
  return (fields, message) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      held++;
      return;
    }
    logger.warn({ ...fields, ...(held ? { alsoSince: held } : {}) }, message);
    last = now;
    held = 0;
  };
}
