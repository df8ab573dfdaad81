import type { Db } from '../../db/database.ts';

/** Published projects in curated order, each with how many published resources it holds. */
export async function listProjectsWithCounts(db: Db) {
  return db
    .selectFrom('projects')
    .select(['projects.id', 'projects.slug', 'projects.name', 'projects.summary'])
    .select((eb) =>
      eb.selectFrom('project_resources')
        .innerJoin('resources', 'resources.id', 'project_resources.resource_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('project_resources.project_id', '=', 'projects.id')
        .where('resources.status', '=', 'published')
        .as('count'),
    )
    .where('projects.status', '=', 'published')
    .orderBy('projects.position').orderBy('projects.id')
    .execute();
}
