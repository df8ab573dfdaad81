import pino, { type Logger } from 'pino';

/** Creates the process logger: JSON lines on stdout, level from configuration. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
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
