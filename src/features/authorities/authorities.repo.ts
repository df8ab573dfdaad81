import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, Db } from '../../db/schema.ts';
import { byCodePoint } from '../../db/engine.ts';

/** An authority as a resource cites it. */
export interface ResourceAuthority {
  key: string;
  kind: string;
  /** The fullest form the resource cites it in. */
  display: string;
  pins: string[];
  fields: string[];
}

/** An authority with how many published resources cite it. */
export interface AuthorityCount {
  key: string;
  kind: string;
  resources: number;
  /** For decisions, the fullest form resources cite it in (with the case name); else null. */
  cite: string | null;
}

/** Decisions are best named as cited ("Matter of Pickering, 23 I&N Dec. 621"); their keys hold no name. */
const NAMED_KINDS = ['agency-decision', 'court-decision'];
const citeOf = (kind: string, display: string | null) => (NAMED_KINDS.includes(kind) && display ? display : null);

/** Caps what one lookup may read: a resource citing more than this lists the first ones only. */
const MAX_PER_RESOURCE = 500;

const published = (db: Db) => db.selectFrom('resources').select('resources.id').where('resources.status', '=', 'published');

/**
 * The row's resource is published, looked up by primary key. For lookups by resource or by key,
 * which read a few rows: `resource_id in (published ids)` made SQLite list every published
 * resource first (~60 ms at 100,000 resources, on every API page).
 */
const citedByPublished = (eb: ExpressionBuilder<Database, 'resource_authorities'>) => eb.exists(
  eb.selectFrom('resources').select('resources.id')
    .whereRef('resources.id', '=', 'resource_authorities.resource_id').where('resources.status', '=', 'published'),
);

/** The authorities each of `ids` cites, in order of first citation (published resources only). */
export async function authoritiesForResources(db: Db, ids: readonly number[]): Promise<Map<number, ResourceAuthority[]>> {
  const out = new Map<number, ResourceAuthority[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('resource_authorities')
    .select(['resource_id', 'key', 'kind', 'display', 'pins', 'fields', 'position'])
    .where('resource_id', 'in', [...ids])
    .where(citedByPublished)
    .orderBy('resource_id').orderBy('position').execute();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    if (list.length >= MAX_PER_RESOURCE) continue;
    list.push({ key: r.key, kind: r.kind, display: r.display, pins: JSON.parse(r.pins) as string[], fields: r.fields ? r.fields.split(',') : [] });
    out.set(r.resource_id, list);
  }
  return out;
}

/** The authorities one resource cites (empty for an unpublished one). */
export async function authoritiesOfResource(db: Db, id: number): Promise<ResourceAuthority[]> {
  return (await authoritiesForResources(db, [id])).get(id) ?? [];
}

/**
 * Every authority some published resource cites, with how many cite it, in key order (code-point,
 * alike on both engines). `kind` narrows to one kind.
 */
export async function listAuthorities(db: Db, kind?: string): Promise<AuthorityCount[]> {
  let query = db.selectFrom('resource_authorities')
    .select(['key', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('resource_id', 'in', published(db));
  if (kind) query = query.where('kind', '=', kind);
  const rows = await query.groupBy(['key', 'kind']).orderBy(byCodePoint(db, 'key')).execute();
  const named = rows.filter((r) => NAMED_KINDS.includes(r.kind)).map((r) => r.key);
  const displays = await fullestDisplays(db, named);
  return rows.map((r) => ({ key: r.key, kind: r.kind, resources: Number(r.n), cite: citeOf(r.kind, displays.get(r.key) ?? null) }));
}

/** The longest display each of `keys` is cited in (ties: the first in code-point order). */
async function fullestDisplays(db: Db, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.selectFrom('resource_authorities').select(['key', 'display']).distinct()
      .where('key', 'in', keys.slice(i, i + 500)).where(citedByPublished).execute();
    for (const r of rows.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))) {
      const seen = out.get(r.key);
      if (seen === undefined || r.display.length > seen.length) out.set(r.key, r.display);
    }
  }
  return out;
}

/** How an authority is best named: for a decision, as resources cite it with its case name; else null. */
export async function authorityCite(db: Db, key: string, kind: string): Promise<string | null> {
  if (!NAMED_KINDS.includes(kind)) return null;
  return citeOf(kind, (await fullestDisplays(db, [key])).get(key) ?? null);
}

/** A recorded authority (cited, or the parent section of one cited), or undefined. */
export async function findAuthority(db: Db, key: string): Promise<{ key: string; kind: string; parent_key: string | null } | undefined> {
  return db.selectFrom('authorities').select(['key', 'kind', 'parent_key']).where('key', '=', key).executeTakeFirst();
}

/** The key and all its subsections, however deep (`INA 212` → `INA 212(h)`, `INA 212(h)(1)`, …). */
export async function authoritySubtree(db: Db, key: string): Promise<string[]> {
  const rows = await sql<{ key: string }>`
    with recursive sub(key, depth) as (
      select ${key}, 0
      union
      select a.key, sub.depth + 1 from authorities a join sub on a.parent_key = sub.key where sub.depth < 12
    )
    select distinct key from sub`.execute(db);
  return rows.rows.map((r) => r.key);
}

/** The direct subsections of `key` that published resources cite (themselves or below), with counts. */
export async function subsectionsOf(db: Db, key: string): Promise<AuthorityCount[]> {
  const children = await db.selectFrom('authorities').select(['key', 'kind']).where('parent_key', '=', key)
    .orderBy(byCodePoint(db, 'key')).limit(200).execute();
  const out: AuthorityCount[] = [];
  for (const child of children) {
    const n = await countCiting(db, await authoritySubtree(db, child.key));
    if (n > 0) out.push({ ...child, resources: n, cite: null });
  }
  return out;
}

/** How many published resources cite any of `keys`. */
export async function countCiting(db: Db, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const row = await db.selectFrom('resource_authorities').select(sql<number>`count(distinct resource_id)`.as('n'))
    .where('key', 'in', [...keys]).where(citedByPublished).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ids of the published resources citing any of `keys` (for a word search scoped to an authority). */
export async function resourceIdsCiting(db: Db, keys: readonly string[]): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('resource_authorities').select('resource_id').distinct()
    .where('key', 'in', [...keys]).where(citedByPublished).execute();
  return rows.map((r) => r.resource_id);
}
