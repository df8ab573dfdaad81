import { sql } from 'kysely';
import type { Db } from '../../db/schema.ts';
import { byCodePoint } from '../../db/engine.ts';
import type { OverrideAction } from './authorities.table.ts';

/** Rows each part of the staff report lists at most. */
export const REPORT_LIMIT = 200;

/** An authority with how many published resources cite it. */
export interface CitedCount {
  key: string;
  kind: string;
  resources: number;
}

/** The authorities most cited by published resources, most first (ties: key in code-point order). */
export async function mostCitedAuthorities(db: Db, limit = 50): Promise<CitedCount[]> {
  const rows = await db.selectFrom('resource_authorities as ra')
    .innerJoin('resources as r', 'r.id', 'ra.resource_id')
    .select(['ra.key', 'ra.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.status', '=', 'published')
    .groupBy(['ra.key', 'ra.kind'])
    .orderBy(sql`count(*)`, 'desc').orderBy(byCodePoint(db, 'ra.key'))
    .limit(limit).execute();
  return rows.map((r) => ({ key: r.key, kind: r.kind, resources: Number(r.n) }));
}

/** A resource, as the report links it. */
export interface ReportResource {
  id: number;
  title: string;
  publishedOn: string;
}

/** A resource citing an authority that a newer published resource reports superseded or changed. */
export interface ChangedCitation {
  /** The authority marked, and how the marking resource's editor typed it. */
  markKey: string;
  markDisplay: string;
  action: Extract<OverrideAction, 'superseded' | 'changed'>;
  note: string | null;
  marker: ReportResource;
  /** The key the older resource cites: the marked one or one of its subsections. */
  citedKey: string;
  resource: ReportResource;
}

/** Published resources that are not replaced by a published resource (the SQL names `r`). */
const notSuperseded = sql`not exists (select 1 from resource_supersedes s join resources n on n.id = s.resource_id
  where s.superseded_id = r.id and n.status = 'published')`;

/**
 * Current published resources citing an authority (or one of its subsections) that a newer
 * published resource marks as superseded or changed: newest mark first. Resources already replaced
 * are left out (their replacement is what readers see).
 */
export async function resourcesCitingChanged(db: Db, limit = REPORT_LIMIT): Promise<ChangedCitation[]> {
  const rows = await sql<{
    mark_key: string; mark_display: string; action: 'superseded' | 'changed'; note: string | null;
    marker_id: number; marker_title: string; marked_on: string; cited_key: string; resource_id: number; resource_title: string; published_on: string;
  }>`
    with recursive marked(root, key, depth) as (
      select distinct key, key, 0 from resource_authority_overrides where action in ('superseded', 'changed')
      union all
      select marked.root, a.key, marked.depth + 1 from authorities a join marked on a.parent_key = marked.key where marked.depth < 12
    )
    select m.key as mark_key, m.display as mark_display, m.action, m.note,
      mr.id as marker_id, mr.title as marker_title, mr.published_on as marked_on,
      ra.key as cited_key, r.id as resource_id, r.title as resource_title, r.published_on
    from resource_authority_overrides m
    join resources mr on mr.id = m.resource_id
    join marked on marked.root = m.key
    join resource_authorities ra on ra.key = marked.key
    join resources r on r.id = ra.resource_id
    where m.action in ('superseded', 'changed') and mr.status = 'published' and r.status = 'published'
      and r.id <> mr.id and r.published_on < mr.published_on and ${notSuperseded}
    order by mr.published_on desc, mr.id, ${byCodePoint(db, 'm.key')}, m.action, r.published_on desc, r.id, ${byCodePoint(db, 'ra.key')}
    limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    markKey: r.mark_key, markDisplay: r.mark_display, action: r.action, note: r.note,
    marker: { id: Number(r.marker_id), title: r.marker_title, publishedOn: r.marked_on },
    citedKey: r.cited_key, resource: { id: Number(r.resource_id), title: r.resource_title, publishedOn: r.published_on },
  }));
}

/** A superseded resource citing an authority no current resource cites. */
export interface UncoveredCitation {
  key: string;
  kind: string;
  resource: ReportResource;
}

/**
 * Authorities whose only citing published resources are superseded (nothing current covers them
 * any more), with those resources: by key, newest resource first. Starts from the superseded
 * resources, which are few, and probes each key through its index.
 */
export async function authoritiesOnlySupersededCite(db: Db, limit = REPORT_LIMIT): Promise<UncoveredCitation[]> {
  const rows = await sql<{ key: string; kind: string; id: number; title: string; published_on: string }>`
    with old as (
      select distinct s.superseded_id as id from resource_supersedes s join resources n on n.id = s.resource_id where n.status = 'published'
    )
    select ra.key, ra.kind, r.id, r.title, r.published_on
    from resource_authorities ra join resources r on r.id = ra.resource_id
    where r.status = 'published' and ra.resource_id in (select id from old)
      and not exists (
        select 1 from resource_authorities cur join resources cr on cr.id = cur.resource_id
        where cur.key = ra.key and cr.status = 'published' and cur.resource_id not in (select id from old)
      )
    order by ${byCodePoint(db, 'ra.key')}, r.published_on desc, r.id
    limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({ key: r.key, kind: r.kind, resource: { id: Number(r.id), title: r.title, publishedOn: r.published_on } }));
}
