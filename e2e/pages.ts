import { demoPages, demoProjects, demoStatement } from '../src/features/seed/demo/projects.ts';
import { demoResources } from '../src/features/seed/demo/resources.ts';
import { demoTopics } from '../src/features/seed/demo/taxonomy.ts';

/** A kind of public page, by its locale-neutral path and the status it answers with. */
export interface PublicPage {
  name: string;
  path: string;
  status: 200 | 400 | 404;
  /** Half of the pages, so the accessibility audit splits into files that each finish in time. */
  group: 'library' | 'site';
}

const find = (test: (r: (typeof demoResources)[number]) => boolean, what: string) => {
  const found = demoResources.find(test);
  if (!found) throw new Error(`the demo content has no ${what}`);
  return found;
};

/** Demo resources that show each part of the resource page. */
export const demo = {
  series: find((r) => r.series?.part === 1, 'series'),
  translation: find((r) => Boolean(r.translationOf), 'translation'),
  /** A resource that has a translation and replaces an older one. */
  original: find((r) => Boolean(r.supersedes?.length) && demoResources.some((t) => t.translationOf === r.slug), 'translated, superseding resource'),
  superseded: find((r) => demoResources.some((n) => n.supersedes?.includes(r.slug)), 'superseded resource'),
  attachment: find((r) => Boolean(r.attachments?.length), 'resource with a download'),
  topic: demoTopics[0],
  project: demoProjects[0],
};

/** One of every kind of public page, in the order a visitor meets them. */
export const PUBLIC_PAGES: PublicPage[] = [
  { name: 'home', path: '/', status: 200, group: 'library' },
  { name: 'library', path: '/resources', status: 200, group: 'library' },
  { name: 'library, filtered by type, topic and language', path: `/resources?type=practice-advisory&topic=${demo.topic.slug}&lang=en`, status: 200, group: 'library' },
  { name: 'library, searched and sorted by title', path: '/resources?q=immigration&sort=title', status: 200, group: 'library' },
  { name: 'library, between two dates, oldest first, page 2', path: '/resources?from=2010-01-01&to=2024-12-31&sort=oldest&page=2', status: 200, group: 'library' },
  { name: 'library, no results', path: '/resources?q=zzzzqqqq', status: 200, group: 'library' },
  { name: 'resource in a series', path: `/resources/${demo.series.slug}`, status: 200, group: 'library' },
  { name: 'resource that is a translation', path: `/resources/${demo.translation.slug}`, status: 200, group: 'library' },
  { name: 'resource with translations that replaces another', path: `/resources/${demo.original.slug}`, status: 200, group: 'library' },
  { name: 'superseded resource', path: `/resources/${demo.superseded.slug}`, status: 200, group: 'library' },
  { name: 'resource with a download', path: `/resources/${demo.attachment.slug}`, status: 200, group: 'library' },
  { name: 'library, filtered search with no results (ways out with counts)', path: '/resources?q=asylum&type=practice-advisory&from=2030-01-01', status: 200, group: 'library' },
  { name: 'search tips', path: '/search-tips', status: 200, group: 'site' },
  { name: 'topic index', path: '/topics', status: 200, group: 'site' },
  { name: 'topic', path: `/topics/${demo.topic.slug}`, status: 200, group: 'site' },
  { name: 'authority index', path: '/authorities', status: 200, group: 'site' },
  { name: 'authority index, filtered', path: '/authorities?q=212&kind=statute', status: 200, group: 'site' },
  { name: 'authority with subsections', path: '/authorities/ina-212', status: 200, group: 'site' },
  { name: 'authority cited by name', path: '/authorities/23-in-dec-621', status: 200, group: 'site' },
  { name: 'project index', path: '/projects', status: 200, group: 'site' },
  { name: 'project', path: `/projects/${demo.project.slug}`, status: 200, group: 'site' },
  { name: 'about page', path: `/pages/${demoPages[0].slug}`, status: 200, group: 'site' },
  { name: 'find legal help page', path: '/help', status: 200, group: 'site' },
  { name: 'statement', path: `/statements/${demoStatement.slug}`, status: 200, group: 'site' },
  { name: 'not found (404)', path: '/no/such/page', status: 404, group: 'site' },
  { name: 'bad library query (400)', path: '/resources?from=2024-02-31&page=0', status: 400, group: 'site' },
  { name: 'library search form with errors beside the fields (400)', path: '/resources?q=asylum&from=2024-05-01&to=2024-01-01&type=practice-advisory', status: 400, group: 'site' },
];

/** The path of a page in a locale. */
export function inLocale(path: string, locale: 'en' | 'es'): string {
  if (locale === 'en') return path;
  return path === '/' ? '/es' : `/es${path}`;
}
