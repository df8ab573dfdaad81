import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/** The tables that get the editorial workflow in this migration. */
const TABLES = ['projects', 'statements', 'pages'] as const;

/**
 * The editorial workflow for projects, statements and pages, as resources have it since 003: who
 * wrote the item (nullable, so deleting an account keeps the content), when it was submitted for
 * review and when a scheduled item goes up (ISO-8601 UTC text, so comparing text compares time on
 * both engines). SQLite allows one ADD COLUMN per ALTER TABLE, so each column is its own statement.
 * The `(status, publish_at)` index serves the scheduler's conditional UPDATE; `(updated_at, id)`
 * the staff lists' default order.
 */
export function documentsWorkflowSchema(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      const userRef = (c: ColumnDefinitionBuilder) => c.references('users.id').onDelete('set null');
      for (const table of TABLES) {
        await db.schema.alterTable(table).addColumn('author_id', 'integer', userRef).execute();
        await db.schema.alterTable(table).addColumn('publish_at', 'text').execute();
        await db.schema.alterTable(table).addColumn('submitted_at', 'text').execute();
        await db.schema.createIndex(`${table}_status_publish_at`).on(table).columns(['status', 'publish_at']).execute();
        await db.schema.createIndex(`${table}_updated`).on(table).columns(['updated_at', 'id']).execute();
        await db.schema.createIndex(`${table}_author`).on(table).column('author_id').execute();
      }
    },
  };
}
