import { Hono } from 'hono';
import { notFound } from '../../lib/errors.ts';
import type { AppEnv } from '../../lib/http.ts';
import { CONTENT_LANGUAGE, formatDate, langIf } from '../../lib/i18n/index.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { renderPage } from '../../lib/render.tsx';
import type { Site } from '../../lib/site.ts';
import { Prose } from '../../views/components.tsx';
import { findPublishedPage, findPublishedStatement } from './pages.repo.ts';

const SLUG = /^[a-z0-9-]{1,120}$/;

/** Static pages (`/pages/about`) and the organization's statements (`/statements/:slug`). */
export function pagesPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;

  app.get('/pages/:slug', async (c) => {
    const slug = c.req.param('slug');
    const page = SLUG.test(slug) ? await findPublishedPage(db, slug) : undefined;
    if (!page) throw notFound();
    const view = site.view(c);
    return renderPage(c, view, { title: page.title, description: page.summary || page.title, canonicalPath: `/pages/${slug}` },
      <article class="wrap narrow" lang={langIf(CONTENT_LANGUAGE, view.locale)}>
        <h1>{page.title}</h1>
        {page.summary ? <p class="lead">{page.summary}</p> : null}
        <Prose html={renderMarkdown(page.body)} />
      </article>,
    );
  });

  app.get('/statements/:slug', async (c) => {
    const slug = c.req.param('slug');
    const statement = SLUG.test(slug) ? await findPublishedStatement(db, slug) : undefined;
    if (!statement) throw notFound();
    const view = site.view(c);
    return renderPage(c, view, { title: statement.title, description: statement.summary, ogType: 'article', canonicalPath: `/statements/${slug}` },
      <article class="wrap narrow" lang={langIf(CONTENT_LANGUAGE, view.locale)}>
        <p class="eyebrow" lang={langIf(view.locale, CONTENT_LANGUAGE)}>
          {view.t('resource.published')} <time datetime={statement.published_on}>{formatDate(statement.published_on, view.locale)}</time>
        </p>
        <h1>{statement.title}</h1>
        <p class="lead">{statement.summary}</p>
        <Prose html={renderMarkdown(statement.body)} />
      </article>,
    );
  });

  return app;
}
