import { secretBoxFor } from './secret-box.ts';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { authenticator } from 'otplib';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, csrfFrom, loginForm, postForm, setCookies, signIn, TEST_PASSWORD, type Signed, type TestUser } from '../../../test/support/auth.ts';

/** The code an authenticator app would show at the app's (injected) time. */
function codeAt(env: TestEnv, secret: string, offsetMs = 0): string {
  return authenticator.clone({ epoch: env.clock.now().getTime() + offsetMs }).generate(secret);
}

/** Password step, then the second step with `code`: the final response. */
async function twoStepLogin(env: TestEnv, user: TestUser, code: () => string) {
  const first = await postForm(env, '/admin/login', await loginForm(env), { email: user.email, password: TEST_PASSWORD });
  assert.equal(first.status, 303);
  assert.equal(first.headers.get('location'), '/admin/login/2fa');
  const pending = `haven_session=${setCookies(first).haven_session}`;
  assert.equal((await env.request('/admin', { headers: { cookie: pending } })).status, 303, 'half signed-in is not signed in');
  const page = await env.request('/admin/login/2fa', { headers: { cookie: pending } });
  assert.equal(page.status, 200);
  const csrf = csrfFrom(await page.text());
  return { pending, res: await postForm(env, '/admin/login/2fa', { cookie: pending, csrf }, { code: code() }) };
}

