import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { LOCALES, formatDate, localePath, type MessageKey } from '../../platform/i18n/index.ts';
import { languageName } from '../../platform/i18n/languages.ts';
import type { Site } from '../../platform/site.ts';
import { findPublishedProject } from '../projects/index.ts';
import { libraryOf, libraryQueryString, listLibrary, parseLibraryQuery, topicsForResources } from '../resources/index.ts';
import { authorityCite, authoritySubtree, findAuthority } from '../authorities/index.ts';
import { fullName, keyToSlug, slugToKey } from '../citations/index.ts';
import { FEED_SIZE, buildAtomFeed } from './atom.ts';
import { authorsForResources } from './feeds.repo.ts';

/** The filters the resource feed accepts (the library's, without order and page, a project and an authority); anything else is a 400. */
export const FEED_PARAMS = ['q', 'type', 'topic', 'lang', 'audience', 'from', 'to', 'project', 'authority'] as const;
const SLUG = /^[a-z0-9-]{1,120}$/;

/**
 * `GET /feeds/resources.atom`, `/es/feeds/resources.atom` (and each interface language's): the 50 newest published resources
 * matching the same words and filters as a library page (so a page's feed link follows its
 * search), newest first; the Spanish feed is titled in Spanish and links to the Spanish pages.
 */
export function feedsPublic(site: Site) {
  const app = new Hono<AppEnv>();
  for (const locale of LOCALES) {
    app.use(localePath(locale, '/feeds/*'), etag({ weak: true }));
    app.get(localePath(locale, '/feeds/resources.atom'), (c) => resourceFeed(site, c));
  }
  return app;
}

async function resourceFeed(site: Site, c: AppContext): Promise<Response> {
  const { db, config } = site.deps;
  const baseUrl = config.baseUrl;
  const locale = c.get('locale');
  const t = c.get('t');
  // Validate: the library's own rules; a project slug of the same shape.
  const params = new URL(c.req.url).searchParams;
  const parsed = parseLibraryQuery(params, { allowed: FEED_PARAMS, strict: true });
  if (!parsed.ok) throw badRequest(`${parsed.problems.map((p) => p.message).join('; ')}.`, { problems: parsed.problems });
  const projectSlug = params.get('project')?.trim() || undefined;
  if (projectSlug !== undefined && !SLUG.test(projectSlug)) throw badRequest('"project" must be lower-case letters, digits and hyphens.', { param: 'project' });
  const authoritySlug = params.get('authority')?.trim() || undefined;
  if (params.getAll('authority').length > 1) throw badRequest('"authority" was given more than once; give it once.', { param: 'authority' });
  const authorityKey = authoritySlug === undefined ? undefined : authoritySlug.length <= 200 ? slugToKey(authoritySlug) : null;
  if (authorityKey === null) throw badRequest('"authority" must be an authority\'s address name, such as ina-212-h.', { param: 'authority' });
  const { q, type, topic, lang, audience, from, to } = parsed.query;

  // Load: an unknown type, topic or project is a feed that does not exist.
  const generation = c.get('generation');
  const library = libraryOf(site);
  const taxonomy = await library.taxonomy(generation, locale);
  const typeRow = type ? taxonomy.types.find((x) => x.slug === type) : undefined;
  if (type && !typeRow) throw notFound(`There is no resource type called "${type}".`);
  const topicRow = topic ? taxonomy.topics.find((x) => x.slug === topic) : undefined;
  if (topic && !topicRow) throw notFound(`There is no topic called "${topic}".`);
  const project = projectSlug ? await findPublishedProject(db, projectSlug) : undefined;
  if (projectSlug && !project) throw notFound(`There is no project called "${projectSlug}".`);
  const authority = authorityKey ? await findAuthority(db, authorityKey) : undefined;
  if (authorityKey && !authority) throw notFound(`No resource cites "${authoritySlug}".`);
  const authorityName = authority ? (await authorityCite(db, authority.key, authority.kind)) ?? fullName(authority.key, locale) : undefined;
  const authorityParam = authority ? keyToSlug(authority.key) : undefined;

  const query = { q, type, topic, lang, audience, from, to, sort: 'newest' as const, page: 1 };
  const scopeOf = {
    ...(project ? { projectId: project.id } : {}),
    ...(authority ? { authorityKeys: await authoritySubtree(db, authority.key) } : {}),
  };
  const filter = await library.resolveFilter(query, generation, scopeOf);
  // Newest first among the matches: words choose what is in the feed, never its order.
  const items = q ? (await library.page(filter, query, FEED_SIZE, generation, locale)).items : await listLibrary(db, filter, 'newest', FEED_SIZE, 0, locale);
  const ids = items.map((i) => i.id);
  const [topics, authors] = await Promise.all([topicsForResources(db, ids, locale), authorsForResources(db, ids)]);

  // Present: the canonical spelling of this feed's address, and the page showing the same list.
  const selfQuery = new URLSearchParams();
  for (const key of FEED_PARAMS) {
    const value = key === 'project' ? projectSlug : key === 'authority' ? authorityParam : parsed.query[key];
    if (value) selfQuery.set(key, value);
  }
  const selfUrl = `${baseUrl}${localePath(locale, '/feeds/resources.atom')}${selfQuery.size ? `?${selfQuery}` : ''}`;
  const listed = libraryQueryString({ q, type, topic, lang, audience, from, to });
  const alternateUrl = baseUrl + localePath(locale, authorityParam ? `/authorities/${authorityParam}${listed}` : project ? `/projects/${project.slug}` : `/resources${listed}`);
  const scope = [
    authorityName, project?.name, topicRow?.name, typeRow?.name, lang ? languageName(lang, locale) : undefined,
    audience ? t(`audience.${audience}` as MessageKey) : undefined,
    from ? `${t('library.filter.from')} ${formatDate(from, locale)}` : undefined,
    to ? `${t('library.filter.to')} ${formatDate(to, locale)}` : undefined,
  ].filter(Boolean);
  const organization = c.get('organization');
  const title = q ? t('feed.title.search', { q }) : t('feed.title');
  const xml = buildAtomFeed({
    baseUrl, selfUrl, alternateUrl, localePrefix: localePath(locale, ''),
    title: `${organization.name}: ${title}${scope.length ? ` (${scope.join(', ')})` : ''}`,
    subtitle: t(q ? 'feed.subtitle.search' : 'feed.subtitle', { count: FEED_SIZE }),
    organization,
    entries: items.map((item) => ({ item, topics: topics.get(item.id) ?? [], authors: authors.get(item.id) ?? [] })),
  });
  return c.body(xml, 200, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
  });
}
