import { parseArgs } from 'node:util';
import path from 'node:path';
import type { Command, CommandContext } from '../../db/command.ts';
import { createBackup } from './backup.service.ts';
import { RestoreError, restoreBackup } from './restore.service.ts';
import { siteSize } from './backup.repo.ts';

/** What an operator on PostgreSQL runs for the database, printed by both commands. */
function pgDumpAdvice(ctx: CommandContext, stamp: string): void {
  ctx.out('');
  ctx.out('On PostgreSQL the database is backed up with pg_dump, the documented path (see docs/operations.md):');
  ctx.out(`  pg_dump --format=custom --no-owner --file=haven-${stamp}.pgdump "$DATABASE_URL"`);
  ctx.out('Run it before "haven backup", so this archive holds every file the dump refers to. To restore, into an empty database:');
  ctx.out(`  pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" haven-${stamp}.pgdump`);
  ctx.out('  haven restore <this archive>    # the uploads');
}

function parse(ctx: CommandContext, options: NonNullable<Parameters<typeof parseArgs>[0]>['options'], allowPositionals = false) {
  try {
    return parseArgs({ args: ctx.args, options, allowPositionals, strict: true });
  } catch (err) {
    ctx.err(err instanceof Error ? err.message : String(err));
    return null;
  }
}

/** `haven backup --out FILE`: the whole site in one archive while it serves (see createBackup). */
export const backupCommand: Command = {
  summary: 'Write a consistent backup of the site (database and uploads) to one file, while it serves',
  usage: 'haven backup --out FILE.tar.gz',
  async run(ctx) {
    const args = parse(ctx, { out: { type: 'string' } });
    if (!args) return 2;
    const out = (args.values as { out?: string }).out;
    if (!out) {
      ctx.err('Say where to write the backup: haven backup --out FILE.tar.gz');
      return 2;
    }
    const handle = await ctx.open();
    try {
      const manifest = await createBackup(ctx.config, handle.db, path.resolve(out));
      const what = manifest.database ? 'the database (an online snapshot)' : 'no database (PostgreSQL: see below)';
      ctx.out(`Backup written to ${out}: ${what}, ${manifest.attachments.length} attachment(s), ${manifest.media.length} image file(s).`);
      if (manifest.missing.length) ctx.err(`${manifest.missing.length} file(s) the database names were already deleted and are not in it: ${manifest.missing.join(', ')}`);
      if (!manifest.database) pgDumpAdvice(ctx, manifest.createdAt.slice(0, 10));
      return 0;
    } finally {
      await handle.close();
    }
  },
};

/** `haven restore FILE [--force]`: a backup back into an empty database (see restoreBackup). */
export const restoreCommand: Command = {
  summary: 'Restore a backup made by "haven backup" into an empty database (--force replaces a site)',
  usage: 'haven restore FILE.tar.gz [--force]     (stop the server first)',
  async run(ctx) {
    const args = parse(ctx, { force: { type: 'boolean' } }, true);
    if (!args) return 2;
    const [file, ...rest] = args.positionals;
    if (!file || rest.length) {
      ctx.err('Name one backup file: haven restore FILE.tar.gz [--force]');
      return 2;
    }
    let result: Awaited<ReturnType<typeof restoreBackup>>;
    try {
      result = await restoreBackup(ctx.config, path.resolve(file), { force: Boolean((args.values as { force?: boolean }).force) });
    } catch (err) {
      if (err instanceof RestoreError) {
        ctx.err(err.message);
        return 1;
      }
      throw err;
    }
    // Opening migrates a backup made by an older version up to this one.
    const handle = await ctx.open();
    try {
      const size = await siteSize(handle.db);
      if (result.databaseRestored) {
        ctx.out(`Restored ${file} (made ${result.manifest.createdAt}): ${size.resources} resources, ${size.users} staff accounts, ${result.files} file(s).`);
      } else {
        ctx.out(`Restored ${result.files} upload file(s) from ${file}. The database is not in this archive (it was made on PostgreSQL).`);
        pgDumpAdvice(ctx, result.manifest.createdAt.slice(0, 10));
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};
