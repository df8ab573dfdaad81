import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, loginAs, loginForm, postForm, setCookies, signIn, TEST_PASSWORD, type TestUser } from '../../../test/support/auth.ts';
import type { CommandContext } from '../../db/command.ts';
import { hashRecoveryCode, newTotpSecret } from '../auth/totp.ts';
import { replaceRecoveryCodes, updateUser } from './users.repo.ts';
import { userCommand } from './users.command.ts';

/** An account with two-step verification on (secret and recovery codes stored) and a live session. */
async function withTwoStep(env: TestEnv, role: 'author' | 'editor' = 'author'): Promise<{ user: TestUser; cookie: string }> {
  const user = await createUser(env, role);
  const signed = await signIn(env, user);
  const now = env.clock.now().toISOString();
  await updateUser(env.db, user.id, { totp_secret: newTotpSecret(), totp_enabled: 1 }, now);
  await replaceRecoveryCodes(env.db, user.id, [hashRecoveryCode('aaaaa-bbbbb')], now);
  return { user, cookie: signed.cookie };
}

/** Where the password step sends this account: `/admin` (password alone) or the second step. */
async function afterPassword(env: TestEnv, user: TestUser): Promise<string | null> {
  const res = await postForm(env, '/admin/login', await loginForm(env), { email: user.email, password: TEST_PASSWORD });
  assert.equal(res.status, 303);
  assert.ok(setCookies(res).haven_session);
  return res.headers.get('location');
}

async function state(env: TestEnv, userId: number) {
  const user = await env.db.selectFrom('users').select(['totp_enabled', 'totp_secret']).where('id', '=', userId).executeTakeFirstOrThrow();
  const codes = await env.db.selectFrom('recovery_codes').select('id').where('user_id', '=', userId).execute();
  const sessions = await env.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();
  return { enabled: user.totp_enabled, secret: user.totp_secret, codes: codes.length, sessions: sessions.length };
}

function cli(env: TestEnv, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    config: env.config, args, interactive: false,
    open: async () => ({ db: env.db, dialect: env.dialect, close: async () => {} }),
    out: (l) => out.push(l), err: (l) => err.push(l),
  };
  return userCommand().run(ctx).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describeEachDialect('resetting a colleague’s two-step verification', (env) => {
  it('shows admins a confirmed reset form on the account of someone who has it on', async () => {
    const admin = await loginAs(env(), 'admin');
    const { user } = await withTwoStep(env());
    const page = await env().get(`/admin/users/${user.id}`, { headers: { cookie: admin.cookie } });
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`<form class="form" method="post" action="/admin/users/${user.id}/2fa/reset">`));
    assert.match(page.text, /<input type="checkbox" name="confirm" value="yes" required/);
    const plain = await createUser(env(), 'author');
    const other = await env().get(`/admin/users/${plain.id}`, { headers: { cookie: admin.cookie } });
    assert.doesNotMatch(other.text, /2fa\/reset/, 'nothing to reset when it is off');
  });

  it('refuses editors, authors and anonymous visitors, and a missing CSRF token', async () => {
    const { user } = await withTwoStep(env());
    for (const role of ['editor', 'author'] as const) {
      const who = await loginAs(env(), role);
      assert.equal((await postForm(env(), `/admin/users/${user.id}/2fa/reset`, who, { confirm: 'yes' })).status, 403, role);
    }
    const anonymous = await postForm(env(), `/admin/users/${user.id}/2fa/reset`, await loginForm(env()), { confirm: 'yes' });
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.headers.get('location') ?? '', /^\/admin\/login/);
    const admin = await loginAs(env(), 'admin');
    assert.equal((await postForm(env(), `/admin/users/${user.id}/2fa/reset`, { cookie: admin.cookie, csrf: 'forged' }, { confirm: 'yes' })).status, 403);
    assert.equal((await state(env(), user.id)).enabled, 1, 'still on');
  });

  it('needs the confirmation box, saying so beside it in the page’s language', async () => {
    const admin = await loginAs(env(), 'admin');
    const { user } = await withTwoStep(env());
    const res = await postForm(env(), `/admin/users/${user.id}/2fa/reset`, admin, {});
    assert.equal(res.status, 400);
    assert.match(await res.text(), /id="f-confirm-error">Tick the box to confirm that the owner asked for this.</);
    const es = await postForm(env(), `/admin/users/${user.id}/2fa/reset`, { cookie: `${admin.cookie}; lang=es`, csrf: admin.csrf }, {});
    assert.match(await es.text(), /Marque la casilla para confirmar/);
    assert.equal((await state(env(), user.id)).enabled, 1, 'still on');
  });

  it('clears the secret and recovery codes, ends the sessions, audits 2fa.reset; the password alone then signs in', async () => {
    const admin = await loginAs(env(), 'admin');
    const { user, cookie } = await withTwoStep(env());
    assert.equal(await afterPassword(env(), user), '/admin/login/2fa', 'before: the second step is asked for');
    const res = await postForm(env(), `/admin/users/${user.id}/2fa/reset`, admin, { confirm: 'yes' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/admin/users/${user.id}?done=twofactor`);
    assert.match(await (await env().request(res.headers.get('location')!, { headers: { cookie: admin.cookie } })).text(),
      /Two-step verification is off for this account, and all its sessions were ended./);
    assert.deepEqual(await state(env(), user.id), { enabled: 0, secret: null, codes: 0, sessions: 0 });
    assert.equal((await env().request('/admin', { headers: { cookie } })).status, 303, 'the old session is over');
    const audit = await env().db.selectFrom('audit_events').select(['user_id', 'subject_id', 'detail'])
      .where('action', '=', '2fa.reset').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(audit.user_id, admin.user.id);
    assert.equal(audit.subject_id, String(user.id));
    assert.deepEqual(JSON.parse(String(audit.detail)), { email: user.email });
    assert.equal(await afterPassword(env(), user), '/admin', 'after: the password alone signs in');
    const again = await postForm(env(), `/admin/users/${user.id}/2fa/reset`, admin, { confirm: 'yes' });
    assert.equal(again.status, 400);
    assert.match(await again.text(), /already off/);
  });

  it('is also `haven user reset-2fa --email`', async () => {
    const { user } = await withTwoStep(env(), 'editor');
    const r = await cli(env(), ['reset-2fa', '--email', user.email.toUpperCase()]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`Two-step verification turned off for ${user.email.replace(/[.+]/g, '\\$&')}`));
    assert.deepEqual(await state(env(), user.id), { enabled: 0, secret: null, codes: 0, sessions: 0 });
    const audit = await env().db.selectFrom('audit_events').select(['user_id', 'subject_id']).where('action', '=', '2fa.reset')
      .orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(audit, { user_id: null, subject_id: String(user.id) });
    assert.equal(await afterPassword(env(), user), '/admin');
    const twice = await cli(env(), ['reset-2fa', '--email', user.email]);
    assert.equal(twice.code, 0);
    assert.match(twice.out, /already off/);
    const unknown = await cli(env(), ['reset-2fa', '--email', 'nobody@haven.test']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /There is no account with the email nobody@haven.test/);
    const missing = await cli(env(), ['reset-2fa']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /haven user reset-2fa --email EMAIL/);
  });
}, { seed: false });
