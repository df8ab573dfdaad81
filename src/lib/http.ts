import type { Context } from 'hono';
import type { Config } from '../config.ts';
import type { Db, PoolStats } from '../db/database.ts';
import type { Dialect } from '../db/dialect.ts';
import type { Organization } from '../features/home/settings.schema.ts';
import type { Clock } from './clock.ts';
import type { Locale, Translate } from './i18n/index.ts';
import type { Logger } from './logger.ts';

/** What every feature's sub-app is built from. */
export interface AppDeps {
  db: Db;
  dialect: Dialect;
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The database connections this process holds (for /metrics); absent in tests that do not need it. */
  dbPool?: () => PoolStats;
}

export const ROLES = ['admin', 'editor', 'author'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in staff member, as the session middleware puts it on the context. */
export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** The request-scoped values middleware puts on the Hono context. */
export interface AppVariables {
  /** Set by the auth feature's session middleware on /admin routes; null when signed out. */
  user: CurrentUser | null;
  /** The CSRF token to embed in this request's forms (auth feature). */
  csrfToken: string;
  locale: Locale;
  t: Translate;
  /** The request path without its locale prefix, e.g. `/resources` for `/es/resources`. */
  neutralPath: string;
  generation: number;
  organization: Organization;
  requestId: string;
}

export type AppEnv = { Variables: AppVariables };
export type AppContext = Context<AppEnv>;

/** Everything a layout needs to render the frame around a page; built once per request. */
export interface ViewContext {
  locale: Locale;
  t: Translate;
  organization: Organization;
  baseUrl: string;
  neutralPath: string;
  search: string;
  stylesheet: string;
  /** The request's query string with its `?` (or ''), so the language switch keeps the visitor's filters. */
  query?: string;
}
