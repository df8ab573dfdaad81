import { sql, type Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * Editors' corrections to the authorities a resource cites, and what it reports about the law
 * (issue 13, docs/authorities.md): `resource_authority_overrides`, one row per resource, key and
 * action:
 * - `add`: the resource cites this authority though the grammar did not read it;
 * - `suppress`: the grammar read it, wrongly, and it is not stored;
 * - `superseded` / `changed`: the resource reports that this authority was superseded or changed
 *   (a new rule amends a regulation, a decision overrules another), for the staff report.
 * `display` and `kind` are the citation as the grammar read what the editor typed; `note` says
 * what changed. The search indexer applies `add` and `suppress` whenever it re-reads a resource,
 * so the choice survives every save, import and `haven reindex`; a change here queues the
 * resource for it (triggers, as for every table the index reads). On PostgreSQL, an index of
 * `authorities` in code-point order for the sitemap's walk over authority pages.
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function authorityOverridesSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('resource_authority_overrides')
        .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('add', 'suppress', 'superseded', 'changed')`))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('display', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('resource_authority_overrides_pk', ['resource_id', 'key', 'action'])
        .execute();
      // The staff report starts from the marks (`superseded`, `changed`) and joins by key.
      await db.schema.createIndex('resource_authority_overrides_action').on('resource_authority_overrides')
        .columns(['action', 'key', 'resource_id']).execute();

      if (dialect === 'postgres') {
        // The sitemap reads authority pages in code-point order (`key collate "C"`, as SQLite's
        // primary key orders them), a batch at a time: this index serves that keyset walk.
        await sql`create index authorities_key_c on authorities (key collate "C")`.execute(db);
        // haven_queue_resource_ref (migration 012) queues old.resource_id and new.resource_id.
        await sql`create trigger search_queue_resource_authority_overrides after insert or update or delete on resource_authority_overrides
          for each row execute function haven_queue_resource_ref()`.execute(db);
      } else {
        const queue = (row: 'new' | 'old') => `insert or ignore into search_queue (resource_id) values (${row}.resource_id);`;
        for (const [event, body] of [['insert', queue('new')], ['update', `${queue('old')} ${queue('new')}`], ['delete', queue('old')]]) {
          await sql.raw(`create trigger search_queue_resource_authority_overrides_${event} after ${event} on resource_authority_overrides begin ${body} end`).execute(db);
        }
      }
    },
  };
}
