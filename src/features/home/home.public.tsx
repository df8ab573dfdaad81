import { Hono } from 'hono';
import { GenerationCache } from '../../platform/content-cache.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { latestPublished } from '../resources/index.ts';
import { localized } from '../../platform/i18n/localized.ts';
import { listPublishedProjects } from '../projects/index.ts';
import { findMedia, listFeatureBlocks } from './home.repo.ts';
import { readSetting } from './settings.repo.ts';
import { homepageSchema } from './settings.schema.ts';
import { HomePage, type HomeProps } from './views/HomePage.tsx';

type HomeData = Omit<HomeProps, 'view'>;

/** The homepage; its data is cached per content generation, so edits show on the next request. */
export function homePublic(site: Site) {
  const app = new Hono<AppEnv>();
  const { db } = site.deps;
  // One entry per interface language: type names differ between / and /es.
  const cache = new GenerationCache<HomeData>(2);

  async function load(locale: Locale): Promise<HomeData> {
    const settings = homepageSchema.parse((await readSetting(db, 'homepage')) ?? { heroMediaId: null, heroAlt: '', mission: ' ' });
    const [heroMedia, features, projects, latest] = await Promise.all([
      settings.heroMediaId ? findMedia(db, settings.heroMediaId) : Promise.resolve(undefined),
      listFeatureBlocks(db, locale),
      listPublishedProjects(db),
      latestPublished(db, settings.latestCount, locale),
    ]);
    // The hero's alt text follows the page's language; a missing Spanish one falls back to English.
    const heroAlt = localized(locale, settings.heroAlt || heroMedia?.alt || '', settings.heroAltEs);
    return {
      hero: heroMedia ? { ...heroMedia, alt: heroAlt.text } : null,
      mission: localized(locale, settings.mission, settings.missionEs),
      features,
      projects,
      latest,
    };
  }

  app.get('/', async (c) => {
    const locale = c.get('locale');
    const data = await cache.get(locale, c.get('generation'), () => load(locale));
    const view = site.view(c);
    const org = view.organization;
    return renderPage(c, view, { title: org.name, description: data.mission.text.slice(0, 300), canonicalPath: '/', image: data.hero ? `/media/${data.hero.storage_key}-960.webp` : undefined },
      <HomePage view={view} {...data} />,
    );
  });

  return app;
}
