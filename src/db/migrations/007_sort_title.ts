import { sql, type Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * `resources.sort_title`: the title's sort key (platform/sort-key.ts at run time), written by the
 * resource writers, behind an index for "Title (A–Z)". Existing rows get theirs here, a batch at a time.
 */
export function sortTitleSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('resources').addColumn('sort_title', 'text', (c) => c.notNull().defaultTo('')).execute();
      for (let afterId = 0; ;) {
        const rows: { id: number; title: string }[] = await db.selectFrom('resources').select(['id', 'title'])
          .where('id', '>', afterId).orderBy('id').limit(1000).execute();
        if (rows.length === 0) break;
        for (const r of rows) await db.updateTable('resources').set({ sort_title: titleSortKey(r.title) }).where('id', '=', r.id).execute();
        afterId = rows[rows.length - 1].id;
      }
      // Code-point order on both engines: PostgreSQL's index must use the C collation the query uses.
      const column = dialect === 'postgres' ? sql`sort_title collate "C"` : sql`sort_title`;
      await sql`create index resources_status_sort_title on resources (status, ${column}, id)`.execute(db);
      // Superseded: titles sort by sort_title now, and migration 005's listing index starts with
      // topic_id too. Each index is one more random write per imported row.
      await db.schema.dropIndex('resources_status_title').ifExists().execute();
      await db.schema.dropIndex('resource_topics_topic').ifExists().execute();
    },
  };
}

/**
 * The sort key as of this migration, frozen: the runtime copy (src/platform/sort-key.ts) may
 * change, and then a new migration recomputes the column; this one keeps doing what it did.
 */
function titleSortKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
