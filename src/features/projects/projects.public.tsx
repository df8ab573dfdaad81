import { Hono } from 'hono';
import { libraryOf } from '../resources/index.ts';
import { redirectIfMoved } from '../../content/moved.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import { langIf, localePath } from '../../platform/i18n/index.ts';
import { localized } from '../../platform/i18n/localized.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { FallbackNote, Pagination } from '../../platform/views/components.tsx';
import { libraryQueryOrThrow } from '../resources/index.ts';
import { ResourceCard } from '../resources/index.ts';
import { ProjectIntro } from '../pages/index.ts';
import { findPublishedProject, listPublishedProjects } from './projects.repo.ts';

/** Project index and project pages: description plus the project's resources, paged. */
export function projectsPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;

  app.get('/projects', async (c) => {
    const projects = await listPublishedProjects(db);
    const view = site.view(c);
    const { t, locale } = view;
    return renderPage(c, view, { title: t('projects.title'), description: t('projects.description') },
      <div class="wrap">
        <h1>{t('projects.title')}</h1>
        <p class="lead">{t('projects.description')}</p>
        <ul class="project-list">
          {projects.map((p) => {
            const name = localized(locale, p.name, p.name_es);
            const summary = localized(locale, p.summary, p.summary_es);
            return (
              <li class="card">
                <h2><a href={localePath(locale, `/projects/${p.slug}`)} lang={langIf(name.lang, locale)}>{name.text}</a></h2>
                <p><span lang={langIf(summary.lang, locale)}>{summary.text}</span><FallbackNote view={view} lang={summary.lang} /></p>
              </li>
            );
          })}
        </ul>
      </div>,
    );
  });

  app.get('/projects/:slug', async (c) => {
    const query = libraryQueryOrThrow(c, ['page']);
    const project = await findPublishedProject(db, c.req.param('slug'));
    if (!project) {
      const moved = await redirectIfMoved(c, db, { entity: 'project', table: 'projects', base: '/projects' }, c.req.param('slug'));
      if (moved) return moved;
      throw notFound(c.get('t')('error.404.project'));
    }
    const generation = c.get('generation');
    const result = await libraryOf(site).search({ projectId: project.id }, query, generation, c.get('locale'));
    const view = site.view(c);
    const { t, locale } = view;
    const base = localePath(locale, `/projects/${project.slug}`);
    const title = localized(locale, project.name, project.name_es).text;
    return renderPage(c, view, {
      title, description: localized(locale, project.summary, project.summary_es).text, canonicalPath: `/projects/${project.slug}`,
      feeds: [{ title: `${title} (Atom)`, href: `${localePath(locale, '/feeds/resources.atom')}?project=${project.slug}` }],
    },
      <div class="wrap">
        <ProjectIntro view={view} project={project} bodyHtml={await renderMarkdown(project.body)} />
        <section aria-labelledby="project-resources">
          <h2 id="project-resources">{t('project.resources')}</h2>
          <p class="result-count">{view.t('library.results', { count: result.total })}</p>
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
