import { sql, type Kysely } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

/**
 * The field's vocabulary, written into every new database as staff-editable synonym groups
 * (Admin → Search → Synonyms). One group per line; phrases separated by " = ".
 */
const DEFAULT_SYNONYMS = `crimmigration = crimes and immigration = criminal immigration
CIMT = crime involving moral turpitude = crimes involving moral turpitude
aggravated felony = AF
SIJS = SIJ = special immigrant juvenile status = special immigrant juvenile
LPR = lawful permanent resident = green card = permanent resident = residencia permanente = tarjeta verde = residente permanente
NTA = notice to appear = notificación de comparecencia
PD = prosecutorial discretion = discreción procesal
TPS = temporary protected status = estatus de protección temporal
DACA = deferred action for childhood arrivals = acción diferida
VAWA = violence against women act
U visa = U nonimmigrant status = visa U
T visa = T nonimmigrant status = visa T
IJ = immigration judge = juez de inmigración
BIA = board of immigration appeals = junta de apelaciones de inmigración
EOIR = executive office for immigration review
ICE = immigration and customs enforcement = la migra
USCIS = citizenship and immigration services
CBP = customs and border protection
OPLA = office of the principal legal advisor
IRS = internal revenue service
EAD = employment authorization document = work permit = permiso de trabajo
naturalization = citizenship = ciudadanía = naturalización
deportation = removal = deportación
asylum = asilo
detention = detained = detención = detenido
home = house = casa = hogar
lawyer = attorney = abogado
sibling = brother = sister = hermano = hermana
parent = father = mother = padre = madre
spouse = husband = wife = esposo = esposa
child = son = daughter = hijo = hija
travel = advance parole = viajar
public charge = carga pública
know your rights = conozca sus derechos
red card = tarjeta roja
bond = fianza
post-conviction relief = post conviction = vacatur
IIRIRA = illegal immigration reform and immigrant responsibility act
KYR = know your rights
UAC = unaccompanied children = unaccompanied minors = unaccompanied alien children = menores no acompañados
food stamps = SNAP = CalFresh = cupones de alimentos
TVPRA = trafficking victims protection reauthorization act`;

/**
 * The ranked search index (replaces migration 008's FTS5 table and tsvector column).
 *
 * Analysis (words, stems, citations, weights) happens in the application, so both engines hold
 * the same bytes and rank alike; the database stores and finds them:
 * - `search_postings`: per term and block of 1,024 resource ids, the resources containing it and
 *   each one's impact (a packed array), so a common word is read as a few dozen blobs, not
 *   tens of thousands of rows;
 * - `search_docs`: the terms each indexed resource has (to take them out again);
 * - `search_attrs`: per block, what filters and facets need of each indexed resource (JSON);
 * - `search_words`: the words seen, for prefix completion and "did you mean";
 * - `search_synonyms`: the staff's synonym groups, seeded with the field's vocabulary;
 * - `search_queue`: resources whose entry is out of date. Triggers fill it whoever writes
 *   (editor, importer, scheduler, a hand-written UPDATE); the application empties it in the
 *   transaction that wrote, or before the next search.
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function searchIndexSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await dropOldIndex(db, dialect);
      // Keyed (bucket, term): an import or an edit touches one bucket's entries of many terms,
      // which then sit side by side and are written as a few pages; a query reads one term's
      // buckets through the (term, bucket) index. A packed entry is at most 4 KB: SQLite keeps it
      // in its row (a table b-tree, not WITHOUT ROWID, whose rows past ~4 KB spill to overflow
      // pages), PostgreSQL in the row as it is (PLAIN: no compression, no TOAST).
      const blob = dialect === 'postgres' ? 'bytea' : 'blob';
      await sql.raw(`create table search_postings (
        bucket integer not null, term text not null, docs integer not null, data ${blob} not null)`).execute(db);
      await sql`create unique index search_postings_key on search_postings (bucket, term)`.execute(db);
      await sql`create index search_postings_term on search_postings (term, bucket)`.execute(db);
      const withoutRowid = dialect === 'sqlite' ? ' without rowid' : '';
      await sql`create table search_docs (resource_id integer primary key, terms text not null)`.execute(db);
      await sql`create table search_attrs (bucket integer primary key, version integer not null, data text not null)`.execute(db);
      await sql.raw(`create table search_words (word text primary key)${withoutRowid}`).execute(db);
      await sql`create table search_queue (resource_id integer primary key)`.execute(db);
      await sql.raw(`create table search_synonyms (id integer primary key ${dialect === 'postgres' ? 'generated by default as identity' : 'autoincrement'},
        phrases text not null, updated_at text not null)`).execute(db);
      const now = new Date().toISOString();
      for (const line of DEFAULT_SYNONYMS.split('\n')) {
        const phrases = JSON.stringify(line.split(' = ').map((p) => p.trim()));
        await sql`insert into search_synonyms (phrases, updated_at) values (${phrases}, ${now})`.execute(db);
      }
      if (dialect === 'postgres') {
        await sql`alter table search_postings alter column data set storage plain`.execute(db);
        await postgresTriggers(db);
      } else {
        await sqliteTriggers(db);
      }
      // Everything published is indexed by the application on its next write or search.
      await sql`insert into search_queue (resource_id) select id from resources`.execute(db);
    },
  };
}

async function dropOldIndex(db: Kysely<any>, dialect: Dialect) {
  if (dialect === 'sqlite') {
    for (const trigger of ['resources_search_insert', 'resources_search_update', 'resources_search_delete',
      'attachments_search_insert', 'attachments_search_update', 'attachments_search_delete']) {
      await sql.raw(`drop trigger if exists ${trigger}`).execute(db);
    }
    await sql`drop table if exists resource_search`.execute(db);
    return;
  }
  await sql`drop trigger if exists resources_search_insert on resources`.execute(db);
  await sql`drop trigger if exists resources_search_update on resources`.execute(db);
  await sql`drop trigger if exists attachments_search_insert on attachments`.execute(db);
  await sql`drop trigger if exists attachments_search_delete on attachments`.execute(db);
  await sql`drop trigger if exists attachments_search_update on attachments`.execute(db);
  await sql`drop function if exists haven_resources_search()`.execute(db);
  await sql`drop function if exists haven_resources_search_insert()`.execute(db);
  await sql`drop function if exists haven_attachments_search()`.execute(db);
  await sql`drop function if exists haven_attachments_search_update()`.execute(db);
  await sql`drop function if exists haven_search_vector(integer, text, text, text)`.execute(db);
  await sql`drop index if exists resources_search`.execute(db);
  await sql`alter table resources drop column if exists search_vector`.execute(db);
  await sql`drop function if exists haven_search_text(text)`.execute(db);
}

/** `(table, event, statements)`: what each change queues, as SQLite trigger bodies. */
const SQLITE_TRIGGERS: [string, string, string, string][] = [
  ['resources', 'insert', '', 'insert or ignore into search_queue (resource_id) values (new.id);'],
  ['resources', 'update', '', `insert or ignore into search_queue (resource_id) values (new.id);
    insert or ignore into search_queue (resource_id) select superseded_id from resource_supersedes where resource_id = new.id and old.status is not new.status;`],
  ['resources', 'delete', '', 'insert or ignore into search_queue (resource_id) values (old.id);'],
  ['attachments', 'insert', '', 'insert or ignore into search_queue (resource_id) values (new.resource_id);'],
  ['attachments', 'update', '', `insert or ignore into search_queue (resource_id) values (old.resource_id);
    insert or ignore into search_queue (resource_id) values (new.resource_id);`],
  ['attachments', 'delete', '', 'insert or ignore into search_queue (resource_id) values (old.resource_id);'],
  ['resource_topics', 'insert', '', 'insert or ignore into search_queue (resource_id) values (new.resource_id);'],
  ['resource_topics', 'delete', '', 'insert or ignore into search_queue (resource_id) values (old.resource_id);'],
  ['project_resources', 'insert', '', 'insert or ignore into search_queue (resource_id) values (new.resource_id);'],
  ['project_resources', 'delete', '', 'insert or ignore into search_queue (resource_id) values (old.resource_id);'],
  ['resource_supersedes', 'insert', '', 'insert or ignore into search_queue (resource_id) values (new.superseded_id);'],
  ['resource_supersedes', 'delete', '', 'insert or ignore into search_queue (resource_id) values (old.superseded_id);'],
  ['topics', 'update', 'of name, name_es', 'insert or ignore into search_queue (resource_id) select resource_id from resource_topics where topic_id = new.id;'],
  ['resource_types', 'update', 'of name, name_es', 'insert or ignore into search_queue (resource_id) select id from resources where type_id = new.id;'],
];

