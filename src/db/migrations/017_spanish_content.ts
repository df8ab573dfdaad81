import type { Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * Spanish values for the organization's own text that lives in tables (issue 14, "Spanish-first
 * /es"): a featured block's teaser (`homepage_features.teaser_es`) and a project's name and
 * description (`projects.name_es`, `projects.summary_es`). NULL means "not translated yet": /es
 * pages then show the English value, marked as English. The homepage's mission and hero text
 * are in the `homepage` settings document, which needs no column (`missionEs`, `heroAltEs`).
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function spanishContentSchema(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('homepage_features').addColumn('teaser_es', 'text').execute();
      await db.schema.alterTable('projects').addColumn('name_es', 'text').execute();
      await db.schema.alterTable('projects').addColumn('summary_es', 'text').execute();
    },
  };
}
