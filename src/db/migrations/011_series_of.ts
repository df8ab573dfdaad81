import { sql, type Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * `resources.series_of`: the part count each resource gives its series ("part 2 of 5"), kept on
 * the resource itself. `series.parts`, which the public pages show, now follows only published
 * resources: an unpublished part's own count waits here until it is published, so an edit to a
 * draft never changes what readers see of the series. Existing rows take their series' count.
 */
export function seriesOfSchema(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('resources').addColumn('series_of', 'integer').execute();
      await sql`update resources set series_of = (select parts from series where series.id = resources.series_id) where series_id is not null`.execute(db);
    },
  };
}
