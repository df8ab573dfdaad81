import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import { localePath } from '../../platform/i18n/index.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { listHelpEntries } from './help.repo.ts';
import { HelpPage } from './views/HelpPage.tsx';

/** The page the help page was before it had its own fields (staff edited it as text); its address redirects here. */
export const HELP_PAGE_SLUG = 'find-legal-help';
const OLD_HELP_PATH = `/pages/${HELP_PAGE_SLUG}`;

/**
 * `GET /help` (and `/es/help`, each language's): the "Find legal help" page staff edit at
 * /admin/help. The page's former address answers 301 to it, so links to it keep working.
 */
export function helpPublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;

  app.get('/help', async (c) => {
    const view = site.view(c);
    const t = view.t;
    return renderPage(c, view, { title: t('help.title'), description: t('help.description'), canonicalPath: '/help' },
      <HelpPage view={view} entries={await listHelpEntries(db)} />,
    );
  });

  app.get(OLD_HELP_PATH, (c) => c.redirect(localePath(c.get('locale'), '/help'), 301));

  return app;
}
