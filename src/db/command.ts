import type { Config } from '../config.ts';
import type { DbHandle, DbOptions } from './database.ts';

/** What a `haven` command receives. */
export interface CommandContext {
  config: Config;
  /** Arguments after the command name. */
  args: string[];
  /** Opens the database with its schema brought up to date. */
  open(options?: DbOptions): Promise<DbHandle>;
  out(line: string): void;
  err(line: string): void;
  /**
   * Writes a line of output data, waiting while the reader is slower than the writer (a pipe
   * into gzip): what bulk output (an export) uses instead of `out`. Rejects with
   * OutputClosedError once the reader has gone away (`| head`).
   */
  writeOut?(line: string): Promise<void>;
  /** True when standard error is a terminal (progress bars) rather than a pipe or file. */
  interactive: boolean;
}

/** One `haven` subcommand; features export these and src/app/cli.ts lists them. */
export interface Command {
  summary: string;
  usage: string;
  /** Returns the process exit status. */
  run(ctx: CommandContext): Promise<number>;
}

/** The reader of standard output went away (EPIPE): nothing more can be written. */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
}

/**
 * Line output to a stream with backpressure: each write waits for 'drain' when the stream's
 * buffer is full, so a slow reader slows the writer down instead of the output piling up in
 * memory; a stream whose reader has gone (EPIPE) rejects with OutputClosedError.
 */
export function lineWriter(stream: NodeJS.WritableStream): (line: string) => Promise<void> {
  let closed: Error | null = null;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    closed = err.code === 'EPIPE' ? new OutputClosedError('the reader closed the output') : err;
  });
  return async (line) => {
    if (closed) throw closed;
    if (stream.write(`${line}\n`)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => { stream.off('error', onError); resolve(); };
      const onError = () => { stream.off('drain', onDrain); reject(closed); };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
  };
}

/** Resolves once everything written to `stream` so far has been handed to the system. */
export function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}
