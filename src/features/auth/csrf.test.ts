import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createApp } from '../../app/create-app.tsx';
import { createLogger } from '../../platform/logger.ts';
import { describeEachDialect } from '../../../test/support/app.ts';
import { createUser, loginForm, postForm, setCookies, signIn, TEST_PASSWORD } from '../../../test/support/auth.ts';

const EXPLANATION = /This form could not be accepted[\s\S]*only accepted from this site’s own pages/;

describeEachDialect('CSRF protection and cookie flags', (env) => {
  it('refuses a signed-in POST without a token, or with a wrong one, with a 403 that explains itself', async () => {
    const signed = await signIn(env(), await createUser(env(), 'admin'));
    const missing = await env().request('/admin/logout', { method: 'POST', headers: { cookie: signed.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    assert.equal(missing.status, 403);
    const html = await missing.text();
    assert.match(html, EXPLANATION);
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    const wrong = await postForm(env(), '/admin/logout', { cookie: signed.cookie, csrf: `${signed.csrf.slice(0, -2)}xx` });
    assert.equal(wrong.status, 403);
    const empty = await postForm(env(), '/admin/users', { cookie: signed.cookie, csrf: '' }, { email: 'x@haven.test' });
    assert.equal(empty.status, 403);
    assert.equal(await env().db.selectFrom('users').select('id').where('email', '=', 'x@haven.test').executeTakeFirst(), undefined, 'nothing was done');
    assert.equal((await env().request('/admin', { headers: { cookie: signed.cookie } })).status, 200, 'still signed in');
  });

  it('refuses a token that belongs to another session', async () => {
    const mine = await signIn(env(), await createUser(env(), 'author'));
    const theirs = await signIn(env(), await createUser(env(), 'author'));
    assert.equal((await postForm(env(), '/admin/logout', { cookie: mine.cookie, csrf: theirs.csrf })).status, 403);
    assert.equal((await postForm(env(), '/admin/logout', { cookie: mine.cookie, csrf: mine.csrf })).status, 303);
  });

  it('accepts the header form of the token (for scripts) as well as the form field', async () => {
    const signed = await signIn(env(), await createUser(env(), 'author'));
    const res = await env().request('/admin/logout', { method: 'POST', headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf }, redirect: 'manual' });
    assert.equal(res.status, 303);
  });

  it('refuses cross-site requests by Origin or Sec-Fetch-Site even with a valid token', async () => {
    const signed = await signIn(env(), await createUser(env(), 'author'));
    assert.equal((await postForm(env(), '/admin/logout', signed, {}, { origin: 'https://evil.example' })).status, 403);
    assert.equal((await postForm(env(), '/admin/logout', signed, {}, { 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await postForm(env(), '/admin/logout', signed, {}, { 'sec-fetch-site': 'same-site' })).status, 403);
    assert.equal((await postForm(env(), '/admin/logout', signed, {}, { origin: 'http://haven.test', 'sec-fetch-site': 'same-origin' })).status, 303);
  });

  it('protects the login form with the signed pre-session cookie', async () => {
    const user = await createUser(env(), 'author');
    const form = await loginForm(env());
    const fields = { email: user.email, password: TEST_PASSWORD };
    assert.equal((await postForm(env(), '/admin/login', { cookie: '', csrf: form.csrf }, fields)).status, 403, 'no cookie');
    assert.equal((await postForm(env(), '/admin/login', { cookie: form.cookie, csrf: 'forged' }, fields)).status, 403, 'wrong token');
    const planted = `haven_csrf=${form.csrf}.not-the-signature`;
    assert.equal((await postForm(env(), '/admin/login', { cookie: planted, csrf: form.csrf }, fields)).status, 403, 'unsigned cookie');
    assert.equal((await postForm(env(), '/admin/login', form, fields)).status, 303);
  });

  it('applies to state-changing requests outside /admin too', async () => {
    const res = await env().request('/resources', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'q=x' });
    assert.equal(res.status, 403);
    assert.equal((await env().request('/resources?q=x')).status, 200, 'GET is never checked');
    const api = await env().request('/api/v1/resources', { method: 'POST' });
    assert.equal(api.status, 405, 'the cookie-less, read-only JSON API answers for itself');
  });

  it('marks the session cookie Secure (and __Host- prefixed) when BASE_URL is https', async () => {
    const config = { ...env().config, baseUrl: 'https://haven.example' };
    const app = createApp({ db: env().db, dialect: env().dialect, config, logger: createLogger('silent'), clock: env().clock });
    const user = await createUser(env(), 'author');
    const page = await app.request('https://haven.example/admin/login');
    const pre = page.headers.getSetCookie().find((c) => c.startsWith('haven_csrf='))!;
    assert.match(pre, /; Secure/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];
    const res = await app.request('https://haven.example/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `haven_csrf=${setCookies(page).haven_csrf}`, origin: 'https://haven.example' },
      body: new URLSearchParams({ _csrf: csrf, email: user.email, password: TEST_PASSWORD }).toString(),
    });
    assert.equal(res.status, 303);
    const line = res.headers.getSetCookie().find((c) => c.startsWith('__Host-haven_session='))!;
    assert.match(line, /; Secure/);
    assert.match(line, /; HttpOnly/);
    assert.match(line, /; SameSite=Lax/);
  });
}, { seed: false });
