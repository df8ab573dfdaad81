import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/database.ts';
import { importSite } from '../interchange/index.ts';

/**
 * The demo site as data: `demo/site.jsonl` (interchange v2, docs/interchange.md) with its PDFs and
 * images in `demo/site.files/`, named by checksum. Its timestamps are fixed, so every install of
 * the demo is the same site.
 */
export const DEMO_SITE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/site.jsonl');

/** True when the database holds no content at all (fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [resources, settings] = await Promise.all([
    db.selectFrom('resources').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('settings').select('key').limit(1).executeTakeFirst(),
  ]);
  return !resources && !settings;
}

/**
 * Writes the demo site into an empty database through the same import as `haven import`, in one
 * transaction: a failure leaves the database as it was and removes the files copied for it.
 */
export async function seedDemo(db: Db, dataDir: string): Promise<{ resources: number }> {
  const summary = await importSite({ db, dataDir, file: DEMO_SITE_FILE });
  return { resources: summary.records.resource ?? 0 };
}