describeEachDialect('two-step verification', (env) => {
  let user: TestUser;
  let signed: Signed;
  let secret = '';
  let recovery: string[] = [];

  it('enrols with a server-made QR code and a confirming code, then shows 10 recovery codes once', async () => {
    env().clock.set(new Date('2024-12-01T10:00:00Z'));
    user = await createUser(env(), 'editor');
    signed = await signIn(env(), user);
    const page = await env().get('/admin/account/2fa', { headers: { cookie: signed.cookie } });
    assert.equal(page.status, 200);
    assert.match(page.text, /<div class="qr-code" role="img" aria-label="[^"]+"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.doesNotMatch(page.text, /<script/);
    secret = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.text)![1].replace(/ /g, '');
    const stored = await env().db.selectFrom('users').select(['totp_secret', 'totp_enabled']).where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.match(stored.totp_secret ?? '', /^v1:/, 'stored encrypted');
    assert.ok(!stored.totp_secret?.includes(secret));
    assert.equal(secretBoxFor(env().config).reveal(stored.totp_secret), secret);
    assert.equal(stored.totp_enabled, 0, 'not on until confirmed');
    const again = await env().get('/admin/account/2fa', { headers: { cookie: signed.cookie } });
    assert.ok(again.text.includes(page.text.match(/<code class="totp-secret">[^<]+/)![0]), 'reloading keeps the same secret');

    const wrong = await postForm(env(), '/admin/account/2fa/enable', signed, { code: '000000' === codeAt(env(), secret) ? '111111' : '000000', password: user.password });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /That code is not valid/);

    const ok = await postForm(env(), '/admin/account/2fa/enable', signed, { code: codeAt(env(), secret), password: user.password });
    assert.equal(ok.status, 200);
    const html = await ok.text();
    recovery = [...html.matchAll(/<li><code>([a-z0-9]{5}-[a-z0-9]{5})<\/code><\/li>/g)].map((m) => m[1]);
    assert.equal(recovery.length, 10);
    assert.equal(new Set(recovery).size, 10);
    const rows = await env().db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    assert.equal(rows.length, 10);
    for (const r of rows) assert.ok(!recovery.includes(r.code_hash), 'stored hashed');
    assert.equal((await env().db.selectFrom('users').select('totp_enabled').where('id', '=', user.id).executeTakeFirstOrThrow()).totp_enabled, 1);
    assert.equal((await env().db.selectFrom('audit_events').select('id').where('action', '=', '2fa.enable').where('subject_id', '=', String(user.id)).execute()).length, 1);
    const manage = await env().get('/admin/account/2fa', { headers: { cookie: signed.cookie } });
    assert.match(manage.text, /Unused recovery codes: 10./);
    assert.ok(!recovery.some((c) => manage.text.includes(c)), 'never shown again');
  });

  it('asks for the code after the password and signs in with a fresh one (a replayed code is refused)', async () => {
    const replay = await twoStepLogin(env(), user, () => codeAt(env(), secret));
    assert.equal(replay.res.status, 400, 'the code used to enrol cannot be used again');
    assert.match(await replay.res.text(), /That code is not valid/);

    env().clock.set(new Date(env().clock.now().getTime() + 30_000));
    const { res } = await twoStepLogin(env(), user, () => codeAt(env(), secret));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin');
    const cookie = `haven_session=${setCookies(res).haven_session}`;
    assert.equal((await env().request('/admin', { headers: { cookie } })).status, 200);
    const success = await env().db.selectFrom('audit_events').select('detail').where('action', '=', 'login.success').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(success.detail), { method: 'totp' });
  });

  it('accepts a recovery code once, and refuses it the second time', async () => {
    env().clock.set(new Date(env().clock.now().getTime() + 60_000));
    const first = await twoStepLogin(env(), user, () => recovery[0].toUpperCase().replace('-', ' '));
    assert.equal(first.res.status, 303, 'case and separators do not matter');
    const second = await twoStepLogin(env(), user, () => recovery[0]);
    assert.equal(second.res.status, 400);
    assert.match(await second.res.text(), /That code is not valid/);
    const manage = await env().get('/admin/account/2fa', { headers: { cookie: signed.cookie } });
    assert.match(manage.text, /Unused recovery codes: 9./);
  });

  it('gives up on a half-finished sign-in after 5 minutes', async () => {
    const first = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    const pending = `haven_session=${setCookies(first).haven_session}`;
    const page = await env().request('/admin/login/2fa', { headers: { cookie: pending } });
    const csrf = csrfFrom(await page.text());
    env().clock.set(new Date(env().clock.now().getTime() + 5 * 60_000 + 1000));
    const late = await postForm(env(), '/admin/login/2fa', { cookie: pending, csrf }, { code: codeAt(env(), secret) });
    // The pending session has expired, so the token its form carried no longer counts either.
    assert.equal(late.status, 403);
    assert.match(await late.text(), /The page may have been open too long/);
    const back = await env().request('/admin/login/2fa', { headers: { cookie: pending } });
    assert.equal(back.headers.get('location'), '/admin/login?expired');
  });

  it('turns two-step verification off only with the account password', async () => {
    env().clock.set(new Date(env().clock.now().getTime() + 60_000));
    signed = await (async () => {
      const { res } = await twoStepLogin(env(), user, () => codeAt(env(), secret));
      const cookie = `haven_session=${setCookies(res).haven_session}`;
      const page = await env().get('/admin/account/2fa', { headers: { cookie } });
      return { user, cookie, csrf: csrfFrom(page.text) };
    })();
    const wrong = await postForm(env(), '/admin/account/2fa/disable', signed, { password: 'not my password' });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /That password is not correct./);
    assert.equal((await env().db.selectFrom('users').select('totp_enabled').where('id', '=', user.id).executeTakeFirstOrThrow()).totp_enabled, 1);

    const ok = await postForm(env(), '/admin/account/2fa/disable', signed, { password: TEST_PASSWORD });
    assert.equal(ok.status, 303);
    const row = await env().db.selectFrom('users').select(['totp_enabled', 'totp_secret']).where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { totp_enabled: 0, totp_secret: null });
    assert.equal((await env().db.selectFrom('recovery_codes').select('id').where('user_id', '=', user.id).execute()).length, 0);
    assert.equal((await env().db.selectFrom('audit_events').select('id').where('action', '=', '2fa.disable').execute()).length, 1);
    const plain = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    assert.equal(plain.headers.get('location'), '/admin', 'the password alone signs in again');
  });
}, { seed: false });
