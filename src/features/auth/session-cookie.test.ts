import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { createUser, csrfFrom, setCookies } from '../../../test/support/auth.ts';

describeEachDialect('session cookie over HTTPS', (env) => {
  it('is __Host- prefixed, Secure, Path=/ and without a Domain; the unprefixed name is not read', async () => {
    const user = await createUser(env(), 'editor');
    const page = await env().request('https://haven.test/admin/login');
    const pre = setCookies(page);
    const csrf = csrfFrom(await page.text());
    const res = await env().request('https://haven.test/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://haven.test', cookie: `haven_csrf=${pre.haven_csrf}` },
      body: new URLSearchParams({ _csrf: csrf, email: user.email, password: user.password }).toString(),
      redirect: 'manual',
    });
    assert.equal(res.status, 303);
    const line = res.headers.getSetCookie().find((c) => c.startsWith('__Host-haven_session='));
    assert.ok(line, `a __Host- cookie is set: ${res.headers.getSetCookie().join(' | ')}`);
    assert.match(line, /; Secure/);
    assert.match(line, /; Path=\/(;|$)/);
    assert.doesNotMatch(line, /Domain=/i);
    const token = setCookies(res)['__Host-haven_session'];
    const ok = await env().request('https://haven.test/admin', { headers: { cookie: `__Host-haven_session=${token}` }, redirect: 'manual' });
    assert.equal(ok.status, 200);
    const planted = await env().request('https://haven.test/admin', { headers: { cookie: `haven_session=${token}` }, redirect: 'manual' });
    assert.equal(planted.status, 303, 'a cookie without the prefix (which any subdomain could set) is not a session');
  });
}, { seed: false, env: { BASE_URL: 'https://haven.test' } });
