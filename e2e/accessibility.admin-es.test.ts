import { describeStaffAudit, type Screen } from './axe-staff.ts';

/**
 * axe-core (WCAG 2.2 AA) in Chromium reports no violation on the staff screens in Spanish: the
 * staff area has one URL per screen and follows the `lang` cookie that its language switch
 * (`?lang-choice=es`) sets. The English passes are accessibility.admin.test.ts and
 * accessibility.admin-site.test.ts; projects, statements and pages in both languages are in
 * accessibility.admin-documents.test.ts. Forms are filled by field id, not by (Spanish) label.
 */
const submitIn = (form: string) => `${form} button[type="submit"]`;

async function inSpanish(p: Parameters<Screen['open']>[0], go: () => Promise<number | undefined>): Promise<number | undefined> {
  const status = await go();
  if ((await p.locator('html').getAttribute('lang')) !== 'es') throw new Error('the staff area did not switch to Spanish');
  return status;
}

const screens: Screen[] = [
  // Signed out.
  { label: 'sign-in', viewer: 'anonymous', status: 200, lang: 'es', open: (p, fx) => inSpanish(p, () => fx.go(p, '/admin/login?lang-choice=es')) },
  { label: 'sign-in with errors beside the fields (empty form)', viewer: 'anonymous', status: 400, lang: 'es',
    open: (p, fx) => fx.submit(p, () => p.locator(submitIn('form[action="/admin/login"]')).click()) },
  // An author.
  { label: 'refused (403): an author opens Users', viewer: 'author', status: 403, lang: 'es', open: async (p, fx) => {
    await fx.signInPage(p, fx.author);
    await fx.go(p, '/admin?lang-choice=es');
    return inSpanish(p, () => fx.go(p, '/admin/users'));
  } },
  { label: 'edit page, read-only for its author while in review', viewer: 'author', status: 200, lang: 'es', open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}`) },
  // An admin.
  { label: 'dashboard', viewer: 'admin', status: 200, lang: 'es', open: async (p, fx) => {
    await fx.signInPage(p, fx.admin);
    return inSpanish(p, () => fx.go(p, '/admin?lang-choice=es'));
  } },
  { label: 'resource list', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/resources') },
  { label: 'resource list, filtered by state and title', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/resources?state=review&q=pickering') },
  { label: 'new resource form (with the editor toolbar)', viewer: 'admin', status: 200, lang: 'es', open: async (p, fx) => {
    const status = await fx.go(p, '/admin/resources/new');
    await p.locator('[role="toolbar"]').waitFor();
    return status;
  } },
  { label: 'new resource form with errors beside the fields, live preview open', viewer: 'admin', status: 400, lang: 'es', open: async (p, fx) => {
    await p.locator('#f-slug').fill('No Es Una Dirección');
    await p.locator('#f-body').fill('## Encabezado\n\nTexto en **negrita**.');
    const status = await fx.submit(p, () => p.locator(submitIn('form.resource-form')).first().click());
    await p.locator('[aria-controls="body-preview"]').first().click();
    await p.locator('#body-preview h2').first().waitFor();
    return status;
  } },
  { label: 'edit page: form, attachment and publication panel (in review)', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}`) },
  { label: 'revision history', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/history`) },
  { label: 'revision diff (version 2 against 1)', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/history/2`) },
  { label: 'private preview of a resource in review', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/preview`) },
  { label: 'homepage curation', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/homepage') },
  { label: 'homepage curation with errors beside the fields', viewer: 'admin', status: 400, lang: 'es', open: async (p, fx) => {
    await p.locator('#f-featuredResource').fill('no-existe');
    await p.locator('#f-latestCount').fill('99');
    return fx.submit(p, () => p.locator(submitIn('form[action="/admin/homepage"]')).click());
  } },
  { label: 'users', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/users') },
  { label: 'add a user with errors beside the fields', viewer: 'admin', status: 400, lang: 'es', open: async (p, fx) => {
    await fx.go(p, '/admin/users/new');
    await p.locator('#f-email').fill('no-es-un-correo');
    return fx.submit(p, () => p.locator(submitIn('form[action="/admin/users"]')).click());
  } },
  { label: 'a user: role, status, password reset', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, `/admin/users/${fx.author.id}`) },
  { label: 'audit log', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/audit') },
  { label: 'my account', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/account') },
  { label: 'two-step verification enrolment (QR code and key)', viewer: 'admin', status: 200, lang: 'es', open: (p, fx) => fx.go(p, '/admin/account/2fa') },
  { label: 'not found (404) in the staff area', viewer: 'admin', status: 404, lang: 'es', open: (p, fx) => fx.go(p, '/admin/no/such/page') },
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff screens in Spanish', screens);
