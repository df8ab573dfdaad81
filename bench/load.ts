import fs from 'node:fs';
import readline from 'node:readline';
import type { Db } from '../src/db/database.ts';
import { bumpGeneration } from '../src/db/generation.ts';
import { IdCache, linkReferences, upsertResource, type ResourceWrite } from '../src/features/resources/resources.write.repo.ts';

const AUDIENCE: Record<string, string> = { 'community-resource': 'community', 'policy-analysis': 'advocates', statement: 'advocates' };

/**
 * Loads the first `limit` lines of a generated corpus, 1,000 per transaction. A plain loader for
 * the page benchmark (the real importer, `haven import`, is benchmarked separately).
 */
export async function loadCorpus(db: Db, file: string, limit: number): Promise<number> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let batch: ResourceWrite[] = [];
  let loaded = 0;
  const cache = new IdCache();
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await db.transaction().execute(async (trx) => {
      for (const w of rows) await upsertResource(trx, w, `${w.publishedOn}T12:00:00.000Z`, cache);
      for (const w of rows) if (w.series || w.translationOf || w.supersedes.length) await linkReferences(trx, w);
      await bumpGeneration(trx);
    });
  };
  for await (const line of lines) {
    if (loaded >= limit) break;
    const r = JSON.parse(line);
    batch.push({
      slug: r.slug, type: r.type, title: r.title, summary: r.summary, body: r.body ?? '', topics: r.topics, language: r.language,
      audience: AUDIENCE[r.type] ?? 'practitioners', status: 'published', publishedOn: r.publishedOn, updatedOn: r.updatedOn ?? null,
      postedAt: `${r.publishedOn}T12:00:00.000Z`, authors: r.authors ?? [], series: r.series ?? null, translationOf: r.translationOf ?? null,
      supersedes: r.supersedes ?? [], attachments: (r.attachments ?? []).map((a: { filename: string; title: string; bytes: number }) => ({ filename: a.filename, title: a.title, bytes: a.bytes })),
    });
    loaded++;
    if (batch.length >= 1000) await flush();
  }
  await flush();
  lines.close();
  return loaded;
}
