import { Migrator, sql, type DatabaseIntrospector, type Migration, type MigrationProvider, type TableMetadata } from 'kysely';
import type { Db } from './database.ts';
import type { Dialect } from './engine.ts';
import { initialSchema } from './migrations/001_initial.ts';
import { accountsSchema } from './migrations/002_accounts.ts';
import { editorialSchema } from './migrations/003_editorial.ts';
import { documentsWorkflowSchema } from './migrations/004_documents.ts';
import { topicListingSchema } from './migrations/005_topic_listing.ts';
import { taxonomySchema } from './migrations/006_taxonomy.ts';
import { sortTitleSchema } from './migrations/007_sort_title.ts';
import { searchSchema } from './migrations/008_search.ts';
import { lz4TextSchema } from './migrations/009_lz4_text.ts';
import { portableTriggersTextStateSchema } from './migrations/010_portable_triggers_text_state.ts';
import { seriesOfSchema } from './migrations/011_series_of.ts';
import { searchIndexSchema } from './migrations/012_search_index.ts';
import { searchStaffSchema } from './migrations/013_search_staff.ts';
import { authoritiesSchema } from './migrations/016_authorities.ts';
import { spanishContentSchema } from './migrations/017_spanish_content.ts';
import { currencySchema } from './migrations/018_currency.ts';
import { authorityOverridesSchema } from './migrations/019_authority_overrides.ts';
import { helpSchema } from './migrations/020_help.ts';
import { structuredRevisionsSchema } from './migrations/021_structured_revisions.ts';
import { slugRedirectsSchema } from './migrations/022_slug_redirects.ts';

/** Migrations in order; names are permanent once released. */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_initial': initialSchema(dialect),
    '002_accounts': accountsSchema(dialect),
    '003_editorial': editorialSchema(dialect),
    '004_documents': documentsWorkflowSchema(dialect),
    '005_topic_listing': topicListingSchema(dialect),
    '006_taxonomy': taxonomySchema(dialect),
    '007_sort_title': sortTitleSchema(dialect),
    '008_search': searchSchema(dialect),
    '009_lz4_text': lz4TextSchema(dialect),
    '010_portable_triggers_text_state': portableTriggersTextStateSchema(dialect),
    '011_series_of': seriesOfSchema(dialect),
    '012_search_index': searchIndexSchema(dialect),
    '013_search_staff': searchStaffSchema(dialect),
    '016_authorities': authoritiesSchema(dialect),
    '017_spanish_content': spanishContentSchema(dialect),
    '018_currency': currencySchema(dialect),
    '019_authority_overrides': authorityOverridesSchema(dialect),
    '020_help': helpSchema(dialect),
    '021_structured_revisions': structuredRevisionsSchema(dialect),
    '022_slug_redirects': slugRedirectsSchema(dialect),
  };
}

class InlineProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations() {
    return migrations(this.dialect);
  }
}

/**
 * Brings the schema up to date. Kysely's migrator takes a lock, so several app nodes starting
 * at once migrate exactly once. Throws with the failing migration's name on error.
 */
export async function migrateToLatest(db: Db, dialect: Dialect): Promise<string[]> {
  // Kysely looks for its bookkeeping tables across all schemas; pin them to the schema this
  // connection writes to, so several Haven databases can share one PostgreSQL database.
  const migrationTableSchema = dialect === 'postgres'
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({
    db: migrationTableSchema ? withSchemaIntrospection(db, migrationTableSchema) : db,
    provider: new InlineProvider(dialect),
    migrationTableSchema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(failed ? `Migration ${failed.migrationName} failed: ${cause}` : `Migrating failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The migrator asks the introspector only whether its two tables exist. Kysely's PostgreSQL
 * introspector answers by reading every column of every table in every schema of the database
 * (calling `pg_get_serial_sequence` on each), which is slow where many schemas share a database
 * and fails outright when another schema's table is renamed meanwhile ("relation … does not
 * exist"). This one looks at the migration schema's table names only.
 */
function withSchemaIntrospection(db: Db, schema: string): Db {
  const introspection: DatabaseIntrospector = {
    async getSchemas() {
      const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace`.execute(db);
      return rows;
    },
    async getTables(): Promise<TableMetadata[]> {
      const { rows } = await sql<{ name: string }>`select tablename as name from pg_catalog.pg_tables where schemaname = ${schema}`.execute(db);
      return rows.map((r) => ({ name: r.name, schema, isView: false, columns: [] }));
    },
    async getMetadata() {
      return { tables: await this.getTables() };
    },
  };
  // Kysely keeps its state in private fields, so its methods must run on the real instance.
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
