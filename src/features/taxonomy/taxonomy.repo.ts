import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/engine.ts';
import type { TermSpec } from './kinds.ts';
import type { TermInput } from './taxonomy.schema.ts';

/** A topic or type as the staff screens show it, with how many resources use it (any state). */
export interface Term {
  id: number;
  slug: string;
  name: string;
  name_es: string | null;
  /** Topics only ('' for types). */
  description: string;
  description_es: string | null;
  /** Types only (0 for topics): the order in the library's type filter. */
  position: number;
  /** Types only (null for topics): years after which their resources show an age notice. */
  notice_after_years: number | null;
  version: number;
  uses: number;
}

// The two tables differ in a few columns; the queries below are written once over either table,
// so they go through an untyped handle and return the typed Term shape.
const loose = (db: Db) => db as unknown as Kysely<any>;

/** Selects a term's columns and its usage count; types have no description, topics no position. */
// Untyped: the select differs per table; rows go through toTerm.
function termQuery(db: Db, spec: TermSpec): any {
  const q = loose(db).selectFrom(`${spec.table} as t`).select(['t.id', 't.slug', 't.name', 't.name_es', 't.version']);
  const uses = spec.kind === 'topic'
    ? sql<number>`(select count(*) from resource_topics rt where rt.topic_id = t.id)`
    : sql<number>`(select count(*) from resources r where r.type_id = t.id)`;
  return spec.kind === 'topic'
    ? q.select(['t.description', 't.description_es', sql<number>`0`.as('position'), sql<null>`null`.as('notice_after_years'), uses.as('uses')])
    : q.select([sql<string>`''`.as('description'), sql<null>`null`.as('description_es'), 't.position', 't.notice_after_years', uses.as('uses')]);
}

function toTerm(row: Record<string, unknown>): Term {
  return {
    id: Number(row.id), slug: String(row.slug), name: String(row.name), name_es: (row.name_es as string | null) ?? null,
    description: String(row.description ?? ''), description_es: (row.description_es as string | null) ?? null,
    position: Number(row.position ?? 0), notice_after_years: row.notice_after_years == null ? null : Number(row.notice_after_years),
    version: Number(row.version), uses: Number(row.uses),
  };
}

/** Every topic (by name) or type (by list order, then name), with usage counts. */
export async function listTerms(db: Db, spec: TermSpec): Promise<Term[]> {
  let q = termQuery(db, spec);
  if (spec.kind === 'type') q = q.orderBy('t.position');
  const rows: Record<string, unknown>[] = await q.orderBy(byCodePoint(db, 't.name')).orderBy('t.id').execute();
  return rows.map(toTerm);
}

/** One term by id, or undefined. */
export async function findTerm(db: Db, spec: TermSpec, id: number): Promise<Term | undefined> {
  const row: Record<string, unknown> | undefined = await termQuery(db, spec).where('t.id', '=', id).executeTakeFirst();
  return row ? toTerm(row) : undefined;
}

/** The id of the term with this slug, or undefined. */
export async function findTermIdBySlug(db: Db, spec: TermSpec, slug: string): Promise<number | undefined> {
  const row = await loose(db).selectFrom(spec.table).select('id').where('slug', '=', slug).executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/** How many resources (in any state) use the term. */
export async function countUses(db: Db, spec: TermSpec, id: number): Promise<number> {
  const row = spec.kind === 'topic'
    ? await db.selectFrom('resource_topics').select((eb) => eb.fn.countAll<number>().as('n')).where('topic_id', '=', id).executeTakeFirstOrThrow()
    : await db.selectFrom('resources').select((eb) => eb.fn.countAll<number>().as('n')).where('type_id', '=', id).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The position after the last type, so a new type without one goes at the end of the filter. */
export async function nextTypePosition(db: Db): Promise<number> {
  const row = await db.selectFrom('resource_types').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  return row?.p == null ? 0 : Number(row.p) + 1;
}

/** The columns a form writes, for the kind's table. */
function columns(spec: TermSpec, input: TermInput): Record<string, unknown> {
  const values: Record<string, unknown> = { slug: input.slug, name: input.name, name_es: input.name_es };
  if (spec.kind === 'topic') Object.assign(values, { description: input.description ?? '', description_es: input.description_es ?? null });
  if (spec.kind === 'type' && input.position != null) values.position = input.position;
  if (spec.kind === 'type') values.notice_after_years = input.notice_after_years ?? null;
  return values;
}

/** Inserts a term and returns its id. A taken slug surfaces as the engine's unique violation. */
export async function insertTerm(db: Db, spec: TermSpec, input: TermInput): Promise<number> {
  const row = await loose(db).insertInto(spec.table).values(columns(spec, input)).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Saves a term only if it is still at `version` (one conditional UPDATE, so of two concurrent
 * saves exactly one wins), bumping the version. Returns whether a row was written.
 */
export async function updateTerm(db: Db, spec: TermSpec, id: number, version: number, input: TermInput): Promise<boolean> {
  const result = await loose(db).updateTable(spec.table)
    .set((eb: any) => ({ ...columns(spec, input), version: eb('version', '+', 1) }))
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Deletes a term only while no resource uses it: the check is part of the DELETE itself, so a
 * resource tagged in the meantime is never silently untagged (resource_topics would cascade).
 */
export async function deleteUnusedTerm(db: Db, spec: TermSpec, id: number): Promise<boolean> {
  const unused = spec.kind === 'topic'
    ? sql<boolean>`not exists (select 1 from resource_topics rt where rt.topic_id = ${id})`
    : sql<boolean>`not exists (select 1 from resources r where r.type_id = ${id})`;
  const result = await loose(db).deleteFrom(spec.table).where('id', '=', id).where(unused).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
