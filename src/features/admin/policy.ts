import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv, CurrentUser, Role } from '../../platform/http.ts';
import { sameOriginPath } from '../../platform/redirect.ts';

/** Everything a staff member may be allowed to do. Routes and views ask `can()` about these. */
export const ACTIONS = [
  'admin.enter',
  'account.self',
  'resource.create',
  'resource.edit',
  'resource.submit',
  'resource.review',
  'resource.publish',
  'resource.schedule',
  'resource.unpublish',
  'resource.archive',
  'resource.delete',
  'project.edit',
  'statement.edit',
  'page.edit',
  'document.create',
  'document.edit',
  'document.submit',
  'document.review',
  'document.publish',
  'document.schedule',
  'document.unpublish',
  'document.archive',
  'document.delete',
  'homepage.curate',
  'synonym.manage',
  'search.report',
  'taxonomy.manage',
  'settings.manage',
  'user.manage',
  'audit.read',
] as const;

/** One of ACTIONS. */
export type Action = (typeof ACTIONS)[number];

/** The item an action is about, when it matters: who wrote it and where it is in the workflow. */
export interface Subject {
  authorId?: number | null;
  status?: string;
}

/** Actions every signed-in account has, whatever its role. */
const EVERYONE: ReadonlySet<Action> = new Set(['admin.enter', 'account.self', 'resource.create', 'document.create']);

/** What an editor may do to anything (an admin may do all of it too). */
const EDITOR: ReadonlySet<Action> = new Set([
  ...EVERYONE,
  'resource.edit', 'resource.submit', 'resource.review', 'resource.publish', 'resource.schedule',
  'resource.unpublish', 'resource.archive',
  'project.edit', 'statement.edit', 'page.edit', 'homepage.curate',
  // Projects, statements and pages ("documents"): editors may also delete them, unlike resources,
  // which carry files and are cited by other resources.
  'document.edit', 'document.submit', 'document.review', 'document.publish', 'document.schedule',
  'document.unpublish', 'document.archive', 'document.delete',
  // Search vocabulary and what visitors search for are editorial matters: the attorneys and
  // communications staff who publish know the field's shorthand and decide what to write next.
  // A synonym takes effect on the public site at once, without review, so authors have neither.
  'synonym.manage', 'search.report',
]);

/** Actions an author may take on their own drafts, and only there. */
const AUTHOR_OWN_DRAFT: ReadonlySet<Action> = new Set(['resource.edit', 'resource.submit', 'document.edit', 'document.submit']);

/**
 * Decides whether `user` may do `action` (to `subject`, for per-item actions). Pure: the one place
 * that knows who may do what. Admins may do everything; editors everything but manage users,
 * taxonomy and settings, read the audit log or delete resources (they may delete projects, statements
 * and pages; they edit search synonyms and read the search report); authors create resources and documents and edit or submit their own drafts. An author asked about edit/submit without a subject is refused: load the item
 * and ask again with it. Disabled accounts never reach here (they have no session).
 */
export function can(user: Pick<CurrentUser, 'id' | 'role'> | null, action: Action, subject?: Subject): boolean {
  if (!user) return false;
  const role: Role = user.role;
  if (role === 'admin') return true;
  if (role === 'editor') return EDITOR.has(action);
  if (role === 'author') {
    if (EVERYONE.has(action)) return true;
    if (!AUTHOR_OWN_DRAFT.has(action) || !subject) return false;
    return subject.authorId != null && subject.authorId === user.id && subject.status === 'draft';
  }
  return false;
}

/**
 * A local path to return to after signing in, or null: only a path on this site, resolved against
 * BASE_URL by the shared redirect check, so `next` cannot send anyone to another site.
 */
export function safeNext(next: unknown, baseUrl: string): string | null {
  return sameOriginPath(next, baseUrl);
}

/** Where an anonymous visitor is sent: the login page, remembering where they were going. */
export function loginRedirect(path: string, method: string, baseUrl: string): string {
  const next = method === 'GET' ? safeNext(path, baseUrl) : null;
  return next && next !== '/admin' ? `/admin/login?next=${encodeURIComponent(next)}` : '/admin/login';
}

/** The action the route middleware checks, readable from `app.routes` by the route-walk test. */
export const ROUTE_ACTION = Symbol.for('haven.routeAction');

type Guard = MiddlewareHandler<AppEnv> & { [ROUTE_ACTION]?: Action | 'signed-in' };

/**
 * Route middleware: anonymous visitors are sent to the login page (HTML) or answered 401 (other
 * clients); signed-in users are let through.
 */
export const requireUser: Guard = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('user')) {
    const wantsHtml = (c.req.header('accept') ?? 'text/html').includes('text/html') || c.req.method !== 'GET';
    if (!wantsHtml) throw new AppError('unauthorized', c.get('t')('admin.error.signin_required'));
    return c.redirect(loginRedirect(c.req.path + (new URL(c.req.url).search), c.req.method, c.req.url), 303);
  }
  await next();
});
requireUser[ROUTE_ACTION] = 'signed-in';

/**
 * Route middleware: requires a signed-in user who `can(action)` (without a subject: the coarse,
 * role-level check; per-item checks happen in the handler once the item is loaded). Refusals are a
 * 403 page that says so.
 */
export function authorize(action: Action): Guard {
  const guard: Guard = createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    if (!user) return requireUser(c, next);
    if (!can(user, action)) throw new AppError('forbidden', c.get('t')('admin.error.forbidden'), { action });
    await next();
  });
  guard[ROUTE_ACTION] = action;
  return guard;
}
