import { authenticator } from 'otplib';
import { describeStaffAudit, type Screen } from './axe-staff.ts';

/**
 * axe-core (WCAG 2.2 AA) in Chromium reports no violation on the staff area's other screens:
 * sign-in (with errors and the second step), homepage curation, users, audit log, my account and
 * two-step enrolment, the staff 404 (the editorial screens are in accessibility.admin.test.ts).
 * English; the Spanish passes are in accessibility.admin-es.test.ts.
 */
const screens: Screen[] = [
  // Signed out.
  { label: 'sign-in', viewer: 'anonymous', status: 200, open: (p, fx) => fx.go(p, '/admin/login') },
  { label: 'sign-in with errors beside the fields (empty form)', viewer: 'anonymous', status: 400,
    open: async (p, fx) => { await fx.go(p, '/admin/login'); return fx.submit(p, () => p.getByRole('button', { name: 'Sign in' }).click()); } },
  { label: 'sign-in refused (wrong password)', viewer: 'anonymous', status: 400,
    open: (p, fx) => fx.signInPage(p, { ...fx.admin, password: 'not the right password at all' }) },
  { label: 'sign-in, second step (two-step verification code)', viewer: 'anonymous', status: 200, open: (p, fx) => fx.signInPage(p, fx.guarded) },
  { label: 'second step with an error (wrong code)', viewer: 'anonymous', status: 400, open: async (p, fx) => {
    await p.locator('#f-code').fill('12345');
    return fx.submit(p, () => p.getByRole('button', { name: 'Verify' }).click());
  } },
  // An admin.
  { label: 'homepage curation', viewer: 'admin', status: 200, open: async (p, fx) => { await fx.signInPage(p, fx.admin); return fx.go(p, '/admin/homepage'); } },
  { label: 'homepage curation with errors beside the fields', viewer: 'admin', status: 400, open: async (p, fx) => {
    await p.getByLabel('Featured resource').fill('no-such-resource');
    await p.getByLabel('Number of latest items').fill('99');
    return fx.submit(p, () => p.locator('form[action="/admin/homepage"] button[type="submit"]').click());
  } },
  { label: 'users', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/users') },
  { label: 'add a user', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/users/new') },
  { label: 'add a user with errors beside the fields', viewer: 'admin', status: 400, open: async (p, fx) => {
    await p.getByLabel('Email').fill('not-an-email');
    return fx.submit(p, () => p.locator('form[action="/admin/users"] button[type="submit"]').click());
  } },
  { label: 'a user: role, status, password reset', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, `/admin/users/${fx.author.id}`) },
  { label: 'audit log', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/audit') },
  { label: 'audit log, filtered by action', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/audit?action=login.success') },
  { label: 'my account', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/account') },
  { label: 'my account, password change with errors', viewer: 'admin', status: 400,
    open: (p, fx) => fx.submit(p, () => p.locator('form[action="/admin/account/password"] button[type="submit"]').click()) },
  { label: 'two-step verification enrolment (QR code and key)', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/account/2fa') },
  { label: 'two-step enrolment with an error (wrong code)', viewer: 'admin', status: 400, open: async (p, fx) => {
    await p.locator('#f-code').fill('000000');
    await p.locator('#f-password').fill(fx.admin.password);
    return fx.submit(p, () => p.locator('form[action="/admin/account/2fa/enable"] button[type="submit"]').click());
  } },
  { label: 'two-step verification on: recovery codes shown once', viewer: 'admin', status: 200, open: async (p, fx) => {
    const secret = (await p.locator('code.totp-secret').innerText()).replace(/\s+/g, '');
    await p.locator('#f-code').fill(authenticator.clone({ epoch: fx.site.env.clock.now().getTime() }).generate(secret));
    await p.locator('#f-password').fill(fx.admin.password);
    return fx.submit(p, () => p.locator('form[action="/admin/account/2fa/enable"] button[type="submit"]').click());
  } },
  { label: 'two-step verification settings (turned on)', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/account/2fa') },
  { label: 'not found (404) in the staff area', viewer: 'admin', status: 404, open: (p, fx) => fx.go(p, '/admin/no/such/page') },
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff sign-in, site-management and account screens (English)', screens);
