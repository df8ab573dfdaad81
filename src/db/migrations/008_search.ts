import { sql, type Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';
import { droppedMarks, foldMap, separatorRanges } from './008_search.unicode61.ts';

/**
 * Full-text search over a resource's title, summary, body and its attachments' extracted text,
 * indexed as one text (in that order) so that both engines find the same words side by side.
 * SQLite: a contentless FTS5 table `resource_search` keyed by resource id. PostgreSQL:
 * `resources.search_vector` behind a GIN index. On both, triggers keep the index right whoever
 * writes (editor, importer, seed, uploads, a hand-written UPDATE); existing rows are indexed here.
 */
export function searchSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'sqlite') await sqliteUp(db);
      else await postgresUp(db);
    },
  };
}

/** The indexed text of resource `r`, as an SQLite expression. */
const sqliteDoc = (r: string, id: string) => `${r}.title || char(10) || ${r}.summary || char(10) || ${r}.body || char(10) || coalesce(
  (select group_concat(a.text_content, char(10) order by a.position, a.id) from attachments a where a.resource_id = ${id}), '')`;

/** Re-indexes one resource from its stored row, as SQLite trigger statements. */
const sqliteReindex = (id: string) => `
  delete from resource_search where rowid = ${id};
  insert into resource_search (rowid, text) select r.id, ${sqliteDoc('r', 'r.id')} from resources r where r.id = ${id};`;

async function sqliteUp(db: Kysely<any>) {
  // Contentless: the text already lives in resources and attachments; only the index is kept
  // (contentless_delete lets a row be replaced). unicode61 folds case and accents.
  await sql`create virtual table resource_search using fts5(text, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql.raw(`insert into resource_search (rowid, text) select r.id, ${sqliteDoc('r', 'r.id')} from resources r`).execute(db);
  await sql.raw(`create trigger resources_search_insert after insert on resources begin
    insert into resource_search (rowid, text) values (new.id, ${sqliteDoc('new', 'new.id')});
  end`).execute(db);
  await sql.raw(`create trigger resources_search_update after update of title, summary, body on resources
    when old.title is not new.title or old.summary is not new.summary or old.body is not new.body
    begin ${sqliteReindex('new.id')} end`).execute(db);
  await sql`create trigger resources_search_delete after delete on resources begin
    delete from resource_search where rowid = old.id;
  end`.execute(db);
  await sql.raw(`create trigger attachments_search_insert after insert on attachments
    when new.text_content is not null begin ${sqliteReindex('new.resource_id')} end`).execute(db);
  await sql.raw(`create trigger attachments_search_update after update of text_content, resource_id, position on attachments
    when old.text_content is not new.text_content or old.resource_id is not new.resource_id or old.position is not new.position
    begin ${sqliteReindex('old.resource_id')} ${sqliteReindex('new.resource_id')} end`).execute(db);
  await sql.raw(`create trigger attachments_search_delete after delete on attachments
    when old.text_content is not null begin ${sqliteReindex('old.resource_id')} end`).execute(db);
}

const regexChar = (cp: number) => (cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`);
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * haven_search_text(text): the text folded and split exactly as SQLite's unicode61 does it
 * (tables in db/search/unicode61.ts), words separated by single spaces, so the 'simple'
 * configuration's parser finds the same words (no e-mail, URL, version or hyphenated tokens:
 * their punctuation is gone) and no locale or unaccent extension is involved.
 */
function postgresTextFunction(): string {
  const chars = (cps: number[]) => cps.map((cp) => String.fromCodePoint(cp)).join('');
  const folds = [...foldMap.entries()];
  // translate() scans its whole `from` list for every character: with the full Unicode table that
  // cost ~8 ms a resource. Most text needs only the Latin letters and combining accents, so those
  // go first, and the full table runs only on what is still not ASCII after them.
  const latin = folds.filter(([cp]) => cp < 0x250);
  const latinMarks = droppedMarks.filter((cp) => cp >= 0x300 && cp < 0x370);
  const latinFrom = chars([...latin.map(([cp]) => cp), ...latinMarks]);
  const latinTo = chars(latin.map(([, to]) => to));
  const fullFrom = chars([...folds.map(([cp]) => cp), ...droppedMarks]);
  const fullTo = chars(folds.map(([, to]) => to));
  const separators = `[${separatorRanges.map(([a, b]) => (a === b ? regexChar(a) : `${regexChar(a)}-${regexChar(b)}`)).join('')}]+`;
  // Separators first (punctuation such as “ ” — ¿ becomes a space), so what is left to fold is
  // letters, digits and marks; folding never turns a letter into a separator, so the order is free.
  // PL/pgSQL rather than SQL: a SQL function called from the trigger is re-planned on every call,
  // which cost more than the folding; here each step is a cached simple expression, and each
  // runs only when the one before left something that is not ASCII.
  return `create function haven_search_text(doc text) returns text language plpgsql immutable strict parallel safe as $$
    declare spaced text := regexp_replace(doc, ${literal(separators)}, ' ', 'g');
    begin
      if spaced !~ '[^\\x01-\\x7f]' then return lower(spaced); end if;
      spaced := translate(spaced, ${literal(latinFrom)}, ${literal(latinTo)});
      if spaced !~ '[^\\x01-\\x7f]' then return spaced; end if;
      return translate(spaced, ${literal(fullFrom)}, ${literal(fullTo)});
    end $$`;
}

