import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, loginForm, loginAs, postForm, signIn, TEST_PASSWORD, type Signed } from '../../../test/support/auth.ts';

const NEW_PASSWORD = 'a brand new passphrase';

async function userCount(env: TestEnv): Promise<number> {
  return (await env.db.selectFrom('users').select('id').execute()).length;
}

async function lastAudit(env: TestEnv, action: string) {
  const row = await env.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirst();
  return row ? { ...row, detail: JSON.parse(row.detail) } : undefined;
}

describeEachDialect('user management', (env) => {
  let admin: Signed;
  before(async () => {
    admin = await loginAs(env(), 'admin');
  });

  it('lists every account', async () => {
    const other = await createUser(env(), 'author', { name: 'Zoë Author' });
    const { status, text } = await env().get('/admin/users', { headers: { cookie: admin.cookie } });
    assert.equal(status, 200);
    assert.ok(text.includes(`<a href="/admin/users/${other.id}">Zoë Author</a>`));
    assert.ok(text.includes(`<a href="/admin/users/${admin.user.id}">${admin.user.name}</a> (you)`));
  });

  it('refuses an invalid new account field by field, refilled, with nothing saved', async () => {
    const before = await userCount(env());
    const res = await postForm(env(), '/admin/users', admin, { email: 'nope', name: '', role: 'owner', password: 'short', password_confirm: 'short' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-email-error">Enter an email address like name@example.org.</);
    assert.match(html, /id="f-name-error">Enter a name of at most 100 characters.</);
    assert.match(html, /id="f-role-error">Choose a role.</);
    assert.match(html, /id="f-password-error">Use at least 12 characters.</);
    assert.match(html, /id="f-email"[^>]*value="nope"[^>]*aria-invalid="true" aria-describedby="f-email-error"/);
    assert.match(html, /<a href="#f-email">Email: /, 'the summary links to the field');
    assert.ok(!html.includes('value="short"'), 'passwords are not sent back');
    const mismatch = await postForm(env(), '/admin/users', admin, { email: 'ok@haven.test', name: 'Ok', role: 'author', password: NEW_PASSWORD, password_confirm: `${NEW_PASSWORD}!` });
    assert.equal(mismatch.status, 400);
    assert.match(await mismatch.text(), /id="f-password_confirm-error">The two passwords do not match.</);
    assert.equal(await userCount(env()), before);
  });

  it('creates an account that can sign in, and refuses the same email twice whatever its case', async () => {
    const res = await postForm(env(), '/admin/users', admin, { email: 'New.Person@Haven.test', name: 'New Person', role: 'editor', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    assert.equal(res.status, 303);
    const location = res.headers.get('location')!;
    assert.match(location, /^\/admin\/users\/\d+\?done=created$/);
    const page = await env().get(location, { headers: { cookie: admin.cookie } });
    assert.match(page.text, /The account has been created./);
    assert.match(page.text, /new.person@haven.test/);
    const row = await env().db.selectFrom('users').selectAll().where('email', '=', 'new.person@haven.test').executeTakeFirstOrThrow();
    assert.equal(row.role, 'editor');
    assert.match(row.password_hash, /^\$argon2id\$/);
    const audit = await lastAudit(env(), 'user.create');
    assert.equal(audit?.user_id, admin.user.id);
    assert.deepEqual(audit?.detail, { email: 'new.person@haven.test', role: 'editor' });
    const signed = await signIn(env(), { id: row.id, email: row.email, name: row.name, role: 'editor', password: NEW_PASSWORD });
    assert.equal((await env().request('/admin/users', { headers: { cookie: signed.cookie } })).status, 403, 'an editor does not manage users');

    const twice = await postForm(env(), '/admin/users', admin, { email: 'NEW.PERSON@haven.test', name: 'Again', role: 'author', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    assert.equal(twice.status, 400);
    assert.match(await twice.text(), /id="f-email-error">An account with this email already exists.</);
  });

  it('changes a role, effective on the person’s next request, and logs it', async () => {
    const person = await signIn(env(), await createUser(env(), 'editor'));
    assert.equal((await env().request('/admin/audit', { headers: { cookie: person.cookie } })).status, 403);
    const res = await postForm(env(), `/admin/users/${person.user.id}/role`, admin, { role: 'admin' });
    assert.equal(res.status, 303);
    assert.equal((await env().request('/admin/audit', { headers: { cookie: person.cookie } })).status, 200);
    const audit = await lastAudit(env(), 'user.role_change');
    assert.deepEqual(audit?.detail, { email: person.user.email, from: 'editor', to: 'admin' });
    const bad = await postForm(env(), `/admin/users/${person.user.id}/role`, admin, { role: 'superuser' });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /id="f-role-error">Choose a role.</);
  });

  it('disables an account (signed out at once, cannot sign in) and enables it again', async () => {
    const person = await signIn(env(), await createUser(env(), 'author'));
    const res = await postForm(env(), `/admin/users/${person.user.id}/status`, admin, { disabled: '1' });
    assert.equal(res.status, 303);
    assert.equal((await env().request('/admin', { headers: { cookie: person.cookie } })).status, 303, 'their session ended');
    const refused = await postForm(env(), '/admin/login', await loginForm(env()), { email: person.user.email, password: TEST_PASSWORD });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Email or password is incorrect./);
    assert.equal((await lastAudit(env(), 'user.disable'))?.subject_id, String(person.user.id));
    assert.equal((await postForm(env(), `/admin/users/${person.user.id}/status`, admin, { disabled: '0' })).status, 303);
    assert.equal((await lastAudit(env(), 'user.enable'))?.subject_id, String(person.user.id));
    await signIn(env(), person.user);
  });

  it('resets a password: the old one stops working and the account is signed out', async () => {
    const person = await signIn(env(), await createUser(env(), 'author'));
    const short = await postForm(env(), `/admin/users/${person.user.id}/password`, admin, { password: 'short', password_confirm: 'short' });
    assert.equal(short.status, 400);
    const res = await postForm(env(), `/admin/users/${person.user.id}/password`, admin, { password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    assert.equal(res.status, 303);
    assert.equal((await env().request('/admin', { headers: { cookie: person.cookie } })).status, 303);
    const old = await postForm(env(), '/admin/login', await loginForm(env()), { email: person.user.email, password: TEST_PASSWORD });
    assert.equal(old.status, 400);
    await signIn(env(), { ...person.user, password: NEW_PASSWORD });
  });

  it('never leaves the site without an active admin, and nobody disables themselves', async () => {
    // Only this suite's first admin and the promoted editor above are admins; demote the latter.
    const others = await env().db.selectFrom('users').select('id').where('role', '=', 'admin').where('id', '!=', admin.user.id).execute();
    for (const o of others) await env().db.updateTable('users').set({ role: 'editor' }).where('id', '=', o.id).execute();
    const demote = await postForm(env(), `/admin/users/${admin.user.id}/role`, admin, { role: 'editor' });
    assert.equal(demote.status, 400);
    assert.match(await demote.text(), /This is the only active admin account./);
    const disable = await postForm(env(), `/admin/users/${admin.user.id}/status`, admin, { disabled: '1' });
    assert.equal(disable.status, 400);
    assert.match(await disable.text(), /You cannot disable your own account./);
    const row = await env().db.selectFrom('users').select(['role', 'disabled']).where('id', '=', admin.user.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { role: 'admin', disabled: 0 });
  });

  it('answers 404 for an account that does not exist', async () => {
    assert.equal((await env().request('/admin/users/999999', { headers: { cookie: admin.cookie } })).status, 404);
    assert.equal((await postForm(env(), '/admin/users/999999/role', admin, { role: 'author' })).status, 404);
  });

  it('lets people change their own password, keeping this session and ending the others', async () => {
    const user = await createUser(env(), 'author');
    const here = await signIn(env(), user);
    const elsewhere = await signIn(env(), user);
    const wrong = await postForm(env(), '/admin/account/password', here, { current_password: 'not it at all', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /id="f-current_password-error">That password is not correct.</);
    const ok = await postForm(env(), '/admin/account/password', here, { current_password: TEST_PASSWORD, password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    assert.equal(ok.status, 303);
    assert.equal((await env().request('/admin', { headers: { cookie: here.cookie } })).status, 200);
    assert.equal((await env().request('/admin', { headers: { cookie: elsewhere.cookie } })).status, 303);
    assert.equal((await lastAudit(env(), 'user.password_change'))?.subject_id, String(user.id));
  });
}, { seed: false });
