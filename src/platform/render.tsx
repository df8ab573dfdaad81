import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { Layout, type PageMeta } from './views/layout.tsx';
import type { AppContext, ViewContext } from './http.ts';

/** Builds the view context for the current request. */
export function viewContext(c: AppContext, baseUrl: string, stylesheet: string): ViewContext {
  const q = c.req.query('q');
  return {
    locale: c.get('locale'),
    t: c.get('t'),
    organization: c.get('organization'),
    baseUrl,
    neutralPath: c.get('neutralPath'),
    search: typeof q === 'string' ? q.slice(0, 200) : '',
    stylesheet,
    query: new URL(c.req.url).search,
  };
}

export type PageStatus = 200 | 400 | 404 | 500 | 503;

/** Renders a full HTML document inside the site layout. */
export function renderPage(c: AppContext, view: ViewContext, meta: PageMeta, body: Child, status: PageStatus = 200) {
  return c.html(
    <>
      {raw('<!DOCTYPE html>')}
      <Layout view={view} meta={meta}>{body}</Layout>
    </>,
    status,
  );
}
