import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, csrfFrom, loginForm, postForm, setCookies, signIn, TEST_PASSWORD } from '../../../test/support/auth.ts';
import { updateUser } from '../users/users.repo.ts';
import { SESSION_POLICY } from './session.service.ts';
import { newTotpSecret } from './totp.ts';

const NEUTRAL = 'Email or password is incorrect.';
const LOCKED = /Too many failed sign-in attempts\. Try again in [^<]+\./;
const ATTEMPTS = 10;
/** Failures one account may have from one address before the first wait. */
const FREE = SESSION_POLICY.throttle.accountAddress[0].max;
/** Failures one address may have across accounts before the first wait. */
const ADDRESS_FREE = SESSION_POLICY.throttle.address[0].max;
const accountKey = (email: string) => `account:${email} from:unknown`;

/** A request arriving on a socket from `address` (what getConnInfo reads under @hono/node-server). */
function fromAddress(env: TestEnv, address: string, path: string, init: RequestInit) {
  return env.app.request(path, init, { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
}

/** Status counts of a batch of responses, and their bodies. */
async function tally(responses: Response[]) {
  const bodies = await Promise.all(responses.map((r) => r.text()));
  const count = (status: number) => responses.filter((r) => r.status === status).length;
  return { bodies, count };
}

/**
 * The limit must hold when guesses arrive together: before the fix every one of them passed the
 * lockout check while the others were still hashing, and all reached the password check.
 */
describeEachDialect('sign-in limit under concurrent attempts', (env) => {
  it(`lets at most ${FREE} of ${ATTEMPTS} concurrent wrong passwords for one account reach the password check`, async () => {
    env().clock.set(new Date('2024-11-20T09:00:00Z'));
    const user = await createUser(env(), 'editor');
    const forms = await Promise.all(Array.from({ length: ATTEMPTS }, () => loginForm(env())));
    const responses = await Promise.all(forms.map((f, i) => postForm(env(), '/admin/login', f, { email: user.email, password: `wrong guess ${i}` })));
    const { bodies, count } = await tally(responses);
    // Every 400 is a password that was checked (and refused); a 429 was refused before any check.
    assert.ok(count(400) <= FREE, `${count(400)} password checks`);
    assert.equal(count(400) + count(429), ATTEMPTS);
    responses.forEach((res, i) => {
      if (res.status === 400) assert.ok(bodies[i].includes(NEUTRAL));
      if (res.status !== 429) return;
      assert.ok(Number(res.headers.get('retry-after')) >= 1, 'Retry-After is set');
      assert.match(bodies[i], LOCKED);
      assert.ok(!bodies[i].includes(NEUTRAL));
    });
    // Whatever the interleaving, no more than the free attempts are stored for the account from here.
    const stored = await env().db.selectFrom('login_attempts').select('id').where('key', '=', accountKey(user.email)).execute();
    assert.ok(stored.length <= FREE, 'refused attempts do not pile up');
    const locked = await env().db.selectFrom('audit_events').select('detail')
      .where('action', '=', 'login.failure').where('subject_id', '=', String(user.id)).execute();
    assert.equal(locked.filter((r) => JSON.parse(String(r.detail)).reason === 'locked').length, count(429), 'each refusal is audited as locked');
  });

  it('applies the same kind of bound to an address across accounts', async () => {
    env().clock.set(new Date('2024-11-20T10:00:00Z'));
    const forms = await Promise.all(Array.from({ length: ADDRESS_FREE + 10 }, () => loginForm(env())));
    const responses = await Promise.all(forms.map((f, i) => fromAddress(env(), '203.0.113.9', '/admin/login', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: f.cookie },
      body: new URLSearchParams({ _csrf: f.csrf, email: `nobody${i}@haven.test`, password: 'wrong password' }).toString(),
    })));
    const { count } = await tally(responses);
    assert.ok(count(400) <= ADDRESS_FREE, `${count(400)} password checks`);
    assert.equal(count(400) + count(429), ADDRESS_FREE + 10);
  });

  it('keeps sequential failures exact: 5 ordinary refusals, then 429 with a one-minute wait, audited as locked', async () => {
    env().clock.set(new Date('2024-11-20T11:00:00Z'));
    const user = await createUser(env(), 'author');
    for (let i = 0; i < FREE; i++) {
      assert.equal((await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: `nope ${i}` })).status, 400);
    }
    const res = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '60');
    const last = await env().db.selectFrom('audit_events').select(['detail', 'user_id']).where('action', '=', 'login.failure')
      .orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(String(last.detail)), { email: user.email, reason: 'locked' });
    assert.equal(last.user_id, user.id);
  });

  it('does not count successful sign-ins against the account', async () => {
    env().clock.set(new Date('2024-11-20T12:00:00Z'));
    const user = await createUser(env(), 'author');
    for (let i = 0; i < FREE + 2; i++) await signIn(env(), user);
    const rows = await env().db.selectFrom('login_attempts').select('id').where('key', '=', accountKey(user.email)).execute();
    assert.equal(rows.length, 0);
  });

  it('bounds concurrent wrong second-step codes the same way', async () => {
    env().clock.set(new Date('2024-11-20T13:00:00Z'));
    const user = await createUser(env(), 'editor');
    await updateUser(env().db, user.id, { totp_secret: newTotpSecret(), totp_enabled: 1 }, env().clock.now().toISOString());
    const first = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    assert.equal(first.headers.get('location'), '/admin/login/2fa');
    const cookie = `haven_session=${setCookies(first).haven_session}`;
    const csrf = csrfFrom(await (await env().request('/admin/login/2fa', { headers: { cookie } })).text());
    const responses = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) =>
      postForm(env(), '/admin/login/2fa', { cookie, csrf }, { code: `abcde-${String(10000 + i)}` })));
    const { count } = await tally(responses);
    assert.ok(count(400) <= FREE, `${count(400)} code checks`);
    assert.equal(count(400) + count(429), ATTEMPTS);
  });

  it('bounds concurrent wrong passwords on "My account" forms', async () => {
    env().clock.set(new Date('2024-11-20T14:00:00Z'));
    const signed = await signIn(env(), await createUser(env(), 'author'));
    const responses = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => postForm(env(), '/admin/account/password', signed, {
      current_password: `not my password ${i}`, password: 'a brand new passphrase', password_confirm: 'a brand new passphrase',
    })));
    const { bodies } = await tally(responses);
    const checked = bodies.filter((b) => b.includes('That password is not correct.')).length;
    const refused = bodies.filter((b) => LOCKED.test(b)).length;
    assert.ok(checked <= FREE, `${checked} password checks`);
    assert.equal(checked + refused, ATTEMPTS);
  });
}, { seed: false });
