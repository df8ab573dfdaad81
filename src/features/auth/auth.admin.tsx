import { secretBoxFor } from './secret-box.ts';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage, adminView } from '../admin/index.ts';
import { readForm, validateForm } from '../../platform/forms.ts';
import { recordAudit } from '../audit/index.ts';
import { claimTotpStep, consumeRecoveryCode, findUserByEmail, findUserById } from '../users/index.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from './access.ts';
import { loginSchema, secondFactorSchema } from './auth.schema.ts';
import { verifyPassword, PASSWORD_LIMITS } from '../users/index.ts';
import { clientIp } from '../../platform/client-ip.ts';
import { requireUser, safeNext } from '../admin/index.ts';
import {
  admitAttempt, attemptKeys, createSession, endSession, noteSuccess, resolveSession, withdrawAttempt,
} from './session.service.ts';
import { hashRecoveryCode, isTotpShaped, totpStep } from './totp.ts';
import { LoginPage, SecondFactorPage, type LoginFormProps } from './views/LoginPage.tsx';

/** "14 minutes", "1 minute", "40 seconds": how long a locked-out visitor must wait. */
export function waitInWords(t: Translate, seconds: number): string {
  if (seconds < 60) return t('admin.wait.seconds', { n: seconds });
  const minutes = Math.ceil(seconds / 60);
  return t('admin.wait.minutes', { n: minutes });
}

