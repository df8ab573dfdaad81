import type { Page } from 'playwright-core';
import { describeStaffAudit, type Screen, type StaffFixture } from './axe-staff.ts';

/**
 * axe-core (WCAG 2.2 AA) in Chromium reports no violation on the staff screens of the "Find legal
 * help" page: the three lists, the form that adds an entry, that form refused with errors beside
 * its fields (400), and an entry's edit form with its remove button, in English and in Spanish.
 */
async function firstHotline(fx: StaffFixture): Promise<number> {
  const row = await fx.site.env.db.selectFrom('help_entries').select('id').where('kind', '=', 'hotline').orderBy('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A service with no label and a `javascript:` link: errors beside the fields (400). */
async function badService(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, '/admin/help/new?kind=service');
  await p.locator('#f-url').fill('javascript:alert(1)');
  await p.locator('#f-position').fill('0');
  return fx.submit(p, () => p.locator('form.form button[type="submit"]').click());
}

function screensIn(lang: 'en' | 'es'): Screen[] {
  const s = (label: string, status: number, open: Screen['open']): Screen => ({ label: `${label}${lang === 'es' ? ' (Spanish)' : ''}`, viewer: 'admin', status, lang, open });
  return [
    s('help page lists', 200, (p, fx) => fx.go(p, '/admin/help')),
    s('new hotline form', 200, (p, fx) => fx.go(p, '/admin/help/new?kind=hotline')),
    s('new Know Your Rights resource form', 200, (p, fx) => fx.go(p, '/admin/help/new?kind=rights')),
    s('new service with errors beside the fields', 400, badService),
    s('hotline edit form', 200, async (p, fx) => fx.go(p, `/admin/help/${await firstHotline(fx)}`)),
  ];
}

const screens: Screen[] = [
  { ...screensIn('en')[0], open: async (p, fx) => { await fx.signInPage(p, fx.admin); return fx.go(p, '/admin/help'); } },
  ...screensIn('en').slice(1),
  { ...screensIn('es')[0], open: async (p, fx) => {
    const status = await fx.go(p, '/admin/help?lang-choice=es');
    if ((await p.locator('html').getAttribute('lang')) !== 'es') throw new Error('the staff area did not switch to Spanish');
    return status;
  } },
  ...screensIn('es').slice(1),
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff screens of the Find legal help page (English and Spanish)', screens);
