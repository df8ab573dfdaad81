import { Hono } from 'hono';
import { libraryOf } from '../resources/index.ts';
import { etag } from 'hono/etag';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import { languageName } from '../../platform/i18n/languages.ts';
import type { Site } from '../../platform/site.ts';
import { findPublishedProject } from '../projects/index.ts';
import { listLibrary, topicsForResources } from '../resources/index.ts';
import { libraryQueryString, parseLibraryQuery } from '../resources/index.ts';
import { authorityCite, authoritySubtree, findAuthority } from '../authorities/index.ts';
import { fullName, keyToSlug, slugToKey } from '../citations/index.ts';
import { FEED_SIZE, buildAtomFeed } from './atom.ts';
import { authorsForResources } from './feeds.repo.ts';

/** The filters the resource feed accepts; anything else is a 400. */
export const FEED_PARAMS = ['type', 'topic', 'lang', 'project', 'authority'] as const;
const SLUG = /^[a-z0-9-]{1,120}$/;

/** `GET /feeds/resources.atom`: the 50 newest published resources, optionally filtered. Not localized. */
export function feedsPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db, config } = site.deps;
  const baseUrl = config.baseUrl;

  app.use('/feeds/*', etag({ weak: true }));

  app.get('/feeds/resources.atom', async (c) => {
    // Validate: the library's own rules for type, topic and lang; a project slug of the same shape.
    const params = new URL(c.req.url).searchParams;
    const parsed = parseLibraryQuery(params, { allowed: FEED_PARAMS, strict: true });
    if (!parsed.ok) throw badRequest(`${parsed.problems.map((p) => p.message).join('; ')}.`, { problems: parsed.problems });
    const projectSlug = params.get('project')?.trim() || undefined;
    if (projectSlug !== undefined && !SLUG.test(projectSlug)) throw badRequest('"project" must be lower-case letters, digits and hyphens.', { param: 'project' });
    const authoritySlug = params.get('authority')?.trim() || undefined;
    if (params.getAll('authority').length > 1) throw badRequest('"authority" was given more than once; give it once.', { param: 'authority' });
    const authorityKey = authoritySlug === undefined ? undefined : authoritySlug.length <= 200 ? slugToKey(authoritySlug) : null;
    if (authorityKey === null) throw badRequest('"authority" must be an authority\'s address name, such as ina-212-h.', { param: 'authority' });
    const { type, topic, lang } = parsed.query;

    // Load: an unknown type, topic or project is a feed that does not exist.
    const generation = c.get('generation');
    const taxonomy = await libraryOf(site).taxonomy(generation);
    const typeRow = type ? taxonomy.types.find((t) => t.slug === type) : undefined;
    if (type && !typeRow) throw notFound(`There is no resource type called "${type}".`);
    const topicRow = topic ? taxonomy.topics.find((t) => t.slug === topic) : undefined;
    if (topic && !topicRow) throw notFound(`There is no topic called "${topic}".`);
    const project = projectSlug ? await findPublishedProject(db, projectSlug) : undefined;
    if (projectSlug && !project) throw notFound(`There is no project called "${projectSlug}".`);
    const authority = authorityKey ? await findAuthority(db, authorityKey) : undefined;
    if (authorityKey && !authority) throw notFound(`No resource cites "${authoritySlug}".`);
    const authorityName = authority ? (await authorityCite(db, authority.key, authority.kind)) ?? fullName(authority.key) : undefined;

    const scope = {
      ...(project ? { projectId: project.id } : {}),
      ...(authority ? { authorityKeys: await authoritySubtree(db, authority.key) } : {}),
    };
    const filter = await libraryOf(site).resolveFilter({ type, topic, lang, sort: 'newest', page: 1 }, generation, scope);
    const items = await listLibrary(db, filter, 'newest', FEED_SIZE, 0);
    const ids = items.map((i) => i.id);
    const [topics, authors] = await Promise.all([topicsForResources(db, ids), authorsForResources(db, ids)]);

    // Present: the canonical spelling of this feed's address, and the page showing the same list.
    const selfQuery = new URLSearchParams();
    const authorityParam = authority ? keyToSlug(authority.key) : undefined;
    for (const [key, value] of [['type', type], ['topic', topic], ['lang', lang], ['project', projectSlug], ['authority', authorityParam]] as const) {
      if (value) selfQuery.set(key, value);
    }
    const selfUrl = `${baseUrl}/feeds/resources.atom${selfQuery.size ? `?${selfQuery}` : ''}`;
    const alternateUrl = authorityParam
      ? `${baseUrl}/authorities/${authorityParam}${libraryQueryString({ type, topic, lang })}`
      : project
      ? `${baseUrl}/projects/${project.slug}`
      : `${baseUrl}/resources${libraryQueryString({ type, topic, lang })}`;
    const named = [authorityName, project?.name, topicRow?.name, typeRow?.name, lang ? languageName(lang, 'en') : undefined].filter(Boolean);
    const organization = c.get('organization');
    const xml = buildAtomFeed({
      baseUrl, selfUrl, alternateUrl,
      title: `${organization.name}: Resources${named.length ? ` (${named.join(', ')})` : ''}`,
      subtitle: `The ${FEED_SIZE} newest resources in the library, by publication date.`,
      organization,
      entries: items.map((item) => ({ item, topics: topics.get(item.id) ?? [], authors: authors.get(item.id) ?? [] })),
    });
    return c.body(xml, 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    });
  });

  return app;
}
