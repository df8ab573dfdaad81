import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { withId, type Dialect } from './helpers.ts';

/**
 * The editorial workflow: optimistic-locking versions on every editable kind of content, who
 * wrote a resource, when it was submitted and when it is scheduled to go up, and the revision
 * history every save appends to. SQLite allows one ADD COLUMN per ALTER TABLE, so each column
 * is its own statement. References to `users` (migration 002) are added only when that table
 * exists, and are always nullable: deleting an account never deletes content or history.
 */
export function editorialSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      // Only this database's (schema's) own tables: Kysely's introspector reads every schema on
      // PostgreSQL, which could find another site's `users`, and fails when a neighbour's table is
      // renamed meanwhile. (Changed after the fact; for a database it was run on, the answer is the same.)
      const found = dialect === 'postgres'
        ? await sql`select 1 from pg_catalog.pg_tables where schemaname = current_schema() and tablename = 'users'`.execute(db)
        : await sql`select 1 from sqlite_master where type = 'table' and name = 'users'`.execute(db);
      const hasUsers = found.rows.length > 0;
      const userRef = (c: ColumnDefinitionBuilder) => (hasUsers ? c.references('users.id').onDelete('set null') : c);

      const add = (table: string, column: string, type: 'integer' | 'text', build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder = (c) => c) =>
        db.schema.alterTable(table).addColumn(column, type, build).execute();

      for (const table of ['resources', 'projects', 'statements', 'pages']) {
        await add(table, 'version', 'integer', (c) => c.notNull().defaultTo(1));
      }
      await add('resources', 'author_id', 'integer', userRef);
      // ISO-8601 UTC instants, so text comparison is time comparison on both engines.
      await add('resources', 'publish_at', 'text');
      await add('resources', 'submitted_at', 'text');
      // Set on the first publication; a later re-publication keeps the original "posted" time.
      await add('resources', 'first_published_at', 'text');
      await db.updateTable('resources').set((eb) => ({ first_published_at: eb.ref('posted_at') })).where('status', '=', 'published').execute();

      // The scheduler's query, and the staff list's default order.
      await db.schema.createIndex('resources_status_publish_at').on('resources').columns(['status', 'publish_at']).execute();
      await db.schema.createIndex('resources_updated').on('resources').columns(['updated_at', 'id']).execute();
      await db.schema.createIndex('resources_author').on('resources').column('author_id').execute();

      await withId(db.schema.createTable('revisions'), dialect)
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('user_id', 'integer', userRef)
        .addColumn('created_at', 'text', (c) => c.notNull())
        // Every editable field as JSON text, so any revision can be shown, compared and restored.
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('revisions_entity_version').on('revisions').columns(['entity_type', 'entity_id', 'version']).unique().execute();
    },
  };
}