async function sqliteTriggers(db: Kysely<any>) {
  for (const [table, event, columns, body] of SQLITE_TRIGGERS) {
    await sql.raw(`create trigger search_queue_${table}_${event} after ${event} ${columns} on ${table} begin ${body} end`).execute(db);
  }
}

async function postgresTriggers(db: Kysely<any>) {
  const queue = (expr: string) => `insert into search_queue (resource_id) values (${expr}) on conflict do nothing;`;
  const functions: [string, string][] = [
    ['haven_queue_resource', `
      if tg_op = 'DELETE' then ${queue('old.id')} return old; end if;
      ${queue('new.id')}
      if tg_op = 'UPDATE' and old.status is distinct from new.status then
        insert into search_queue (resource_id) select superseded_id from resource_supersedes where resource_id = new.id on conflict do nothing;
      end if;
      return new;`],
    ['haven_queue_resource_ref', `
      if tg_op <> 'INSERT' then ${queue('old.resource_id')} end if;
      if tg_op <> 'DELETE' then ${queue('new.resource_id')} end if;
      return null;`],
    ['haven_queue_superseded', `
      if tg_op <> 'INSERT' then ${queue('old.superseded_id')} end if;
      if tg_op <> 'DELETE' then ${queue('new.superseded_id')} end if;
      return null;`],
    ['haven_queue_topic', `
      insert into search_queue (resource_id) select resource_id from resource_topics where topic_id = new.id on conflict do nothing;
      return null;`],
    ['haven_queue_type', `
      insert into search_queue (resource_id) select id from resources where type_id = new.id on conflict do nothing;
      return null;`],
  ];
  for (const [name, body] of functions) {
    await sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} end $$`).execute(db);
  }
  const triggers: [string, string, string, string][] = [
    ['resources', 'after insert or update or delete', 'haven_queue_resource', ''],
    ['attachments', 'after insert or update or delete', 'haven_queue_resource_ref', ''],
    ['resource_topics', 'after insert or delete', 'haven_queue_resource_ref', ''],
    ['project_resources', 'after insert or delete', 'haven_queue_resource_ref', ''],
    ['resource_supersedes', 'after insert or delete', 'haven_queue_superseded', ''],
    ['topics', 'after update of name, name_es', 'haven_queue_topic', 'when (old.name is distinct from new.name or old.name_es is distinct from new.name_es)'],
    ['resource_types', 'after update of name, name_es', 'haven_queue_type', 'when (old.name is distinct from new.name or old.name_es is distinct from new.name_es)'],
  ];
  for (const [table, events, fn, when] of triggers) {
    await sql.raw(`create trigger search_queue_${table} ${events} on ${table} for each row ${when} execute function ${fn}()`).execute(db);
  }
}
