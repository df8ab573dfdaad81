import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, loginForm, TEST_PASSWORD } from '../../../test/support/auth.ts';

/** A login form posted from a socket at `address`, with optional extra headers. */
async function loginFrom(env: TestEnv, address: string, email: string, password: string, headers: Record<string, string> = {}) {
  const form = await loginForm(env);
  return env.app.request('/admin/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie, ...headers },
    body: new URLSearchParams({ _csrf: form.csrf, email, password }).toString(),
  }, { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
}

describeEachDialect('sign-in throttle: per account and address, a growing delay', (env) => {
  it('someone hammering an account from elsewhere never keeps its owner out at their usual address', async () => {
    env().clock.set(new Date('2024-12-02T09:00:00Z'));
    const owner = await createUser(env(), 'editor');
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await loginFrom(env(), '198.51.100.66', owner.email, `guess ${i}`)).status);
    assert.deepEqual([...new Set(statuses)].sort(), [400, 429], 'the attacker is slowed down');
    const res = await loginFrom(env(), '203.0.113.5', owner.email, TEST_PASSWORD);
    assert.equal(res.status, 303, 'the owner signs in from their own address at once');
  });

  it('lengthens the wait as failures from one address mount, and never locks for good', async () => {
    const user = await createUser(env(), 'author');
    const t0 = new Date('2024-12-03T09:00:00Z').getTime();
    let now = t0;
    const waits: number[] = [];
    // Fail, and whenever told to wait, wait exactly as long as told: the waits must grow.
    for (let failures = 0; failures < 20;) {
      env().clock.set(new Date(now));
      const res = await loginFrom(env(), '192.0.2.44', user.email, 'not the password');
      if (res.status === 400) {
        failures++;
        continue;
      }
      assert.equal(res.status, 429);
      const wait = Number(res.headers.get('retry-after'));
      assert.ok(wait >= 1);
      waits.push(wait);
      now += wait * 1000;
    }
    assert.ok(waits[0] <= 60, `the first wait is short (${waits[0]} s)`);
    assert.ok(Math.max(...waits) >= 10 * 60, `later waits are long (${waits.join(', ')})`);
    env().clock.set(new Date(now + 24 * 3600 * 1000));
    assert.equal((await loginFrom(env(), '192.0.2.44', user.email, TEST_PASSWORD)).status, 303, 'after the longest window, it may sign in');
  });
}, { seed: false });

describeEachDialect('sign-in throttle behind a trusted proxy', (env) => {
  it('counts the address X-Forwarded-For names only when TRUST_PROXY is set', async () => {
    env().clock.set(new Date('2024-12-04T09:00:00Z'));
    const owner = await createUser(env(), 'editor');
    // Everyone arrives from the proxy's address; the proxy appends the client's.
    for (let i = 0; i < 10; i++) await loginFrom(env(), '10.0.0.1', owner.email, `guess ${i}`, { 'x-forwarded-for': '198.51.100.66' });
    const res = await loginFrom(env(), '10.0.0.1', owner.email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.5' });
    assert.equal(res.status, 303);
  });
}, { seed: false, env: { TRUST_PROXY: 'true' } });
