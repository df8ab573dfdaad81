import pino, { type Logger } from 'pino';

/** Creates the process logger: JSON lines on stdout, level from configuration. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
