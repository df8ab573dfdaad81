import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { SuggestService } from './search.suggest.ts';
import { SearchTipsPage } from './views/SearchTipsPage.tsx';

const suggesters = new WeakMap<Site, SuggestService>();

/** The suggestion service of an app (one per Site, so each app keeps its own caches). */
function suggesterOf(site: Site): SuggestService {
  let service = suggesters.get(site);
  if (!service) suggesters.set(site, (service = new SuggestService(site.deps.db)));
  return service;
}

/**
 * Visitors' side of search: the tips page and as-you-type suggestions (`GET /search/suggest?q=`,
 * JSON, read by public/suggest.js). Mounted at `/` and `/es`, so both come in each language.
 */
export function searchPublic(site: Site) {
  const app = new Hono<AppEnv>();

  app.get('/search-tips', (c) => {
    const view = site.view(c);
    return renderPage(c, view, { title: view.t('tips.title'), description: view.t('tips.description'), canonicalPath: '/search-tips' },
      <SearchTipsPage view={view} />);
  });

  app.get('/search/suggest', async (c) => {
    // Anything typed is acceptable: what cannot be a search is cleaned away, too little gives none.
    const q = c.req.query('q') ?? '';
    const suggestions = await suggesterOf(site).suggest(q, c.get('locale'), c.get('generation'));
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ suggestions });
  });

  return app;
}
