import { secretBoxFor } from './secret-box.ts';
import { Hono } from 'hono';
import type { AppContext, AppDeps, AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage, adminView } from '../admin/index.ts';
import { readForm, validateForm, type FieldErrors } from '../../platform/forms.ts';
import { countUnusedRecoveryCodes, findUserById } from '../users/index.ts';
import { changeOwnPasswordSchema } from '../users/index.ts';
import { setPassword, type Actor } from '../users/index.ts';
import { sessionToken } from './access.ts';
import { waitInWords } from './auth.admin.tsx';
import { enrolSchema, passwordOnlySchema } from './auth.schema.ts';
import { clientIp } from '../../platform/client-ip.ts';
import { verifyPassword, PASSWORD_LIMITS } from '../users/index.ts';
import { sha256 } from '../../platform/crypto.ts';
import { authorize } from '../admin/index.ts';
import { admitAttempt, attemptKeys, withdrawAttempt } from './session.service.ts';
import { disableTwoFactor, enableTwoFactor, pendingTotpSecret, regenerateRecoveryCodes } from './two-factor.service.ts';
import { qrSvg, totpUri } from './totp.ts';
import { AccountPage, EnrolPage, ManageTwoFactorPage, RecoveryCodesPage } from './views/AccountPages.tsx';

/** Messages shown after a redirect, chosen by `?done=` from this fixed list. */
const DONE = { password: 'admin.account.password.changed', disabled: 'admin.2fa.disabled' } as const;

