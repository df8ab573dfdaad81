import { Hono } from 'hono';
import { redirectIfMoved } from '../../content/moved.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { findPublishedPage, findPublishedStatement } from './pages.repo.ts';
import { PageArticle, StatementArticle } from './views/Articles.tsx';

const SLUG = /^[a-z0-9-]{1,120}$/;

/** Static pages (`/pages/about`) and the organization's statements (`/statements/:slug`); published ones only. */
export function pagesPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;

  app.get('/pages/:slug', async (c) => {
    const slug = c.req.param('slug');
    const page = SLUG.test(slug) ? await findPublishedPage(db, slug) : undefined;
    if (!page) {
      const moved = SLUG.test(slug) ? await redirectIfMoved(c, db, { entity: 'page', table: 'pages', base: '/pages' }, slug) : undefined;
      if (moved) return moved;
      throw notFound();
    }
    const view = site.view(c);
    return renderPage(c, view, { title: page.title, description: page.summary || page.title, canonicalPath: `/pages/${slug}` },
      <PageArticle view={view} page={page} bodyHtml={await renderMarkdown(page.body)} />,
    );
  });

  app.get('/statements/:slug', async (c) => {
    const slug = c.req.param('slug');
    const statement = SLUG.test(slug) ? await findPublishedStatement(db, slug) : undefined;
    if (!statement) {
      const moved = SLUG.test(slug) ? await redirectIfMoved(c, db, { entity: 'statement', table: 'statements', base: '/statements' }, slug) : undefined;
      if (moved) return moved;
      throw notFound();
    }
    const view = site.view(c);
    return renderPage(c, view, { title: statement.title, description: statement.summary, ogType: 'article', canonicalPath: `/statements/${slug}` },
      <StatementArticle view={view} statement={statement} bodyHtml={await renderMarkdown(statement.body)} />,
    );
  });

  return app;
}
