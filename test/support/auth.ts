import assert from 'node:assert/strict';
import { hashPassword } from '../../src/features/users/passwords.ts';
import { insertUser } from '../../src/features/users/users.repo.ts';
import { createSession } from '../../src/features/auth/session.service.ts';
import type { CurrentUser, Role } from '../../src/platform/http.ts';
import type { TestEnv } from './app.ts';

/** The password every test account gets unless told otherwise. */
export const TEST_PASSWORD = 'correct horse battery staple';

let defaultHash: Promise<string> | undefined;
let counter = 0;

/** A test account as created in the database, with its plain password. */
export interface TestUser extends CurrentUser {
  password: string;
}

/** A signed-in visitor: the Cookie header to send and the CSRF token forms must carry. */
export interface Signed {
  user: TestUser;
  cookie: string;
  csrf: string;
}

/** Creates an account of a role directly in the database (fast: the default hash is computed once). */
export async function createUser(env: TestEnv, role: Role, options: { email?: string; name?: string; password?: string } = {}): Promise<TestUser> {
  counter += 1;
  const email = (options.email ?? `${role}-${process.pid}-${counter}@haven.test`).toLowerCase();
  const name = options.name ?? `Test ${role} ${counter}`;
  const password = options.password ?? TEST_PASSWORD;
  const passwordHash = options.password ? await hashPassword(password) : await (defaultHash ??= hashPassword(TEST_PASSWORD));
  const id = await insertUser(env.db, { email, name, role, passwordHash, now: env.clock.now().toISOString() });
  return { id, email, name, role, password };
}

/** The `name=value` pairs of a response's Set-Cookie headers (removed cookies map to ''). */
export function setCookies(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

/** The CSRF token in a page's forms. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(m, 'the page has a CSRF field');
  return m[1];
}

/** The login page's pre-session cookie and token, as a browser would hold them. */
export async function loginForm(env: TestEnv): Promise<{ cookie: string; csrf: string }> {
  const res = await env.request('/admin/login');
  assert.equal(res.status, 200);
  const pre = setCookies(res).haven_csrf;
  assert.ok(pre, 'the login page sets the pre-session CSRF cookie');
  return { cookie: `haven_csrf=${pre}`, csrf: csrfFrom(await res.text()) };
}

/** Posts a form the way a browser does: urlencoded, with the cookie and the CSRF token. */
export function postForm(env: TestEnv, path: string, auth: { cookie: string; csrf: string }, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  return env.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: auth.cookie, ...headers },
    body: new URLSearchParams({ _csrf: auth.csrf, ...fields }).toString(),
    redirect: 'manual',
  });
}

/** Signs an existing account in through the login form (password step only). */
export async function signIn(env: TestEnv, user: TestUser): Promise<Signed> {
  const form = await loginForm(env);
  const res = await postForm(env, '/admin/login', form, { email: user.email, password: user.password });
  assert.equal(res.status, 303, `login of ${user.email} succeeds`);
  const token = setCookies(res).haven_session;
  assert.ok(token, 'login sets the session cookie');
  const cookie = `haven_session=${token}`;
  const page = await env.request('/admin/account', { headers: { cookie } });
  assert.equal(page.status, 200);
  return { user, cookie, csrf: csrfFrom(await page.text()) };
}

/**
 * A session for an account opened straight in the database, as a successful sign-in leaves it:
 * for tests about what a signed-in account may do, not about signing in (no password hashing,
 * which costs ~100 ms of CPU a sign-in).
 */
export async function openSession(env: TestEnv, user: TestUser): Promise<Signed> {
  const session = await createSession(env.db, env.clock.now(), { userId: user.id, ip: null, userAgent: null });
  return { user, cookie: `haven_session=${session.token}`, csrf: session.csrfToken };
}

/** Creates an account of a role and signs it in: the cookie header and CSRF token to use. */
export async function loginAs(env: TestEnv, role: Role): Promise<Signed> {
  return signIn(env, await createUser(env, role));
}

/** Posts a multipart form (fields and files) the way a browser does, with the CSRF token. */
export function postMultipart(
  env: TestEnv, path: string, auth: Pick<Signed, 'cookie' | 'csrf'>, fields: Record<string, string | string[]>,
  files: { field: string; name: string; data: Uint8Array; type?: string }[] = [],
) {
  const form = new FormData();
  form.set('_csrf', auth.csrf);
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  for (const f of files) form.append(f.field, new File([new Uint8Array(f.data)], f.name, { type: f.type ?? 'application/octet-stream' }));
  return env.request(path, { method: 'POST', headers: { cookie: auth.cookie }, body: form, redirect: 'manual' });
}

/** The id in a `/admin/resources/<id>…` redirect. */
export function idFromLocation(res: Response): number {
  const m = /\/admin\/resources\/(\d+)/.exec(res.headers.get('location') ?? '');
  if (!m) throw new Error(`no resource id in ${res.headers.get('location')}`);
  return Number(m[1]);
}

/** The version hidden in the edit form. */
export function formVersion(html: string): number {
  const m = /name="version" value="(\d+)"/.exec(html);
  if (!m) throw new Error('no version field on the page');
  return Number(m[1]);
}