/** "My account": the signed-in person's details, password and two-step verification. */
export function accountAdmin(site: Site) {
  const deps = site.deps;
  const app = new Hono<AppEnv>();
  app.use('/admin/account', authorize('account.self'));
  app.use('/admin/account/*', authorize('account.self'));

  const actor = (c: AppContext): Actor => ({ userId: c.get('user')!.id, ip: clientIp(c, deps.config.trustProxy), now: deps.clock.now() });
  const done = (c: AppContext) => {
    const key = c.req.query('done');
    return key && key in DONE ? c.get('t')(DONE[key as keyof typeof DONE]) : undefined;
  };

  /**
   * Checks the account's password for a sensitive change. Wrong guesses count toward the
   * sign-in limit, so a borrowed session cannot be used to guess the password either.
   */
  const confirmPassword = async (c: AppContext, password: string): Promise<FieldErrors | null> => {
    const user = c.get('user')!;
    const t = c.get('t');
    const now = deps.clock.now();
    // Counted before the check, like sign-in, so concurrent guesses cannot outrun the limit.
    const admission = await admitAttempt(deps.db, now, attemptKeys(user.email, clientIp(c, deps.config.trustProxy)));
    if (!admission.admitted) return { password: t('admin.login.locked', { wait: waitInWords(t, admission.wait) }) };
    const row = await findUserById(deps.db, user.id);
    if (row && (await verifyPassword(row.password_hash, password))) {
      await withdrawAttempt(deps.db, admission.attempt);
      return null;
    }
    return { password: t('admin.error.password.wrong') };
  };

  const accountPage = async (c: AppContext, errors?: FieldErrors) => {
    const user = c.get('user')!;
    const row = await findUserById(deps.db, user.id);
    const t = c.get('t');
    return adminPage(c, site, t('admin.account.title'),
      <AccountPage t={t} user={user} totpEnabled={row?.totp_enabled === 1} errors={errors} done={errors ? undefined : done(c)} />,
      errors ? 400 : 200);
  };

  const twoFactorPage = async (c: AppContext, errors?: { code?: FieldErrors; disable?: FieldErrors; regenerate?: FieldErrors }) => {
    const user = c.get('user')!;
    const t = c.get('t');
    const status = errors ? 400 : 200;
    const secret = await pendingTotpSecret(deps.db, secretBoxFor(deps.config), user.id, deps.clock.now());
    if (secret) {
      const svg = await qrSvg(totpUri(secret, user.email, adminView(c, site).siteName));
      return adminPage(c, site, t('admin.2fa.title'), <EnrolPage t={t} qrSvg={svg} secret={secret} errors={errors?.code} done={done(c)} />, status);
    }
    const remaining = await countUnusedRecoveryCodes(deps.db, user.id);
    return adminPage(c, site, t('admin.2fa.title'), <ManageTwoFactorPage t={t} remaining={remaining} errors={errors} />, status);
  };

  app.get('/admin/account', (c) => accountPage(c));

  app.post('/admin/account/password', async (c) => {
    const parsed = validateForm(changeOwnPasswordSchema, await readForm(c), c.get('t'), PASSWORD_LIMITS);
    if (!parsed.ok) return accountPage(c, parsed.errors);
    const refused = await confirmPassword(c, parsed.data.current_password);
    if (refused) return accountPage(c, { current_password: refused.password });
    // Other sessions (a forgotten computer, a thief) end; this one carries on.
    await setPassword(deps.db, c.get('user')!.id, parsed.data.password, actor(c), { keepSession: sessionTokenHash(c, deps), action: 'user.password_change' });
    return c.redirect('/admin/account?done=password', 303);
  });

  app.get('/admin/account/2fa', (c) => twoFactorPage(c));

  app.post('/admin/account/2fa/enable', async (c) => {
    const t = c.get('t');
    const parsed = validateForm(enrolSchema, await readForm(c), t, PASSWORD_LIMITS);
    if (!parsed.ok) return twoFactorPage(c, { code: parsed.errors });
    // A borrowed session must not be able to tie the account to someone else's phone.
    const refused = await confirmPassword(c, parsed.data.password);
    if (refused) return twoFactorPage(c, { code: refused });
    // Every other session of the account ends: whoever else held one signs in again, with the second step.
    const codes = await enableTwoFactor(deps.db, secretBoxFor(deps.config), c.get('user')!.id, parsed.data.code.replace(/\s+/g, ''), actor(c), { keepSession: sessionTokenHash(c, deps) });
    if (!codes) return twoFactorPage(c, { code: { code: t('admin.mfa.failed') } });
    return adminPage(c, site, t('admin.2fa.codes.title'), <RecoveryCodesPage t={t} codes={codes} intro={t('admin.2fa.enabled')} />);
  });

  app.post('/admin/account/2fa/recovery-codes', async (c) => {
    const t = c.get('t');
    const parsed = validateForm(passwordOnlySchema, await readForm(c), t, PASSWORD_LIMITS);
    if (!parsed.ok) return twoFactorPage(c, { regenerate: parsed.errors });
    const refused = await confirmPassword(c, parsed.data.password);
    if (refused) return twoFactorPage(c, { regenerate: refused });
    const row = await findUserById(deps.db, c.get('user')!.id);
    if (row?.totp_enabled !== 1) return c.redirect('/admin/account/2fa', 303);
    const codes = await regenerateRecoveryCodes(deps.db, row.id, actor(c));
    return adminPage(c, site, t('admin.2fa.codes.title'), <RecoveryCodesPage t={t} codes={codes} />);
  });

  app.post('/admin/account/2fa/disable', async (c) => {
    const parsed = validateForm(passwordOnlySchema, await readForm(c), c.get('t'), PASSWORD_LIMITS);
    if (!parsed.ok) return twoFactorPage(c, { disable: parsed.errors });
    const refused = await confirmPassword(c, parsed.data.password);
    if (refused) return twoFactorPage(c, { disable: refused });
    await disableTwoFactor(deps.db, c.get('user')!.id, actor(c));
    return c.redirect('/admin/account/2fa?done=disabled', 303);
  });

  return app;
}

/** The stored id (hash) of the current session, to keep it when others are ended. */
function sessionTokenHash(c: AppContext, deps: AppDeps): string | undefined {
  const token = sessionToken(c, deps);
  return token ? sha256(token) : undefined;
}
