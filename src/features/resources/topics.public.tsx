import { Hono } from 'hono';
import { libraryOf } from './library.service.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import { langIf, localePath } from '../../platform/i18n/index.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { feedHref, libraryQueryOrForm } from './resources.public.tsx';
import { LibraryView } from './views/LibraryView.tsx';
import { noteSearch } from '../search-report/index.ts';

/**
 * Topic index and topic pages (the library scoped to one topic). Names and descriptions come
 * localized from the taxonomy (Spanish on /es where an admin gave one); `topic.lang` says which
 * language each name is in, so an English fallback is marked `lang="en"` on a Spanish page.
 */
export function topicsPublic(site: Site) {
  const app = new Hono<AppEnv>();

  app.get('/topics', async (c) => {
    const generation = c.get('generation');
    const locale = c.get('locale');
    const taxonomy = await libraryOf(site).taxonomy(generation, locale);
    const result = await libraryOf(site).search({}, { sort: 'newest', page: 1 }, generation, locale);
    const view = site.view(c);
    const { t } = view;
    return renderPage(c, view, { title: t('topics.title'), description: t('topics.description') },
      <div class="wrap">
        <h1>{t('topics.title')}</h1>
        <p class="lead">{t('topics.description')}</p>
        <ul class="topic-grid">
          {taxonomy.topics.map((topic) => (
            <li class="card">
              <h2 lang={langIf(topic.lang, locale)}><a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a></h2>
              {topic.description ? <p lang={langIf(topic.descriptionLang, locale)}>{topic.description}</p> : null}
              <p class="meta">{view.t('library.results', { count: result.facets.topic.get(topic.id) ?? 0 })}</p>
            </li>
          ))}
        </ul>
      </div>,
    );
  });

  app.get('/topics/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw notFound(c.get('t')('error.404.topic'));
    const parsed = libraryQueryOrForm(c, site, `/topics/${slug}`, ['q', 'type', 'lang', 'audience', 'from', 'to', 'sort', 'page']);
    if (!parsed.ok) return parsed.response;
    const { query } = parsed;
    const generation = c.get('generation');
    const locale = c.get('locale');
    const taxonomy = await libraryOf(site).taxonomy(generation, locale);
    const topic = taxonomy.topics.find((x) => x.slug === slug);
    if (!topic) throw notFound(c.get('t')('error.404.topic'));
    const filter = await libraryOf(site).resolveFilter(query, generation, { topicId: topic.id });
    const result = await libraryOf(site).search(filter, query, generation, locale);
    noteSearch(c, { q: query.q, page: query.page, results: result.total, suggested: Boolean(result.search?.suggestion), filtered: true });
    const view = site.view(c);
    const feed = feedHref(view.locale, query, { topic: topic.slug });
    return renderPage(c, view,
      {
        title: topic.name,
        description: topic.description || `${view.t('topic.resources')}: ${topic.name}`,
        canonicalPath: `/topics/${topic.slug}`,
        feeds: [{ title: `${topic.name} (Atom)`, href: feed }],
      },
      <LibraryView view={view} result={result} query={query} basePath={`/topics/${topic.slug}`} heading={topic.name} intro={topic.description} fixed={['topic']} feedHref={feed}
        headingLang={langIf(topic.lang, view.locale)} />,
    );
  });

  return app;
}
