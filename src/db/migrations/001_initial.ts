import type { Kysely } from 'kysely';
import { cascade, setNull, withId, type Dialect } from './helpers.ts';

/**
 * The first schema: the library (resources, types, topics, authors, series, attachments,
 * translations and supersession), the organization's other content (projects, statements, pages),
 * uploaded media, and site settings. Dates readers see are `YYYY-MM-DD` text and instants are
 * ISO-8601 UTC text, so both engines store, compare and order them identically.
 */
export function initialSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('resource_types'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await withId(db.schema.createTable('topics'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .execute();

      await withId(db.schema.createTable('series'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('parts', 'integer')
        .execute();

      await withId(db.schema.createTable('resources'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('type_id', 'integer', (c) => c.notNull().references('resource_types.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('audience', 'text', (c) => c.notNull().defaultTo('practitioners'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('published_on', 'text', (c) => c.notNull())
        .addColumn('updated_on', 'text')
        .addColumn('posted_at', 'text', (c) => c.notNull())
        .addColumn('series_id', 'integer', setNull('series.id'))
        .addColumn('series_part', 'integer')
        .addColumn('translation_of_id', 'integer', setNull('resources.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The library's default order and its filters all walk these indexes.
      await db.schema.createIndex('resources_status_published').on('resources').columns(['status', 'published_on', 'id']).execute();
      await db.schema.createIndex('resources_status_type_published').on('resources').columns(['status', 'type_id', 'published_on', 'id']).execute();
      await db.schema.createIndex('resources_status_language_published').on('resources').columns(['status', 'language', 'published_on', 'id']).execute();
      await db.schema.createIndex('resources_status_posted').on('resources').columns(['status', 'posted_at', 'id']).execute();
      await db.schema.createIndex('resources_status_title').on('resources').columns(['status', 'title', 'id']).execute();
      await db.schema.createIndex('resources_translation_of').on('resources').column('translation_of_id').execute();
      await db.schema.createIndex('resources_series').on('resources').columns(['series_id', 'series_part']).execute();

      await db.schema
        .createTable('resource_topics')
        .addColumn('resource_id', 'integer', cascade('resources.id'))
        .addColumn('topic_id', 'integer', cascade('topics.id'))
        .addPrimaryKeyConstraint('resource_topics_pk', ['resource_id', 'topic_id'])
        .execute();
      await db.schema.createIndex('resource_topics_topic').on('resource_topics').columns(['topic_id', 'resource_id']).execute();

      await withId(db.schema.createTable('authors'), dialect)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable('resource_authors')
        .addColumn('resource_id', 'integer', cascade('resources.id'))
        .addColumn('author_id', 'integer', cascade('authors.id'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('resource_authors_pk', ['resource_id', 'author_id'])
        .execute();

      await db.schema
        .createTable('resource_supersedes')
        .addColumn('resource_id', 'integer', cascade('resources.id'))
        .addColumn('superseded_id', 'integer', cascade('resources.id'))
        .addPrimaryKeyConstraint('resource_supersedes_pk', ['resource_id', 'superseded_id'])
        .execute();
      await db.schema.createIndex('resource_supersedes_superseded').on('resource_supersedes').column('superseded_id').execute();

      await withId(db.schema.createTable('attachments'), dialect)
        .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('mime_type', 'text', (c) => c.notNull().defaultTo('application/pdf'))
        .addColumn('bytes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('storage_key', 'text')
        .addColumn('text_content', 'text')
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('attachments_resource').on('attachments').columns(['resource_id', 'position']).execute();

      await withId(db.schema.createTable('media'), dialect)
        .addColumn('storage_key', 'text', (c) => c.notNull().unique())
        .addColumn('mime_type', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('alt', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('projects'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('project_resources')
        .addColumn('project_id', 'integer', cascade('projects.id'))
        .addColumn('resource_id', 'integer', cascade('resources.id'))
        .addPrimaryKeyConstraint('project_resources_pk', ['project_id', 'resource_id'])
        .execute();
      await db.schema.createIndex('project_resources_resource').on('project_resources').column('resource_id').execute();

      await withId(db.schema.createTable('statements'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('published_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('pages'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Homepage features: the curated, ordered blocks between the hero and the project list.
      await withId(db.schema.createTable('homepage_features'), dialect)
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('statement_id', 'integer', cascade('statements.id'))
        .addColumn('resource_id', 'integer', cascade('resources.id'))
        .addColumn('teaser', 'text')
        .addColumn('media_id', 'integer', setNull('media.id'))
        .execute();

      // Organization and homepage settings as JSON documents under well-known keys.
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      // A counter bumped by every content write; caches compare it to know they are stale,
      // which keeps several app nodes coherent without a message bus.
      await db.schema
        .createTable('content_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('content_state').values({ id: 1, generation: 1 }).execute();
    },
  };
}
