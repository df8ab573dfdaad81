import type { Command, CommandContext } from '../../db/command.ts';
import { rebuildSearchIndex } from './search.reindex.ts';

/** `haven reindex`: rebuild the search index from the stored resources. */
export const reindexCommand: Command = {
  summary: 'Rebuild the search index from the stored resources',
  usage: 'haven reindex\n\n  Empties the search index and indexes every published resource again (in rounds of 1,000,\n'
    + '  each its own transaction: the site keeps serving, with partial results until it ends).',
  async run(ctx: CommandContext) {
    if (ctx.args.length > 0) {
      ctx.err(`haven reindex: unexpected argument "${ctx.args[0]}"`);
      ctx.err('Usage: haven reindex');
      return 2;
    }
    const handle = await ctx.open();
    try {
      let last = 0;
      const { resources, seconds } = await rebuildSearchIndex(handle.db, (done, total) => {
        if (ctx.interactive && (done - last >= 5_000 || done === total)) {
          last = done;
          ctx.err(`  ${done.toLocaleString('en')} of ${total.toLocaleString('en')} resources`);
        }
      });
      ctx.out(`Search index rebuilt: ${resources} resources in ${seconds.toFixed(1)} s.`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
