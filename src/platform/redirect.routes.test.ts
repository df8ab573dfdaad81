import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { createUser, loginForm, postForm, TEST_PASSWORD } from '../../test/support/auth.ts';

/** Targets an attacker would put in a link to Haven to send visitors elsewhere. */
const HOSTILE = ['/.//evil.example', '//evil.example', '/\\evil.example', '/%2f%2fevil.example', '/%5cevil.example', 'https://evil.example'];

/** True when a browser following `location` from Haven would stay on Haven. */
function staysHome(location: string | null): boolean {
  if (!location) return false;
  const base = 'http://haven.test';
  const resolved = new URL(location, base);
  return resolved.origin === base && !/^\/[/\\]/.test(location);
}

describeEachDialect('redirects stay on the site', (env) => {
  it('the login form ignores a next= that leads to another site (GET and POST)', async () => {
    const user = await createUser(env(), 'editor');
    for (const next of HOSTILE) {
      const form = await loginForm(env());
      const res = await postForm(env(), '/admin/login', form, { email: user.email, password: TEST_PASSWORD, next });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/admin', `next=${next}`);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const signedIn = await env().request(`/admin/login?next=${encodeURIComponent(next)}`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(signedIn.status, 303);
      assert.equal(signedIn.headers.get('location'), '/admin', `GET next=${next}`);
    }
  });

  it('the language switch never redirects to another host', async () => {
    for (const path of ['//evil.example', '/.//evil.example', '//evil.example/', '/%2f%2fevil.example', '//evil.example/es']) {
      const res = await env().request(`${path}?lang-choice=es`, { redirect: 'manual' });
      assert.equal(res.status, 303, path);
      assert.ok(staysHome(res.headers.get('location')), `${path} → ${res.headers.get('location')}`);
    }
  });

  it('the language switch keeps an ordinary page and its query, in any letter case', async () => {
    const res = await env().request('/resources?q=asylum&lang-choice=ES', { redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/resources?q=asylum');
    assert.match(res.headers.getSetCookie().join('\n'), /lang=es;/);
  });
}, { seed: false });
