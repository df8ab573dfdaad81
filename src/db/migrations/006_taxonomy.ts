import type { Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * Spanish names for topics and resource types, and what the taxonomy screens need: a Spanish
 * description for topics (shown on /es topic pages) and a `version` on both tables, so two admins
 * editing the same topic at once cannot silently overwrite each other (a save is
 * `UPDATE … WHERE version = ?`). A NULL Spanish name means "show the English one".
 * Both engines accept ADD COLUMN with a constant default, so no dialect switch is needed.
 */
export function taxonomySchema(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      for (const table of ['topics', 'resource_types']) {
        await db.schema.alterTable(table).addColumn('name_es', 'text').execute();
        await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      }
      await db.schema.alterTable('topics').addColumn('description_es', 'text').execute();
    },
  };
}
