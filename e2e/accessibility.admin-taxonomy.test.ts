import type { Page } from 'playwright-core';
import { describeStaffAudit, type Screen, type StaffFixture } from './axe-staff.ts';

/**
 * axe-core (WCAG 2.2 AA) in Chromium reports no violation on the admin screens for topics,
 * resource types and the organization settings: lists, new forms, edit forms (with the delete
 * section, and with the refusal to delete a used topic), errors beside the fields, in English and
 * then in Spanish (the staff area follows the `lang` cookie the language switch sets).
 */
async function idOf(fx: StaffFixture, table: 'topics' | 'resource_types', slug: string): Promise<number> {
  const row = await fx.site.env.db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

/** Fills the new-topic form wrongly and submits it: errors beside the fields (400). */
async function badTopic(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, '/admin/topics/new');
  await p.locator('#f-slug').fill('Not A Slug');
  await p.locator('#f-name_es').fill('x'.repeat(100));
  return fx.submit(p, () => p.locator('form.form button[type="submit"]').click());
}

/** Tries to delete a topic resources use: the edit page with the refusal (409). */
async function refusedDelete(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, `/admin/topics/${await idOf(fx, 'topics', 'asylum')}`);
  // The page offers no delete button for a used topic; send the form a stale page would have.
  return fx.submit(p, () => p.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = `${location.pathname}/delete`;
    const csrf = document.querySelector<HTMLInputElement>('input[name="_csrf"]')!.cloneNode() as HTMLInputElement;
    form.append(csrf);
    document.body.append(form);
    form.submit();
  }));
}

/** The settings form with a bad email and an empty name: errors beside the fields (400). */
async function badSettings(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, '/admin/settings');
  await p.locator('#f-name').fill('');
  await p.locator('#f-email').fill('not-an-email');
  return fx.submit(p, () => p.locator('form.form button[type="submit"]').click());
}

function screensIn(lang: 'en' | 'es'): Screen[] {
  const s = (label: string, status: number, open: Screen['open']): Screen => ({ label: `${label}${lang === 'es' ? ' (Spanish)' : ''}`, viewer: 'admin', status, lang, open });
  return [
    s('topic list', 200, (p, fx) => fx.go(p, '/admin/topics')),
    s('new topic form', 200, (p, fx) => fx.go(p, '/admin/topics/new')),
    s('new topic with errors beside the fields', 400, badTopic),
    s('topic edit page (in use: no delete button)', 200, async (p, fx) => fx.go(p, `/admin/topics/${await idOf(fx, 'topics', 'daca')}`)),
    s('refused deletion of a topic in use', 409, refusedDelete),
    s('resource type list', 200, (p, fx) => fx.go(p, '/admin/types')),
    s('resource type edit page', 200, async (p, fx) => fx.go(p, `/admin/types/${await idOf(fx, 'resource_types', 'chart')}`)),
    s('organization settings', 200, (p, fx) => fx.go(p, '/admin/settings')),
    s('organization settings with errors beside the fields', 400, badSettings),
  ];
}

const screens: Screen[] = [
  { ...screensIn('en')[0], open: async (p, fx) => { await fx.signInPage(p, fx.admin); return fx.go(p, '/admin/topics'); } },
  ...screensIn('en').slice(1),
  // The language switch stores the choice in a cookie and returns to the page.
  { ...screensIn('es')[0], open: async (p, fx) => {
    const status = await fx.go(p, '/admin/topics?lang-choice=es');
    if ((await p.locator('html').getAttribute('lang')) !== 'es') throw new Error('the staff area did not switch to Spanish');
    return status;
  } },
  ...screensIn('es').slice(1),
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff screens for topics, resource types and settings (English and Spanish)', screens);
