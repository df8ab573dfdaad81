// The interface text first: modules below may translate as they load.
import './messages.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { flushed, lineWriter, type Command } from '../db/command.ts';
import { isEmpty, seedDemo } from '../features/seed/index.ts';
import { exportCommand } from '../features/interchange/index.ts';
import { importCommand } from '../features/interchange/index.ts';
import { userCommand } from '../features/users/index.ts';
import { reindexCommand } from '../features/search/index.ts';
import { openDatabase } from './bootstrap.ts';
import { createLogger } from '../platform/logger.ts';
import { privateUmask } from '../platform/private-files.ts';
import { rotateSecretCommand } from '../features/auth/index.ts';
import { backupCommand, restoreCommand } from '../features/backup/index.ts';

const commands: Record<string, Command> = {
  migrate: {
    summary: 'Bring the database schema up to date',
    usage: 'haven migrate',
    async run(ctx) {
      const handle = await ctx.open();
      await handle.close();
      ctx.out(`Database schema is up to date (${handle.dialect}).`);
      return 0;
    },
  },
  seed: {
    summary: 'Write the demo site into an empty database',
    usage: 'haven seed',
    async run(ctx) {
      const handle = await ctx.open();
      try {
        if (!(await isEmpty(handle.db))) {
          ctx.err('The database already has content; the demo is only written into an empty database.');
          return 1;
        }
        const { resources } = await seedDemo(handle.db, ctx.config.dataDir);
        ctx.out(`Demo site written: ${resources} resources.`);
        return 0;
      } finally {
        await handle.close();
      }
    },
  },
  import: importCommand,
  export: exportCommand,
  reindex: reindexCommand,
  user: userCommand(),
  backup: backupCommand,
  restore: restoreCommand,
  'rotate-secret': rotateSecretCommand,
};

function help(out: (line: string) => void): void {
  out('Usage: haven <command> [options]\n');
  out('Commands:');
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  for (const [name, c] of Object.entries(commands)) out(`  ${name.padEnd(width)}  ${c.summary}`);
  out('\nEvery command reads DATABASE_URL and DATA_DIR (see .env.example) and migrates the database first.');
  out('Run "haven <command> --help" for a command\'s options.');
}

/** Runs the CLI with the given arguments and returns the exit status. */
export async function runCli(
  argv: string[],
  io: { out(l: string): void; err(l: string): void; writeOut?(l: string): Promise<void> } = { out: (l) => console.log(l), err: (l) => console.error(l) },
): Promise<number> {
  privateUmask();
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io.out);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".`);
    help(io.err);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
  // JSON even at a terminal: a batch command should not start a log worker thread.
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', { pretty: false });
  return command.run({ config, args, open: (options) => openDatabase(config, logger, options), interactive: Boolean(process.stderr.isTTY), ...io });
}

const isMain = process.argv[1] && /(cli\.ts|haven(\.mjs)?)$/.test(process.argv[1]);
if (isMain) {
  const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l), writeOut: lineWriter(process.stdout) };
  // Exit only once standard output and error are flushed: written to a pipe they are
  // asynchronous, and process.exit() would drop whatever the reader had not taken yet.
  const exit = async (code: number) => {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  };
  runCli(process.argv.slice(2), io).then(
    (code) => exit(code),
    (err) => {
      console.error(`haven: ${err instanceof Error ? err.message : String(err)}`);
      return exit(1);
    },
  );
}
