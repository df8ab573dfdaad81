import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { authenticator } from 'otplib';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../app/bootstrap.ts';
import { createLogger } from '../../platform/logger.ts';
import { runCli } from '../../app/cli.ts';
import { describeEachDialect } from '../../../test/support/app.ts';
import { createUser, loginForm, postForm, setCookies, TEST_PASSWORD } from '../../../test/support/auth.ts';
import { updateUser } from '../users/users.repo.ts';
import { SecretBox, secretBoxFor } from './secret-box.ts';
import { resealTotpSecrets } from './two-factor.service.ts';
import { newTotpSecret } from './totp.ts';

const OLD = 'o'.repeat(40);
const NEW = 'n'.repeat(40);

describe('SecretBox', () => {
  it('seals with AES-256-GCM under a key derived from SESSION_SECRET, a fresh nonce each time', () => {
    const box = new SecretBox(NEW);
    const a = box.seal('JBSWY3DPEHPK3PXP');
    const b = box.seal('JBSWY3DPEHPK3PXP');
    assert.match(a, /^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    assert.notEqual(a, b);
    assert.ok(!a.includes('JBSWY3DPEHPK3PXP'));
    assert.deepEqual(box.open(a), { plain: 'JBSWY3DPEHPK3PXP', current: true });
  });

  it('refuses a tampered value or one sealed under another secret, unless that secret is the previous one', () => {
    const sealed = new SecretBox(OLD).seal('JBSWY3DPEHPK3PXP');
    assert.equal(new SecretBox(NEW).open(sealed), null);
    assert.deepEqual(new SecretBox(NEW, OLD).open(sealed), { plain: 'JBSWY3DPEHPK3PXP', current: false });
    const body = sealed.split(':')[2];
    const flipped = `${sealed.slice(0, sealed.length - body.length)}${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    assert.equal(new SecretBox(OLD).open(flipped), null);
  });
});

describeEachDialect('two-step keys encrypted at rest', (env) => {
  it('seals plain keys already stored, at start; sign-in with the second step still works', async () => {
    const user = await createUser(env(), 'editor');
    const secret = newTotpSecret();
    await updateUser(env().db, user.id, { totp_secret: secret, totp_enabled: 1 }, env().clock.now().toISOString());
    const result = await resealTotpSecrets(env().db, secretBoxFor(env().config), new Date());
    assert.ok(result.resealed >= 1);
    const stored = await env().db.selectFrom('users').select('totp_secret').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.match(stored.totp_secret!, /^v1:/);
    assert.ok(!stored.totp_secret!.includes(secret));
    const first = await postForm(env(), '/admin/login', await loginForm(env()), { email: user.email, password: TEST_PASSWORD });
    const cookie = `haven_session=${setCookies(first).haven_session}`;
    const page = await env().get('/admin/login/2fa', { headers: { cookie } });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const code = authenticator.clone({ epoch: env().clock.now().getTime() }).generate(secret);
    const second = await postForm(env(), '/admin/login/2fa', { cookie, csrf }, { code });
    assert.equal(second.status, 303, 'the sealed key still checks codes');
  });
}, { seed: false });

describe('rotating SESSION_SECRET', () => {
  it('start with the new secret and PREVIOUS_SESSION_SECRET re-seals every key; haven rotate-secret reports it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-rotate-'));
    const base = { NODE_ENV: 'test', DATA_DIR: dir, SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
    try {
      const before = await openDatabase(loadConfig({ ...base, SESSION_SECRET: OLD }), createLogger('silent'));
      const sealedOld = new SecretBox(OLD).seal('JBSWY3DPEHPK3PXP');
      await before.db.insertInto('users').values({
        email: 'r@haven.test', name: 'R', role: 'admin', password_hash: 'x', totp_secret: sealedOld, totp_enabled: 1, totp_last_step: null,
        disabled: 0, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z',
      }).execute();
      await before.close();

      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
      const saved = { ...process.env };
      try {
        Object.assign(process.env, base, { SESSION_SECRET: NEW });
        delete process.env.PREVIOUS_SESSION_SECRET;
        assert.equal(await runCli(['rotate-secret'], io), 1, 'without the previous secret, the key cannot be opened');
        assert.match(err.join('\n'), /PREVIOUS_SESSION_SECRET/);
        process.env.PREVIOUS_SESSION_SECRET = OLD;
        out.length = 0;
        assert.equal(await runCli(['rotate-secret'], io), 0);
        assert.match(out.join('\n'), /1 stored/);
        assert.match(out.join('\n'), /PREVIOUS_SESSION_SECRET is no longer needed/);
      } finally {
        for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
        Object.assign(process.env, saved);
      }
      const after = await openDatabase(loadConfig({ ...base, SESSION_SECRET: NEW }), createLogger('silent'));
      const row = await after.db.selectFrom('users').select('totp_secret').executeTakeFirstOrThrow();
      await after.close();
      assert.deepEqual(new SecretBox(NEW).open(row.totp_secret!), { plain: 'JBSWY3DPEHPK3PXP', current: true }, 'opens with the new secret alone');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
