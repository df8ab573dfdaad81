import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OutputClosedError, type Command, type CommandContext } from '../../db/command.ts';
import { exportResources } from './export.service.ts';

const USAGE = 'haven export [--out FILE]';

/** Where `--out lib.jsonl` puts attachment files: `lib.attachments/` beside it. */
export function attachmentsDirFor(out: string): string {
  return `${out.replace(/\.jsonl$/i, '')}.attachments`;
}

/** `haven export`: the whole library in the interchange format. */
export const exportCommand: Command = {
  summary: 'Export every resource as JSON Lines (corpus/FORMAT.md)',
  usage: `${USAGE}\n\n  --out FILE   write to FILE (replaced only once the export is complete) and copy attachment\n`
    + '               files to FILE.attachments/; without it, lines go to standard output, without files',
  async run(ctx: CommandContext) {
    let out: string | undefined;
    try {
      const { values, positionals } = parseArgs({ args: ctx.args, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
      if (positionals.length) throw new Error(`unexpected argument "${positionals[0]}"`);
      if (values.out !== undefined && values.out.trim() === '') throw new Error('--out needs a file name');
      out = values.out === undefined ? undefined : path.resolve(values.out);
    } catch (err) {
      ctx.err(`haven export: ${err instanceof Error ? err.message : String(err)}`);
      ctx.err(`Usage: ${USAGE}`);
      return 2;
    }
    if (out && !fs.existsSync(path.dirname(out))) {
      ctx.err(`haven export: folder ${path.dirname(out)} does not exist`);
      return 2;
    }
    const handle = await ctx.open();
    try {
      if (!out) {
        const write = ctx.writeOut ?? (async (line: string) => ctx.out(line));
        let written = 0;
        try {
          const summary = await exportResources({
            db: handle.db, write: async (line) => { await write(line); written++; }, onWarning: (m) => ctx.err(`warning: ${m}`),
          });
          ctx.err(`Exported ${summary.resources} resources.`);
          return 0;
        } catch (err) {
          if (!(err instanceof OutputClosedError)) throw err;
          ctx.err(`Export stopped: the reader closed the output after ${written} resources.`);
          return 1;
        }
      }
      // Written aside and renamed at the end: an interrupted export never leaves half a file under the name.
      const partial = `${out}.partial-${process.pid}`;
      const stream = fs.createWriteStream(partial, { encoding: 'utf8' });
      try {
        const summary = await exportResources({
          db: handle.db,
          write: async (line) => {
            if (!stream.write(`${line}\n`)) await once(stream, 'drain');
          },
          files: { dataDir: ctx.config.dataDir, dir: attachmentsDirFor(out), relativeTo: path.dirname(out) },
          onWarning: (m) => ctx.err(`warning: ${m}`),
        });
        stream.end();
        await once(stream, 'finish');
        await fs.promises.rename(partial, out);
        ctx.out(`Exported ${summary.resources} resources and ${summary.files} attachment files to ${out}.`);
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
