import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { createUser, postForm, signIn, type Signed } from '../../../test/support/auth.ts';

const ROUNDS = 6;

const activeAdmins = async (env: TestEnv) =>
  (await env.db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).execute()).length;

/** Two signed-in admins, the only enabled ones: every other admin is demoted first. */
async function twoAdmins(env: TestEnv): Promise<[Signed, Signed]> {
  await env.db.updateTable('users').set({ role: 'editor' }).where('role', '=', 'admin').execute();
  return [await signIn(env, await createUser(env, 'admin')), await signIn(env, await createUser(env, 'admin'))];
}

describeEachDialect('the last admin stays an admin, even when two requests race', (env) => {
  it(`two admins demoting each other at once leave one admin (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await twoAdmins(env());
      const [ab, ba] = await Promise.all([
        postForm(env(), `/admin/users/${b.user.id}/role`, a, { role: 'editor' }),
        postForm(env(), `/admin/users/${a.user.id}/role`, b, { role: 'editor' }),
      ]);
      assert.equal(await activeAdmins(env()), 1, `round ${round}: statuses ${ab.status}, ${ba.status}`);
      // One change is made. The other is refused: as the last admin (400), or, when the first had
      // already committed before the second request was authorized, because its sender is no longer an admin (403).
      const [made, refused] = ab.status === 303 ? [ab, ba] : [ba, ab];
      assert.equal(made.status, 303);
      assert.ok(refused.status === 400 || refused.status === 403, `refused with ${refused.status}`);
      if (refused.status === 400) assert.match(await refused.text(), /This is the only active admin account/);
    }
  });

  it(`two admins disabling each other at once leave one admin (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await twoAdmins(env());
      const [ab, ba] = await Promise.all([
        postForm(env(), `/admin/users/${b.user.id}/status`, a, { disabled: '1' }),
        postForm(env(), `/admin/users/${a.user.id}/status`, b, { disabled: '1' }),
      ]);
      assert.equal(await activeAdmins(env()), 1, `round ${round}: statuses ${ab.status}, ${ba.status}`);
    }
  });
}, { seed: false });
