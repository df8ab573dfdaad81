import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { ROLES, type Role } from '../../platform/http.ts';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, loginForm, openSession, signIn, type TestUser } from '../../../test/support/auth.ts';
import { ROUTE_ACTION, can, type Action } from './policy.ts';

/** Routes anyone may use: signing in. Every other /admin route must carry a guard. */
const PUBLIC = new Set(['GET /admin/login', 'POST /admin/login', 'GET /admin/login/2fa', 'POST /admin/login/2fa']);

type Guard = Action | 'signed-in';

/**
 * What each route of the accounts feature must require, written out independently of the code so
 * a route guarded by too weak an action fails here. Routes not listed (other features') are judged
 * by the guard they declare.
 */
const EXPECTED: Record<string, Guard> = {
  'GET /admin': 'admin.enter',
  'POST /admin/logout': 'signed-in',
  'GET /admin/account': 'account.self',
  'POST /admin/account/password': 'account.self',
  'GET /admin/account/2fa': 'account.self',
  'POST /admin/account/2fa/enable': 'account.self',
  'POST /admin/account/2fa/disable': 'account.self',
  'POST /admin/account/2fa/recovery-codes': 'account.self',
  'GET /admin/users': 'user.manage',
  'GET /admin/users/new': 'user.manage',
  'POST /admin/users': 'user.manage',
  'GET /admin/users/:id{[0-9]+}': 'user.manage',
  'POST /admin/users/:id{[0-9]+}/role': 'user.manage',
  'POST /admin/users/:id{[0-9]+}/status': 'user.manage',
  'POST /admin/users/:id{[0-9]+}/password': 'user.manage',
  'GET /admin/audit': 'audit.read',
  // Topics and resource types (the same five routes each), and the organization settings: admins only.
  ...Object.fromEntries(['topics', 'types'].flatMap((list) => Object.entries({
    [`GET /admin/${list}`]: 'taxonomy.manage', [`GET /admin/${list}/new`]: 'taxonomy.manage', [`POST /admin/${list}`]: 'taxonomy.manage',
    [`GET /admin/${list}/:id{[0-9]+}`]: 'taxonomy.manage', [`POST /admin/${list}/:id{[0-9]+}`]: 'taxonomy.manage',
    [`POST /admin/${list}/:id{[0-9]+}/delete`]: 'taxonomy.manage',
  } satisfies Record<string, Guard>))),
  // Search synonyms (editors and admins) and the search report (editors and admins).
  'GET /admin/synonyms': 'synonym.manage',
  'GET /admin/synonyms/new': 'synonym.manage',
  'POST /admin/synonyms': 'synonym.manage',
  'GET /admin/synonyms/:id{[0-9]+}': 'synonym.manage',
  'POST /admin/synonyms/:id{[0-9]+}': 'synonym.manage',
  'POST /admin/synonyms/:id{[0-9]+}/delete': 'synonym.manage',
  'GET /admin/search-report': 'search.report',
  'GET /admin/settings': 'settings.manage',
  'POST /admin/settings': 'settings.manage',
  // The Find legal help page's lists: admins, as the organization settings.
  'GET /admin/help': 'settings.manage',
  'GET /admin/help/new': 'settings.manage',
  'POST /admin/help': 'settings.manage',
  'GET /admin/help/:id{[0-9]+}': 'settings.manage',
  'POST /admin/help/:id{[0-9]+}': 'settings.manage',
  'POST /admin/help/:id{[0-9]+}/delete': 'settings.manage',
  // Projects, statements and pages: the same routes under each list. Authors reach the screens and
  // may submit (their own drafts, checked per item); reviewing, publishing and deleting are editors'.
  ...Object.fromEntries(['projects', 'statements', 'pages'].flatMap((list) => {
    const item = `/admin/${list}/:id{[0-9]+}`;
    return Object.entries({
      [`GET /admin/${list}`]: 'document.create', [`GET /admin/${list}/new`]: 'document.create', [`POST /admin/${list}`]: 'document.create',
      [`GET ${item}`]: 'document.create', [`POST ${item}`]: 'document.create', [`GET ${item}/preview`]: 'document.create',
      [`POST ${item}/submit`]: 'document.create', [`POST ${item}/reopen`]: 'document.create', [`POST ${item}/withdraw`]: 'document.review',
      [`POST ${item}/publish`]: 'document.publish', [`POST ${item}/schedule`]: 'document.schedule', [`POST ${item}/unpublish`]: 'document.unpublish',
      [`POST ${item}/archive`]: 'document.archive', [`POST ${item}/delete`]: 'document.delete', [`GET ${item}/history`]: 'document.create',
      [`GET ${item}/history/:version{[0-9]+}`]: 'document.create', [`POST ${item}/history/:version{[0-9]+}/restore`]: 'document.create',
    } satisfies Record<string, Guard>);
  })),
};
interface RouteUnderTest {
  method: string;
  path: string;
  guards: Guard[];
}

