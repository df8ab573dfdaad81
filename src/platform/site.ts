import type { Hono } from 'hono';
import { AssetManifest } from './assets.ts';
import type { AppContext, AppDeps, AppEnv, ViewContext } from './http.ts';
import { renderPage, viewContext, type PageStatus } from './render.tsx';
import type { PageMeta } from './views/layout.tsx';
import type { Child } from 'hono/jsx';

/**
 * The long-lived objects the features share: dependencies and the asset manifest. Built once by
 * createApp. A feature that keeps per-node caches keys them on its Site (see the resources
 * feature's libraryOf), so each app has its own.
 */
export class Site {
  readonly assets: AssetManifest;

  constructor(readonly deps: AppDeps) {
    this.assets = new AssetManifest();
  }

  /** The view context of a request. */
  view(c: AppContext): ViewContext {
    return viewContext(c, this.deps.config.baseUrl, this.assets.stylesheet);
  }

  /** Renders a page in the site layout. */
  page(c: AppContext, meta: PageMeta, body: Child, status: PageStatus = 200) {
    return renderPage(c, this.view(c), meta, body, status);
  }
}

export type FeatureApp = (site: Site) => Hono<AppEnv>;
