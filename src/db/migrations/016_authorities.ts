import { sql, type Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * The authorities resources cite (issue 13, docs/authorities.md):
 * - `resource_authorities`: per published resource, each distinct authority its title, summary,
 *   body and PDF text cite: the canonical key, its kind, the fullest display form cited, the pin
 *   cites (a JSON array), the fields it appears in (`title,body`, in that fixed order), how often it
 *   is cited and where it first appears (`position`, the order "Authorities cited" lists). Written by
 *   the search indexer in the same pass that reads citations for search, so the two always agree.
 *   Probed by key (authority pages, related resources), hence the `(key, resource_id)` index.
 * - `authorities`: every key ever cited and each of its ancestors (`INA 212(h)(1)` → `INA 212(h)` →
 *   `INA 212`), with its kind and parent, so an authority page finds its subsections without
 *   parsing every key, and a parent section cited only through its subsections still has a page.
 * - `resource_types.notice_after_years`: resources of the type older than this show an age notice.
 * Existing resources are queued for the search indexer, which fills the table on the next content
 * write or search (or at once with `haven reindex`).
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function authoritiesSchema(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('resource_authorities')
        .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('display', 'text', (c) => c.notNull())
        .addColumn('pins', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('mentions', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('resource_authorities_pk', ['resource_id', 'key'])
        .execute();
      await db.schema.createIndex('resource_authorities_key').on('resource_authorities').columns(['key', 'resource_id']).execute();

      await db.schema.createTable('authorities')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('parent_key', 'text')
        .execute();
      await db.schema.createIndex('authorities_parent').on('authorities').columns(['parent_key', 'key']).execute();

      // Resources of a type older than this many years show "check for later developments" (NULL: never).
      await db.schema.alterTable('resource_types').addColumn('notice_after_years', 'integer').execute();

      await sql`insert into search_queue (resource_id) select id from resources where id not in (select resource_id from search_queue)`.execute(db);
    },
  };
}
