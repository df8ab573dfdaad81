import type { Page } from 'playwright-core';
import { describeStaffAudit, type Screen, type StaffFixture } from './axe-staff.ts';

/**
 * axe-core (WCAG 2.2 AA) in Chromium reports no violation on the staff screens for projects,
 * statements and pages: lists (filtered and empty), new and edit forms (with errors beside the
 * fields), the publication panel, history, a revision diff and the private preview, in English and
 * then in Spanish (the staff area follows the `lang` cookie the language switch sets).
 */
async function idOf(fx: StaffFixture, table: 'projects' | 'statements' | 'pages', slug: string): Promise<number> {
  const row = await fx.site.env.db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

/** Fills the new-statement form wrongly and submits it: errors beside the fields (400). */
async function badStatement(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, '/admin/statements/new');
  await p.locator('#f-slug').fill('Not A Slug');
  await p.locator('#f-body').fill('## Heading\n\nSome **bold** text.');
  return fx.submit(p, () => p.locator('form.resource-form button[type="submit"]').click());
}

/** Saves the About page once (so its history has a diff) and opens the edit page. */
async function editedAbout(p: Page, fx: StaffFixture): Promise<number | undefined> {
  const id = await idOf(fx, 'pages', 'about');
  await fx.go(p, `/admin/pages/${id}`);
  await p.locator('#f-summary').fill('A national nonprofit resource center for immigrant rights.');
  return fx.submit(p, () => p.locator('form.resource-form button[type="submit"]').click());
}

function screensIn(lang: 'en' | 'es'): Screen[] {
  const s = (label: string, status: number, open: Screen['open']): Screen => ({ label: `${label}${lang === 'es' ? ' (Spanish)' : ''}`, viewer: 'admin', status, lang, open });
  return [
    s('project list', 200, (p, fx) => fx.go(p, '/admin/projects')),
    s('statement list, filtered by state', 200, (p, fx) => fx.go(p, '/admin/statements?state=published')),
    s('page list, no matches', 200, (p, fx) => fx.go(p, '/admin/pages?q=zzzzqqqq')),
    s('new project form (with the editor toolbar)', 200, async (p, fx) => {
      const status = await fx.go(p, '/admin/projects/new');
      await p.locator('[role="toolbar"]').waitFor();
      return status;
    }),
    s('new statement with errors beside the fields', 400, badStatement),
    s('edit page (a page) after a save, with the publication panel', 200, editedAbout),
    s('project edit page (published: unpublish and archive)', 200, async (p, fx) => fx.go(p, `/admin/projects/${await idOf(fx, 'projects', 'new-americans-campaign')}`)),
    s('page history', 200, async (p, fx) => fx.go(p, `/admin/pages/${await idOf(fx, 'pages', 'about')}/history`)),
    s('page revision diff', 200, async (p, fx) => {
      const id = await idOf(fx, 'pages', 'about');
      const { version } = await fx.site.env.db.selectFrom('pages').select('version').where('id', '=', id).executeTakeFirstOrThrow();
      return fx.go(p, `/admin/pages/${id}/history/${version}`);
    }),
    s('private preview of a statement', 200, async (p, fx) => fx.go(p, `/admin/statements/${await idOf(fx, 'statements', 'ilrc-calls-for-a-permanent-ceasefire')}/preview`)),
  ];
}

const screens: Screen[] = [
  { ...screensIn('en')[0], open: async (p, fx) => { await fx.signInPage(p, fx.admin); return fx.go(p, '/admin/projects'); } },
  ...screensIn('en').slice(1),
  // The language switch stores the choice in a cookie and returns to the page.
  { ...screensIn('es')[0], open: async (p, fx) => {
    const status = await fx.go(p, '/admin/projects?lang-choice=es');
    if ((await p.locator('html').getAttribute('lang')) !== 'es') throw new Error('the staff area did not switch to Spanish');
    return status;
  } },
  ...screensIn('es').slice(1),
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff screens for projects, statements and pages (English and Spanish)', screens);
