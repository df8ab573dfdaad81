import type { Context } from 'hono';
import type { Config } from '../config.ts';
import type { Organization } from './organization.ts';
import type { Clock } from './clock.ts';
import type { Locale, Translate } from './i18n/index.ts';
import type { Logger } from './logger.ts';

/**
 * What every feature's sub-app is built from. The platform declares the process-wide services;
 * the database layer adds the connection (`db`, `dialect`) by declaration merging in
 * src/db/database.ts, so this layer never imports the database.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** The database connections this process holds (for /metrics); absent in tests that do not need it. */
  dbPool?: () => PoolStats;
}

/** Connections of a database handle: open, idle, requests waiting for one, and the most it opens. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
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
  /** The signed-in session's stored id (the SHA-256 of its token), beside `user` (auth feature). */
  sessionId: string | undefined;
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
