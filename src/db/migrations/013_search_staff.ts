import { sql, type Kysely } from 'kysely';
import { withId, type Dialect } from './helpers.ts';

/**
 * What staff need around search (docs/search-staff.md):
 * - `search_synonyms.version`, so two staff editing the same synonym group cannot silently
 *   overwrite each other (a save is `UPDATE … WHERE version = ?`, as for topics);
 * - `search_log`: one row per public library search, and nothing that could tell who searched:
 *   the day (no time), the page's language, the query as normalized and stripped of long numbers
 *   and email addresses, how many results it found, whether "Did you mean" was offered and
 *   whether filters narrowed it. No address, no account, no cookie, no session;
 * - `search_clicks`: one row per result followed from a search page: the day, the language, the
 *   query it came from and the resource;
 * - `search_log_state`: the day rows older than the retention period were last deleted, so with
 *   several app nodes one of them does it each day (a conditional UPDATE claims the day).
 * And one fix to migration 012's seeded synonyms: "know your rights" was in two groups, and the
 * search reads a phrase with the first group that has it, so "know your rights" never found "KYR".
 * Where both groups are still as seeded, they become one (a phrase now belongs to one group only).
 * Days are `YYYY-MM-DD` text and flags 0/1 integers, alike on both engines.
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function searchStaffSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('search_synonyms').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();

      await withId(db.schema.createTable('search_log'), dialect)
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('results', 'integer', (c) => c.notNull())
        .addColumn('suggested', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('filtered', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // The report reads one week at a time; the retention job deletes by day.
      await db.schema.createIndex('search_log_day').on('search_log').columns(['day', 'language']).execute();

      await withId(db.schema.createTable('search_clicks'), dialect)
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('resource_id', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('search_clicks_day').on('search_clicks').columns(['day', 'language']).execute();
      // "Which queries had a click this week": probed by query.
      await db.schema.createIndex('search_clicks_query').on('search_clicks').columns(['query', 'day']).execute();

      await db.schema.createTable('search_log_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('purged_on', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into search_log_state (id, purged_on) values (1, '0000-01-01')`.execute(db);

      const kyr = JSON.stringify(['KYR', 'know your rights']);
      const rights = JSON.stringify(['know your rights', 'conozca sus derechos']);
      const merged = JSON.stringify(['know your rights', 'conozca sus derechos', 'KYR']);
      const both = await sql<{ n: number }>`select count(*) as n from search_synonyms where phrases in (${kyr}, ${rights})`.execute(db);
      if (Number(both.rows[0]?.n) === 2) {
        await sql`update search_synonyms set phrases = ${merged} where phrases = ${rights}`.execute(db);
        await sql`delete from search_synonyms where phrases = ${kyr}`.execute(db);
      }
    },
  };
}
