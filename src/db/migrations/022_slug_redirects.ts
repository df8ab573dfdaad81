import type { Kysely } from 'kysely';
import { withId, type Dialect } from './helpers.ts';

/**
 * Permanent addresses: when an editor changes an item's slug, its old address keeps working.
 * `slug_redirects` holds each old slug of a resource, project, statement or page with the id of
 * the item it now belongs to; a public page that finds no item by a slug looks here and answers
 * 301 to the item's current address. One row per (entity_type, old_slug): a slug taken again by a
 * live item is removed from here, since the live item wins.
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function slugRedirectsSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('slug_redirects'), dialect)
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('old_slug', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('slug_redirects_old').on('slug_redirects').columns(['entity_type', 'old_slug']).unique().execute();
      await db.schema.createIndex('slug_redirects_entity').on('slug_redirects').columns(['entity_type', 'entity_id']).execute();
    },
  };
}