/** True when a middleware registered for `pattern` runs for the route `path`. */
function covers(pattern: string, path: string): boolean {
  if (pattern === path) return true;
  if (!pattern.endsWith('/*')) return false;
  const prefix = pattern.slice(0, -2);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The action a route handler declares. A sub-app with its own onError has its handlers wrapped by
 * Hono's route(); the original is kept under Hono's COMPOSED_HANDLER key ("__COMPOSED_HANDLER").
 */
function guardOf(handler: unknown): Guard | undefined {
  const h = handler as { [ROUTE_ACTION]?: Guard; __COMPOSED_HANDLER?: unknown };
  return h[ROUTE_ACTION] ?? (h.__COMPOSED_HANDLER ? guardOf(h.__COMPOSED_HANDLER) : undefined);
}

/** Every concrete /admin route of the app, with the guards (authorize/requireUser) that apply to it. */
function adminRoutes(env: TestEnv): RouteUnderTest[] {
  const all = env.app.routes.filter((r) => r.path === '/admin' || r.path.startsWith('/admin/'));
  const seen = new Map<string, RouteUnderTest>();
  for (const r of all) {
    if (r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    const guards = all
      .filter((g) => (g.method === 'ALL' || g.method === r.method) && covers(g.path, r.path))
      .map((g) => guardOf(g.handler))
      .filter((a): a is Guard => a !== undefined);
    seen.set(key, { method: r.method, path: r.path, guards: [...new Set(guards)] });
  }
  return [...seen.values()];
}

/** A request path for a route pattern: `:id` (with or without a regex) becomes a real account id. */
function concrete(path: string, id: number): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, () => String(id));
}

describeEachDialect('every admin route, for every role and for anonymous visitors', (env) => {
  const accounts = new Map<Role, TestUser>();
  let target: TestUser;
  let routes: RouteUnderTest[];

  before(async () => {
    for (const role of ROLES) accounts.set(role, await createUser(env(), role));
    target = await createUser(env(), 'author');
    routes = adminRoutes(env());
  });

  it('finds the routes, and every one but sign-in is guarded', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    for (const expected of ['GET /admin', 'GET /admin/users', 'POST /admin/users', 'GET /admin/audit', 'GET /admin/account/2fa', 'POST /admin/logout']) {
      assert.ok(keys.includes(expected), expected);
    }
    const unguarded = routes.filter((r) => r.guards.length === 0 && !PUBLIC.has(`${r.method} ${r.path}`));
    assert.deepEqual(unguarded.map((r) => `${r.method} ${r.path}`), [], 'declare authorize(action) on these routes');
    for (const key of Object.keys(EXPECTED)) assert.ok(keys.includes(key), `${key} is registered`);
  });

  /** Sends the route's request with a session (or none) and a valid CSRF token, so only access is tested. */
  async function call(route: RouteUnderTest, auth: { cookie: string; csrf: string }) {
    const url = concrete(route.path, target.id);
    if (route.method === 'GET') return env().request(url, { headers: { cookie: auth.cookie, accept: 'text/html' }, redirect: 'manual' });
    return env().request(url, {
      method: route.method, redirect: 'manual',
      headers: { cookie: auth.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ _csrf: auth.csrf }).toString(),
    });
  }

  it('sends anonymous visitors to sign in (or refuses them), never 200 or 500', async () => {
    const form = await loginForm(env());
    for (const route of routes) {
      const label = `${route.method} ${route.path}`;
      const res = await call(route, form);
      assert.ok(res.status < 500, `${label}: ${res.status}`);
      if (PUBLIC.has(label)) continue;
      const toLogin = (res.status === 302 || res.status === 303) && (res.headers.get('location') ?? '').startsWith('/admin/login');
      assert.ok(toLogin || res.status === 401 || res.status === 403, `${label}: ${res.status} ${res.headers.get('location') ?? ''}`);
    }
  });

  for (const role of ROLES) {
    it(`lets a signed-in ${role} use exactly the routes the policy allows`, async () => {
      const account = accounts.get(role)!;
      // One real sign-in proves the path; then a fresh session per route (a route may end it).
      await signIn(env(), account);
      for (const route of routes) {
        const label = `${route.method} ${route.path}`;
        const signed = await openSession(env(), account);
        const res = await call(route, signed);
        assert.ok(res.status < 500, `${role} ${label}: ${res.status}`);
        if (PUBLIC.has(label)) continue;
        const wanted = EXPECTED[label];
        const allowed = wanted ? wanted === 'signed-in' || can(account, wanted) : route.guards.every((g) => g === 'signed-in' || can(account, g));
        if (!allowed) {
          assert.equal(res.status, 403, `${role} must be refused ${label}`);
          continue;
        }
        assert.notEqual(res.status, 403, `${role} must be allowed ${label}`);
        assert.notEqual(res.status, 401, `${role} must be allowed ${label}`);
        const location = res.headers.get('location') ?? '';
        assert.ok(location !== '/admin/login' && !location.startsWith('/admin/login?next='), `${role} is not sent to sign in on ${label}`);
        if (route.method === 'GET') {
          const ok = [200, 302, 303].includes(res.status) || (res.status === 404 && route.path.includes(':'));
          assert.ok(ok, `${role} ${label}: ${res.status}`);
        }
      }
    });
  }
}, { seed: false });