/** Sign-in (password, then the second factor when the account has one) and sign-out. */
export function authAdmin(site: Site) {
  const deps = site.deps;
  const app = new Hono<AppEnv>();

  const page = (c: AppContext, second: boolean, props: Omit<LoginFormProps, 't' | 'siteName'>, status: ContentfulStatusCode = 200) => {
    const t = c.get('t');
    const full = { ...props, t, siteName: adminView(c, site).siteName };
    return adminPage(c, site, t(second ? 'admin.mfa.title' : 'admin.login.title'),
      second ? <SecondFactorPage {...full} /> : <LoginPage {...full} />, status);
  };

  const locked = (c: AppContext, second: boolean, props: Omit<LoginFormProps, 't' | 'siteName'>, wait: number) => {
    c.header('Retry-After', String(wait));
    const text = c.get('t')('admin.login.locked', { wait: waitInWords(c.get('t'), wait) });
    return page(c, second, { ...props, message: { kind: 'error', text } }, 429);
  };

  /** Starts the real session (a fresh token: rotation), logs it, and forgets the account's failures. */
  const signIn = async (c: AppContext, user: { id: number; email: string }, method: string) => {
    const now = deps.clock.now();
    const ip = clientIp(c, deps.config.trustProxy);
    const session = await createSession(deps.db, now, { userId: user.id, ip, userAgent: c.req.header('user-agent') ?? null });
    setSessionCookie(c, deps, session.token, session.expiresAt);
    await noteSuccess(deps.db, user.email, ip);
    await recordAudit(deps.db, { action: 'login.success', userId: user.id, subjectType: 'user', subjectId: user.id, detail: { method }, ip, at: now });
  };

  const pendingLogin = async (c: AppContext) => {
    const token = sessionToken(c, deps);
    const found = token ? await resolveSession(deps.db, deps.clock.now(), token) : null;
    return found && found.session.stage === 'mfa' ? { token: token!, user: found.user } : null;
  };

  app.get('/admin/login', (c) => {
    const next = safeNext(c.req.query('next'), deps.config.baseUrl) ?? '/admin';
    if (c.get('user')) return c.redirect(next, 303);
    const t = c.get('t');
    const message = c.req.query('signed_out') !== undefined ? { kind: 'success' as const, text: t('admin.login.signed_out') }
      : c.req.query('expired') !== undefined ? { kind: 'warning' as const, text: t('admin.mfa.expired') } : undefined;
    return page(c, false, { next, message });
  });

  app.post('/admin/login', async (c) => {
    const t = c.get('t');
    const values = await readForm(c);
    const next = safeNext(values.next, deps.config.baseUrl) ?? '/admin';
    const parsed = validateForm(loginSchema, values, t, PASSWORD_LIMITS);
    if (!parsed.ok) return page(c, false, { next, email: values.email, errors: parsed.errors }, 400);
    const { email, password } = parsed.data;
    const now = deps.clock.now();
    const ip = clientIp(c, deps.config.trustProxy);
    // The attempt is counted before the password is checked, so concurrent guesses cannot outrun the limit.
    const admission = await admitAttempt(deps.db, now, attemptKeys(email, ip));
    const user = await findUserByEmail(deps.db, email);
    if (!admission.admitted) {
      await recordAudit(deps.db, { action: 'login.failure', userId: user?.id ?? null, subjectType: 'user', subjectId: user?.id ?? null, detail: { email, reason: 'locked' }, ip, at: now });
      return locked(c, false, { next, email }, admission.wait);
    }

    // Always verify (against a decoy hash for unknown emails) so timing does not reveal accounts.
    const passwordOk = await verifyPassword(user?.password_hash, password);
    if (!user || !passwordOk || user.disabled === 1) {
      // The admitted attempt stays stored: it is this failure.
      const reason = !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'disabled';
      await recordAudit(deps.db, { action: 'login.failure', userId: user?.id ?? null, subjectType: 'user', subjectId: user?.id ?? null, detail: { email, reason }, ip, at: now });
      return page(c, false, { next, email, message: { kind: 'error', text: t('admin.login.failed') } }, 400);
    }

    await withdrawAttempt(deps.db, admission.attempt);
    // Whatever session the visitor arrived with is discarded: a new one is issued below.
    const previous = sessionToken(c, deps);
    if (previous) await endSession(deps.db, previous);
    if (user.totp_enabled === 1) {
      const pending = await createSession(deps.db, now, { userId: user.id, stage: 'mfa', ip, userAgent: c.req.header('user-agent') ?? null });
      setSessionCookie(c, deps, pending.token, pending.expiresAt);
      return c.redirect(next === '/admin' ? '/admin/login/2fa' : `/admin/login/2fa?next=${encodeURIComponent(next)}`, 303);
    }
    await signIn(c, user, 'password');
    return c.redirect(next, 303);
  });

  app.get('/admin/login/2fa', async (c) => {
    const next = safeNext(c.req.query('next'), deps.config.baseUrl) ?? '/admin';
    if (c.get('user')) return c.redirect(next, 303);
    if (!(await pendingLogin(c))) return c.redirect('/admin/login?expired', 303);
    return page(c, true, { next });
  });

  app.post('/admin/login/2fa', async (c) => {
    const t = c.get('t');
    const values = await readForm(c);
    const next = safeNext(values.next, deps.config.baseUrl) ?? '/admin';
    const pending = await pendingLogin(c);
    if (!pending) return c.redirect('/admin/login?expired', 303);
    const parsed = validateForm(secondFactorSchema, values, t);
    if (!parsed.ok) return page(c, true, { next, errors: parsed.errors }, 400);

    const now = deps.clock.now();
    const ip = clientIp(c, deps.config.trustProxy);
    const admission = await admitAttempt(deps.db, now, attemptKeys(pending.user.email, ip));
    if (!admission.admitted) {
      await recordAudit(deps.db, { action: 'login.failure', userId: pending.user.id, subjectType: 'user', subjectId: pending.user.id, detail: { email: pending.user.email, reason: 'locked' }, ip, at: now });
      return locked(c, true, { next }, admission.wait);
    }

    const user = await findUserById(deps.db, pending.user.id);
    const code = parsed.data.code;
    let method: 'totp' | 'recovery_code' | null = null;
    const secret = secretBoxFor(deps.config).reveal(user?.totp_secret);
    if (user?.totp_enabled === 1 && secret) {
      if (isTotpShaped(code)) {
        const step = totpStep(secret, code, now);
        if (step !== null && (await claimTotpStep(deps.db, user.id, step))) method = 'totp';
      } else if (await consumeRecoveryCode(deps.db, user.id, hashRecoveryCode(code), now.toISOString())) {
        method = 'recovery_code';
      }
    }
    if (!user || !method) {
      // The admitted attempt stays stored: it is this failure.
      await recordAudit(deps.db, { action: 'login.failure', userId: pending.user.id, subjectType: 'user', subjectId: pending.user.id, detail: { email: pending.user.email, reason: 'wrong_code' }, ip, at: now });
      return page(c, true, { next, message: { kind: 'error', text: t('admin.mfa.failed') } }, 400);
    }
    await withdrawAttempt(deps.db, admission.attempt);
    await endSession(deps.db, pending.token);
    await signIn(c, user, method);
    return c.redirect(next, 303);
  });

  app.post('/admin/logout', requireUser, async (c) => {
    const user = c.get('user')!;
    const token = sessionToken(c, deps);
    if (token) await endSession(deps.db, token);
    clearSessionCookie(c, deps);
    await recordAudit(deps.db, { action: 'logout', userId: user.id, subjectType: 'user', subjectId: user.id, ip: clientIp(c, deps.config.trustProxy), at: deps.clock.now() });
    return c.redirect('/admin/login?signed_out', 303);
  });

  return app;
}
