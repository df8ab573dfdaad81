import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, loginForm, postForm, setCookies, signIn, TEST_PASSWORD } from '../../../test/support/auth.ts';
import { sha256 } from '../../platform/crypto.ts';
import { SESSION_POLICY } from './session.service.ts';

const NEUTRAL = 'Email or password is incorrect.';

/** A request arriving on a socket from `address` (what getConnInfo reads under @hono/node-server). */
function fromAddress(env: TestEnv, address: string, path: string, init: RequestInit) {
  return env.app.request(path, init, { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
}

async function auditActions(env: TestEnv, action: string): Promise<number> {
  const rows = await env.db.selectFrom('audit_events').select('id').where('action', '=', action).execute();
  return rows.length;
}

describeEachDialect('sign-in, sessions and sign-out', (env) => {
  it('sends anonymous visitors to the login page, remembering where they were going', async () => {
    const dash = await env().request('/admin');
    assert.equal(dash.status, 303);
    assert.equal(dash.headers.get('location'), '/admin/login');
    const users = await env().request('/admin/users?x=1');
    assert.equal(users.status, 303);
    assert.equal(users.headers.get('location'), '/admin/login?next=%2Fadmin%2Fusers%3Fx%3D1');
  });

  it('serves an uncacheable, unindexed login page with a pre-session CSRF cookie', async () => {
    const res = await env().request('/admin/login');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(res.headers.get('x-robots-tag') ?? '', /noindex/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await res.text();
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    assert.match(html, /<form class="form" method="post" action="\/admin\/login"/);
    assert.doesNotMatch(html, /<script/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('haven_csrf='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\/admin/);
    assert.doesNotMatch(cookie, /Secure/);
  });

  it('signs in with the right password: a hashed database session in a HttpOnly, SameSite=Lax cookie', async () => {
    const user = await createUser(env(), 'editor', { name: 'Ana Editor' });
    const form = await loginForm(env());
    const res = await postForm(env(), '/admin/login', form, { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin');
    const line = res.headers.getSetCookie().find((c) => c.startsWith('haven_session='))!;
    assert.match(line, /HttpOnly/);
    assert.match(line, /SameSite=Lax/);
    assert.match(line, /Path=\//);
    assert.match(line, new RegExp(`Max-Age=${SESSION_POLICY.absoluteMs / 1000}`));
    assert.doesNotMatch(line, /Secure/, 'no Secure flag over plain http');
    const token = setCookies(res).haven_session;
    const rows = await env().db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].id, sha256(token), 'only the hash of the token is stored');
    assert.notEqual(rows[0].id, token);
    const dash = await env().get('/admin', { headers: { cookie: `haven_session=${token}` } });
    assert.equal(dash.status, 200);
    assert.match(dash.text, /Signed in as Ana Editor \(Editor\)/);
    assert.equal(dash.res.headers.get('cache-control'), 'no-store');
    assert.ok(await auditActions(env(), 'login.success') >= 1);
  });

  it('goes to a local `next` after signing in, never to another site', async () => {
    const user = await createUser(env(), 'author');
    for (const [next, want] of [['/admin/account', '/admin/account'], ['//evil.example/x', '/admin'], ['https://evil.example/', '/admin']]) {
      const form = await loginForm(env());
      const res = await postForm(env(), '/admin/login', form, { email: user.email, password: TEST_PASSWORD, next });
      assert.equal(res.headers.get('location'), want, next);
    }
  });

  it('answers a wrong password, an unknown email and a disabled account with the same neutral message', async () => {
    const user = await createUser(env(), 'author');
    const disabled = await createUser(env(), 'author');
    await env().db.updateTable('users').set({ disabled: 1 }).where('id', '=', disabled.id).execute();
    const bodies: string[] = [];
    for (const [email, password] of [[user.email, 'wrong password here'], ['nobody@haven.test', TEST_PASSWORD], [disabled.email, TEST_PASSWORD]]) {
      const res = await postForm(env(), '/admin/login', await loginForm(env()), { email, password });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.ok(html.includes(NEUTRAL), email);
      assert.ok(html.includes(`value="${email}"`), 'the email is kept in the form');
      assert.ok(!html.includes(password), 'the password is never sent back');
      assert.doesNotMatch(html, /not found|no account|wrong password|disabled/i);
      bodies.push(html.replace(/value="[^"]*"/g, ''));
    }
    assert.equal(bodies[0], bodies[1]);
    assert.equal(bodies[1], bodies[2]);
    assert.equal(setCookies(await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: 'nope nope nope' })).haven_session, undefined);
  });

  it('validates the login form beside each field', async () => {
    const res = await postForm(env(), '/admin/login', await loginForm(env()), { email: 'not-an-email', password: '' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<p class="field-error" id="f-email-error">Enter an email address like name@example.org.<\/p>/);
    assert.match(html, /<p class="field-error" id="f-password-error">Enter your password.<\/p>/);
    assert.match(html, /id="f-email"[^>]*aria-invalid="true" aria-describedby="f-email-error"/);
    assert.match(html, /value="not-an-email"/);
  });

  it('slows an account from one address after 5 failures: 429, Retry-After and the wait in words, then lets it try again', async () => {
    const user = await createUser(env(), 'editor');
    const start = new Date('2024-11-09T09:00:00Z');
    for (let i = 0; i < 5; i++) {
      env().clock.set(new Date(start.getTime() + i * 5_000));
      const res = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: `wrong guess ${i}` });
      assert.equal(res.status, 400, `failure ${i + 1} is an ordinary refusal`);
    }
    env().clock.set(new Date(start.getTime() + 20_000));
    const locked = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    assert.equal(locked.status, 429, 'even the right password waits');
    assert.equal(locked.headers.get('retry-after'), '40', 'the oldest failure leaves the one-minute window 40 seconds from now');
    const html = await locked.text();
    assert.match(html, /Too many failed sign-in attempts. Try again in 40 seconds./);
    assert.ok(!html.includes(NEUTRAL));
    assert.equal(setCookies(locked).haven_session, undefined);
    env().clock.set(new Date(start.getTime() + 61_000));
    const again = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    assert.equal(again.status, 303, 'a delay, not a lock');
  });

  it('slows an address after 20 failures across accounts, reading the socket address, not X-Forwarded-For', async () => {
    env().clock.set(new Date('2024-11-10T09:00:00Z'));
    const victim = await createUser(env(), 'author');
    const free = SESSION_POLICY.throttle.address[0].max;
    for (let i = 0; i < free; i++) {
      const form = await loginForm(env());
      const res = await fromAddress(env(), '198.51.100.7', '/admin/login', {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie, 'x-forwarded-for': `10.0.0.${i}` },
        body: new URLSearchParams({ _csrf: form.csrf, email: `guess${i}@haven.test`, password: 'wrong password' }).toString(),
      });
      assert.equal(res.status, 400);
    }
    const form = await loginForm(env());
    const body = new URLSearchParams({ _csrf: form.csrf, email: victim.email, password: TEST_PASSWORD }).toString();
    const init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie }, body };
    const blocked = await fromAddress(env(), '198.51.100.7', '/admin/login', init);
    assert.equal(blocked.status, 429);
    assert.equal(blocked.headers.get('retry-after'), '60');
    assert.match(await blocked.text(), /Try again in 1 minute/);
    const elsewhere = await fromAddress(env(), '198.51.100.8', '/admin/login', init);
    assert.equal(elsewhere.status, 303, 'another address is not affected');
    const failure = await env().db.selectFrom('audit_events').select(['ip', 'detail']).where('action', '=', 'login.failure').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(failure.ip, '198.51.100.7');
  });

  it('ends a session after 30 idle minutes, refreshing last_seen_at at most once a minute', async () => {
    env().clock.set(new Date('2024-11-11T08:00:00Z'));
    const signed = await signIn(env(), await createUser(env(), 'editor'));
    const t0 = env().clock.now().getTime();
    const lastSeen = async () => (await env().db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', signed.user.id).executeTakeFirstOrThrow()).last_seen_at;
    const at = (ms: number) => env().clock.set(new Date(t0 + ms));
    const dash = () => env().request('/admin', { headers: { cookie: signed.cookie } });
    at(30_000);
    assert.equal((await dash()).status, 200);
    assert.equal(await lastSeen(), new Date(t0).toISOString(), 'not rewritten within the minute');
    at(29 * 60_000);
    assert.equal((await dash()).status, 200);
    assert.equal(await lastSeen(), new Date(t0 + 29 * 60_000).toISOString());
    at(58 * 60_000);
    assert.equal((await dash()).status, 200, 'activity keeps the session alive');
    at(58 * 60_000 + SESSION_POLICY.idleMs);
    const expired = await dash();
    assert.equal(expired.status, 303);
    assert.equal(expired.headers.get('location'), '/admin/login');
    assert.match(expired.headers.getSetCookie().join('\n'), /haven_session=;/, 'the dead cookie is cleared');
    assert.equal((await env().db.selectFrom('sessions').select('id').where('user_id', '=', signed.user.id).execute()).length, 0);
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    env().clock.set(new Date('2024-11-12T08:00:00Z'));
    const signed = await signIn(env(), await createUser(env(), 'author'));
    const t0 = env().clock.now().getTime();
    for (let m = 20; m < 12 * 60; m += 20) {
      env().clock.set(new Date(t0 + m * 60_000));
      assert.equal((await env().request('/admin', { headers: { cookie: signed.cookie } })).status, 200, `after ${m} minutes`);
    }
    env().clock.set(new Date(t0 + SESSION_POLICY.absoluteMs));
    assert.equal((await env().request('/admin', { headers: { cookie: signed.cookie } })).status, 303);
  });

  it('rotates the session at sign-in and deletes it at logout', async () => {
    env().clock.set(new Date('2024-11-13T08:00:00Z'));
    const first = await signIn(env(), await createUser(env(), 'author'));
    const other = await createUser(env(), 'editor');
    const form = await loginForm(env());
    const res = await postForm(env(), '/admin/login', { cookie: `${first.cookie}; ${form.cookie}`, csrf: first.csrf }, { email: other.email, password: TEST_PASSWORD });
    assert.equal(res.status, 303);
    const token = setCookies(res).haven_session;
    assert.ok(token && `haven_session=${token}` !== first.cookie, 'a new token');
    assert.equal((await env().request('/admin', { headers: { cookie: first.cookie } })).status, 303, 'the previous session is gone');

    const signed = await signIn(env(), other);
    const out = await postForm(env(), '/admin/logout', signed);
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('location'), '/admin/login?signed_out');
    assert.match(out.headers.getSetCookie().join('\n'), /haven_session=;.*Max-Age=0/);
    assert.equal((await env().request('/admin', { headers: { cookie: signed.cookie } })).status, 303);
    assert.equal(await env().db.selectFrom('sessions').select('id').where('id', '=', sha256(signed.cookie.split('=')[1])).executeTakeFirst(), undefined);
    assert.ok(await auditActions(env(), 'logout') >= 1);
    assert.match(await (await env().request('/admin/login?signed_out')).text(), /You have signed out./);
  });

  it('redirects a signed-in visitor away from the login page', async () => {
    const signed = await signIn(env(), await createUser(env(), 'author'));
    const res = await env().request('/admin/login?next=%2Fadmin%2Faccount', { headers: { cookie: signed.cookie } });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/account');
  });
}, { seed: false });
