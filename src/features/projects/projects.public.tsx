import { Hono } from 'hono';
import { notFound } from '../../lib/errors.ts';
import type { AppEnv } from '../../lib/http.ts';
import { localePath } from '../../lib/i18n/index.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { renderPage } from '../../lib/render.tsx';
import type { Site } from '../../lib/site.ts';
import { Pagination, Prose } from '../../views/components.tsx';
import { libraryQueryOrThrow } from '../resources/resources.public.tsx';
import { ResourceCard } from '../resources/views/ResourceCard.tsx';
import { findPublishedProject, listPublishedProjects } from './projects.repo.ts';

/** Project index and project pages: description plus the project's resources, paged. */
export function projectsPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;

  app.get('/projects', async (c) => {
    const projects = await listPublishedProjects(db);
    const view = site.view(c);
    const { t, locale } = view;
    return renderPage(c, view, { title: t('projects.title'), description: t('projects.title') },
      <div class="wrap">
        <h1>{t('projects.title')}</h1>
        <ul class="project-list">
          {projects.map((p) => (
            <li class="card">
              <h2><a href={localePath(locale, `/projects/${p.slug}`)}>{p.name}</a></h2>
              <p>{p.summary}</p>
            </li>
          ))}
        </ul>
      </div>,
    );
  });

  app.get('/projects/:slug', async (c) => {
    const query = libraryQueryOrThrow(c, ['page']);
    const project = await findPublishedProject(db, c.req.param('slug'));
    if (!project) throw notFound('We could not find that project.');
    const generation = c.get('generation');
    const result = await site.library.search({ projectId: project.id }, query, generation);
    const view = site.view(c);
    const { t, locale } = view;
    const base = localePath(locale, `/projects/${project.slug}`);
    return renderPage(c, view, { title: project.name, description: project.summary, canonicalPath: `/projects/${project.slug}` },
      <div class="wrap">
        <header class="page-header">
          <h1>{project.name}</h1>
          <p class="lead">{project.summary}</p>
        </header>
        {project.body ? <Prose html={renderMarkdown(project.body)} /> : null}
        <section aria-labelledby="project-resources">
          <h2 id="project-resources">{t('project.resources')}</h2>
          <p class="result-count">{t('library.results', { count: result.total })}</p>
          <ol class="result-list">
            {result.items.map((item) => <li><ResourceCard view={view} item={item} topics={result.topicsByResource.get(item.id)} /></li>)}
          </ol>
          <Pagination view={view} page={result.page} pages={result.pages} href={(p) => (p === 1 ? base : `${base}?page=${p}`)} />
        </section>
      </div>,
    );
  });

  return app;
}
