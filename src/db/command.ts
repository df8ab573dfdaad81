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
