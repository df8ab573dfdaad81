import assert from 'node:assert/strict';
import { it } from 'node:test';
import { authenticator } from 'otplib';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, postForm, signIn, type Signed } from '../../../test/support/auth.ts';

/** True while a session cookie still opens the staff area. */
async function signedIn(env: TestEnv, s: Signed): Promise<boolean> {
  const res = await env.request('/admin', { headers: { cookie: s.cookie }, redirect: 'manual' });
  return res.status === 200;
}

/** The key shown on the enrolment page, and a current code for it. */
async function enrolment(env: TestEnv, s: Signed): Promise<{ code: string }> {
  const page = await env.get('/admin/account/2fa', { headers: { cookie: s.cookie } });
  const secret = /<code class="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(page.text)![1].replace(/ /g, '');
  return { code: authenticator.clone({ epoch: env.clock.now().getTime() }).generate(secret) };
}

const totpOn = async (env: TestEnv, id: number) =>
  (await env.db.selectFrom('users').select('totp_enabled').where('id', '=', id).executeTakeFirstOrThrow()).totp_enabled === 1;

describeEachDialect('sensitive account changes: password again, other sessions end', (env) => {
  it('turning on two-step verification asks for the password again', async () => {
    env().clock.set(new Date('2024-12-05T09:00:00Z'));
    const user = await createUser(env(), 'editor');
    const s = await signIn(env(), user);
    const { code } = await enrolment(env(), s);
    const missing = await postForm(env(), '/admin/account/2fa/enable', s, { code });
    assert.equal(missing.status, 400);
    assert.match(await missing.text(), /Enter your password/);
    const wrong = await postForm(env(), '/admin/account/2fa/enable', s, { code, password: 'not my password at all' });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /That password is not correct/);
    assert.equal(await totpOn(env(), user.id), false, 'still off');
  });

  it('turning on two-step verification ends every other session of the account, not this one', async () => {
    env().clock.set(new Date('2024-12-05T10:00:00Z'));
    const user = await createUser(env(), 'editor');
    const here = await signIn(env(), user);
    const elsewhere = await signIn(env(), user);
    const { code } = await enrolment(env(), here);
    const res = await postForm(env(), '/admin/account/2fa/enable', here, { code, password: user.password });
    assert.equal(res.status, 200);
    assert.equal(await totpOn(env(), user.id), true);
    assert.equal(await signedIn(env(), here), true, 'the enrolling session carries on');
    assert.equal(await signedIn(env(), elsewhere), false, 'the other session is signed out');
  });

  it('changing the password ends every other session of the account, not this one', async () => {
    env().clock.set(new Date('2024-12-05T11:00:00Z'));
    const user = await createUser(env(), 'author');
    const here = await signIn(env(), user);
    const elsewhere = await signIn(env(), user);
    const res = await postForm(env(), '/admin/account/password', here, {
      current_password: user.password, password: 'a brand new passphrase', password_confirm: 'a brand new passphrase',
    });
    assert.equal(res.status, 303);
    assert.equal(await signedIn(env(), here), true);
    assert.equal(await signedIn(env(), elsewhere), false);
  });
}, { seed: false });