async function postgresUp(db: Kysely<any>) {
  await sql`alter table resources add column search_vector tsvector`.execute(db);
  await sql.raw(postgresTextFunction()).execute(db);
  // A tsvector holds at most 1 MB; a text that would not fit (hundreds of pages of distinct
  // tokens) is indexed on its first 100,000 characters instead of failing the write.
  await sql`create function haven_search_vector(rid integer, p_title text, p_summary text, p_body text) returns tsvector
    language plpgsql stable as $$
    declare doc text;
    begin
      doc := haven_search_text(concat_ws(E'\n', p_title, p_summary, p_body,
        (select string_agg(a.text_content, E'\n' order by a.position, a.id) from attachments a where a.resource_id = rid)));
      if length(doc) <= 100000 then return to_tsvector('simple', doc); end if;
      begin
        return to_tsvector('simple', doc);
      exception when program_limit_exceeded then
        return to_tsvector('simple', left(doc, 100000));
      end;
    end $$`.execute(db);
  await sql`update resources set search_vector = haven_search_vector(id, title, summary, body)`.execute(db);
  await sql`create index resources_search on resources using gin (search_vector)`.execute(db);

  await sql`create function haven_resources_search() returns trigger language plpgsql as $$
    begin
      new.search_vector := haven_search_vector(new.id, new.title, new.summary, new.body);
      return new;
    end $$`.execute(db);
  // The importer computes the vector's text itself (db/search wordsOf, the same rules) and
  // passes it in; the trigger computes only what nobody gave.
  await sql`create function haven_resources_search_insert() returns trigger language plpgsql as $$
    begin
      if new.search_vector is null then
        new.search_vector := haven_search_vector(new.id, new.title, new.summary, new.body);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger resources_search_insert before insert on resources
    for each row execute function haven_resources_search_insert()`.execute(db);
  await sql`create trigger resources_search_update before update of title, summary, body on resources
    for each row when (old.title is distinct from new.title or old.summary is distinct from new.summary or old.body is distinct from new.body)
    execute function haven_resources_search()`.execute(db);

  // Attachments change in bulk (the importer inserts hundreds per statement): one UPDATE per
  // statement re-indexes each touched resource once, and only for attachments with text. It sets only search_vector, which fires
  // none of the triggers on resources.
  await sql`create function haven_attachments_search() returns trigger language plpgsql as $$
    begin
      update resources r set search_vector = haven_search_vector(r.id, r.title, r.summary, r.body)
      where r.id in (select resource_id from changed where text_content is not null);
      return null;
    end $$`.execute(db);
  await sql`create trigger attachments_search_insert after insert on attachments
    referencing new table as changed for each statement execute function haven_attachments_search()`.execute(db);
  await sql`create trigger attachments_search_delete after delete on attachments
    referencing old table as changed for each statement execute function haven_attachments_search()`.execute(db);
  await sql`create function haven_attachments_search_update() returns trigger language plpgsql as $$
    begin
      update resources r set search_vector = haven_search_vector(r.id, r.title, r.summary, r.body)
      where r.id in (
        select o.resource_id from old_rows o join new_rows n on n.id = o.id
        where o.text_content is distinct from n.text_content or o.resource_id <> n.resource_id or o.position <> n.position
        union
        select n.resource_id from old_rows o join new_rows n on n.id = o.id
        where o.text_content is distinct from n.text_content or o.resource_id <> n.resource_id or o.position <> n.position
      );
      return null;
    end $$`.execute(db);
  await sql`create trigger attachments_search_update after update on attachments
    referencing old table as old_rows new table as new_rows for each statement execute function haven_attachments_search_update()`.execute(db);
}
