import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';

/** How many related resources a page shows. */
export const RELATED_LIMIT = 5;
/** Candidates read per shared authority or topic: the newest ones, so the work is bounded however big the library. */
const PER_SOURCE = 100;
/** At most this many of the resource's authorities are compared (the first cited). */
const MAX_KEYS = 20;

// A shared authority says more than a shared topic; being in the same series sits between.
const WEIGHT = { authority: 3, series: 2, topic: 1 } as const;

/**
 * Up to five published resources related to `resource` by shared authorities, series and topics,
 * best first (ties: newest, then id), leaving out the resource itself, its translations and
 * resources a published one supersedes. Computed in the database: each shared authority and topic
 * contributes its newest candidates through its index, so a page costs the same at any size.
 */
export async function relatedResourceIds(
  db: Db, resource: { id: number; series_id: number | null; translation_of_id: number | null }, keys: readonly string[],
): Promise<number[]> {
  const id = resource.id;
  const topics = await db.selectFrom('resource_topics').select('topic_id').where('resource_id', '=', id).orderBy('topic_id').execute();
  const sources: RawBuilder<unknown>[] = [];
  for (const key of keys.slice(0, MAX_KEYS)) {
    sources.push(sql`select c.resource_id, ${sql.lit(WEIGHT.authority)} as w from (
      select resource_id from resource_authorities where key = ${key} and resource_id <> ${id}
      order by resource_id desc limit ${sql.lit(PER_SOURCE)}) c`);
  }
  for (const { topic_id } of topics) {
    sources.push(sql`select c.resource_id, ${sql.lit(WEIGHT.topic)} as w from (
      select resource_id from resource_topics where topic_id = ${topic_id} and listed_on is not null and resource_id <> ${id}
      order by listed_on desc, resource_id desc limit ${sql.lit(PER_SOURCE)}) c`);
  }
  if (resource.series_id !== null) {
    sources.push(sql`select c.resource_id, ${sql.lit(WEIGHT.series)} as w from (
      select id as resource_id from resources where series_id = ${resource.series_id} and id <> ${id}
      order by id desc limit ${sql.lit(PER_SOURCE)}) c`);
  }
  if (sources.length === 0) return [];
  const original = resource.translation_of_id ?? -1;
  const rows = await sql<{ id: number }>`
    select r.id from (
      select resource_id, sum(w) as score from (${sql.join(sources, sql` union all `)}) s group by resource_id
    ) scored
    join resources r on r.id = scored.resource_id
    where r.status = 'published'
      and r.id <> ${original}
      and (r.translation_of_id is null or (r.translation_of_id <> ${id} and r.translation_of_id <> ${original}))
      and not exists (
        select 1 from resource_supersedes rs join resources newer on newer.id = rs.resource_id
        where rs.superseded_id = r.id and newer.status = 'published'
      )
    order by scored.score desc, r.published_on desc, r.id desc
    limit ${sql.lit(RELATED_LIMIT)}`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}
