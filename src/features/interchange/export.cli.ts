import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OutputClosedError, type Command, type CommandContext } from '../../db/command.ts';
import { exportResources } from './export.service.ts';
import { exportSite, type SiteExportSummary } from './v2/export.site.ts';

const USAGE = 'haven export [--out FILE] [--with-staff] [--v1]';

/** Where `--out lib.jsonl` puts v1 attachment files: `lib.attachments/` beside it. */
export function attachmentsDirFor(out: string): string {
  return `${out.replace(/\.jsonl$/i, '')}.attachments`;
}

/** Where `--out site.jsonl` puts a v2 export's files (attachments and images by checksum): `site.files/`. */
export function filesDirFor(out: string): string {
  return `${out.replace(/\.jsonl$/i, '')}.files`;
}

type Options = { out?: string; withStaff: boolean; v1: boolean };

function parse(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args, options: { out: { type: 'string' }, 'with-staff': { type: 'boolean' }, v1: { type: 'boolean' } }, allowPositionals: true, strict: true,
  });
  if (positionals.length) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (values.out !== undefined && values.out.trim() === '') throw new Error('--out needs a file name');
  if (values.v1 && values['with-staff']) throw new Error('--with-staff needs the whole site (v2); v1 carries resources only');
  return { out: values.out === undefined ? undefined : path.resolve(values.out), withStaff: values['with-staff'] ?? false, v1: values.v1 ?? false };
}

function describeSite(summary: SiteExportSummary): string {
  const kinds = Object.entries(summary.records).map(([kind, n]) => `${n} ${kind}`).join(', ');
  return `${kinds}; ${summary.files} files`;
}

/** `haven export`: the whole site as interchange v2 (or, with --v1, the library's resources as FORMAT.md lines). */
export const exportCommand: Command = {
  summary: 'Export the whole site as JSON Lines (interchange v2; --v1 for resources only)',
  usage: `${USAGE}\n\n  --out FILE     write to FILE (replaced only once the export is complete) and copy stored files to\n`
    + '                 FILE.files/ (v1: FILE.attachments/); without it, lines go to standard output, without files\n'
    + '  --with-staff   also accounts (with password hashes), recovery codes and revisions\n'
    + '  --v1           the library only, one resource per line in the format of corpus/FORMAT.md',
  async run(ctx: CommandContext) {
    let options: Options;
    try {
      options = parse(ctx.args);
    } catch (err) {
      ctx.err(`haven export: ${err instanceof Error ? err.message : String(err)}`);
      ctx.err(`Usage: ${USAGE}`);
      return 2;
    }
    const { out } = options;
    if (out && !fs.existsSync(path.dirname(out))) {
      ctx.err(`haven export: folder ${path.dirname(out)} does not exist`);
      return 2;
    }
    const handle = await ctx.open();
    const dataDir = ctx.config.dataDir;
    const warn = (m: string) => ctx.err(`warning: ${m}`);
    try {
      if (!out) {
        const write = ctx.writeOut ?? (async (line: string) => ctx.out(line));
        let written = 0;
        const counted = async (line: string) => { await write(line); written++; };
        try {
          if (options.v1) {
            const summary = await exportResources({ db: handle.db, write: counted, onWarning: warn });
            ctx.err(`Exported ${summary.resources} resources.`);
          } else {
            const summary = await exportSite({ db: handle.db, dataDir, write: counted, withStaff: options.withStaff, onWarning: warn });
            ctx.err(`Exported the site: ${describeSite(summary)} (files are named, not copied, without --out).`);
          }
          return 0;
        } catch (err) {
          if (!(err instanceof OutputClosedError)) throw err;
          ctx.err(`Export stopped: the reader closed the output after ${options.v1 ? written : Math.max(0, written - 1)} ${options.v1 ? 'resources' : 'records'}.`);
          return 1;
        }
      }
      // Written aside and renamed at the end: an interrupted export never leaves half a file under the name.
      const partial = `${out}.partial-${process.pid}`;
      const stream = fs.createWriteStream(partial, { encoding: 'utf8' });
      const write = async (line: string) => {
        if (!stream.write(`${line}\n`)) await once(stream, 'drain');
      };
      try {
        let message: string;
        if (options.v1) {
          const summary = await exportResources({
            db: handle.db, write, files: { dataDir, dir: attachmentsDirFor(out), relativeTo: path.dirname(out) }, onWarning: warn,
          });
          message = `Exported ${summary.resources} resources and ${summary.files} attachment files to ${out}.`;
        } else {
          const summary = await exportSite({
            db: handle.db, dataDir, write, withStaff: options.withStaff, files: { dir: filesDirFor(out), relativeTo: path.dirname(out) }, onWarning: warn,
          });
          message = `Exported the site to ${out}: ${describeSite(summary)}.`;
        }
        stream.end();
        await once(stream, 'finish');
        await fs.promises.rename(partial, out);
        ctx.out(message);
        return 0;
      } catch (err) {
        stream.destroy();
        await fs.promises.rm(partial, { force: true });
        throw err;
      }
    } finally {
      await handle.close();
    }
  },
};
