import type { Db } from '../../db/schema.ts';

/** A search as the report stores it. */
export interface SearchRow {
  day: string;
  language: string;
  query: string;
  results: number;
  suggested: boolean;
  filtered: boolean;
}

/** A followed result as the report stores it. */
export interface ClickRow {
  day: string;
  language: string;
  query: string;
  resourceId: number;
}

/** Rows per INSERT: well inside both engines' limits on bound parameters. */
const CHUNK = 200;

/** Appends searches, several rows per statement. */
export async function insertSearches(db: Db, rows: SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto('search_log').values(rows.slice(i, i + CHUNK).map((r) => ({
      day: r.day, language: r.language, query: r.query, results: r.results, suggested: r.suggested ? 1 : 0, filtered: r.filtered ? 1 : 0,
    }))).execute();
  }
}

/** Appends followed results. */
export async function insertClicks(db: Db, rows: ClickRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto('search_clicks').values(rows.slice(i, i + CHUNK).map((r) => ({
      day: r.day, language: r.language, query: r.query, resource_id: r.resourceId,
    }))).execute();
  }
}

/** The ids of published resources by slug, for the given slugs (unknown ones are left out). */
export async function publishedIdsBySlug(db: Db, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('resources').select(['id', 'slug']).where('slug', 'in', slugs).where('status', '=', 'published').execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/**
 * Deletes searches and clicks from before `cutoff` (a day), once per `today` across all app
 * nodes: a conditional UPDATE claims the day, and only the node whose UPDATE changed the row
 * deletes, in the same transaction (another node's UPDATE waits for it, then finds the day taken).
 * Returns how many rows went, or null when another node already did it today.
 */
export async function purgeBefore(db: Db, today: string, cutoff: string): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const claim = await trx.updateTable('search_log_state').set({ purged_on: today }).where('id', '=', 1).where('purged_on', '<', today).executeTakeFirst();
    if (Number(claim.numUpdatedRows) === 0) return null;
    const searches = await trx.deleteFrom('search_log').where('day', '<', cutoff).executeTakeFirst();
    const clicks = await trx.deleteFrom('search_clicks').where('day', '<', cutoff).executeTakeFirst();
    return Number(searches.numDeletedRows) + Number(clicks.numDeletedRows);
  });
}
