import { sql, type Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * Two small changes, both engines where they apply:
 *
 * 1. SQLite: the search triggers of migration 008 used `group_concat(… order by …)`, which only
 *    SQLite 3.44+ parses. Older shells (Debian 12's sqlite3 is 3.40) then refused to open the
 *    file at all: "malformed database schema (resources_search_insert) - near "order"". The
 *    triggers are recreated with the attachments ordered in a subquery instead, which every
 *    SQLite since 3.37 reads, so operators can inspect and back up the file with their shell.
 *    (The search index itself, an FTS5 table with `contentless_delete`, still needs 3.43+ to be
 *    queried; everything else reads and `.backup` copies on older shells.)
 * 2. `attachments.text_state`: null when the attachment's text was read whole (or it has no
 *    file), 'partial' when only its first pages were kept (page or length limit), 'not_indexed'
 *    when reading it ran over the time or memory budget: the PDF is kept and served, but its
 *    words are not searchable, and staff are told so.
 */
export function portableTriggersTextStateSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await sql`alter table attachments add column text_state text`.execute(db);
      if (dialect === 'sqlite') await recreateSqliteTriggers(db);
    },
  };
}

/** The indexed text of resource `r`: title, summary, body, then each attachment's text in order. */
const sqliteDoc = (r: string, id: string) => `${r}.title || char(10) || ${r}.summary || char(10) || ${r}.body || char(10) || coalesce(
  (select group_concat(t, char(10)) from (select a.text_content as t from attachments a where a.resource_id = ${id} order by a.position, a.id)), '')`;

const sqliteReindex = (id: string) => `
  delete from resource_search where rowid = ${id};
  insert into resource_search (rowid, text) select r.id, ${sqliteDoc('r', 'r.id')} from resources r where r.id = ${id};`;

async function recreateSqliteTriggers(db: Kysely<any>) {
  for (const name of ['resources_search_insert', 'resources_search_update', 'attachments_search_insert', 'attachments_search_update', 'attachments_search_delete']) {
    await sql.raw(`drop trigger if exists ${name}`).execute(db);
  }
  await sql.raw(`create trigger resources_search_insert after insert on resources begin
    insert into resource_search (rowid, text) values (new.id, ${sqliteDoc('new', 'new.id')});
  end`).execute(db);
  await sql.raw(`create trigger resources_search_update after update of title, summary, body on resources
    when old.title is not new.title or old.summary is not new.summary or old.body is not new.body
    begin ${sqliteReindex('new.id')} end`).execute(db);
  await sql.raw(`create trigger attachments_search_insert after insert on attachments
    when new.text_content is not null begin ${sqliteReindex('new.resource_id')} end`).execute(db);
  await sql.raw(`create trigger attachments_search_update after update of text_content, resource_id, position on attachments
    when old.text_content is not new.text_content or old.resource_id is not new.resource_id or old.position is not new.position
    begin ${sqliteReindex('old.resource_id')} ${sqliteReindex('new.resource_id')} end`).execute(db);
  await sql.raw(`create trigger attachments_search_delete after delete on attachments
    when old.text_content is not null begin ${sqliteReindex('old.resource_id')} end`).execute(db);
}
