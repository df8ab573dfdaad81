import type { Db } from '../../db/schema.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { readCitations } from './citations.ts';
import { indexQueued } from './search.indexer.ts';
import { analyzeIndex, clearIndex, countQueued, lockIndex, queueAll } from './search.repo.ts';

/** Resources indexed per transaction while rebuilding. */
const REBUILD_ROUND = 1_000;

/**
 * Rebuilds the search index from the stored resources: empties it, queues every resource and
 * indexes them in rounds of a thousand (each its own transaction, so the site keeps serving; a
 * search meanwhile sees a partly rebuilt index). Run after changing how text is analyzed.
 */
export async function rebuildSearchIndex(db: Db, onProgress: (done: number, total: number) => void = () => {}): Promise<{ resources: number; seconds: number }> {
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await lockIndex(trx);
    await clearIndex(trx);
    await queueAll(trx);
  });
  const total = await countQueued(db);
  let done = 0;
  for (;;) {
    const stats = await db.transaction().execute((trx) => indexQueued(trx, readCitations, REBUILD_ROUND));
    const round = stats.indexed + stats.removed;
    if (round === 0) break;
    done += round;
    onProgress(Math.min(done, total), total);
  }
  await analyzeIndex(db);
  await db.transaction().execute((trx) => bumpGeneration(trx));
  return { resources: done, seconds: (performance.now() - started) / 1000 };
}
