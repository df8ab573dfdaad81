import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { bumpGeneration } from '../src/db/generation.ts';
import { describeStaffAudit, type Screen, type StaffFixture } from './axe-staff.ts';

/**
 * axe-core (WCAG 2.2 AA) in Chromium reports no violation on the staff screens for search:
 * the synonym list, the new and edit forms (with the delete section), errors beside the phrases
 * box, the conflict screen, the search report with figures in its three tables, the authorities
 * report with rows in each table, and a resource's "Authorities" section refusing a citation it
 * cannot read; in English, then in Spanish.
 */
async function cimtGroup(fx: StaffFixture): Promise<{ id: number; version: number }> {
  const rows = await fx.site.env.db.selectFrom('search_synonyms').select(['id', 'version', 'phrases']).execute();
  return rows.find((r) => (JSON.parse(r.phrases) as string[]).includes('CIMT'))!;
}

/** Submits a group of one phrase: the message beside the box (400). */
async function badGroup(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, '/admin/synonyms/new');
  await p.locator('#f-phrases').fill('only one phrase');
  return fx.submit(p, () => p.locator('form.form button[type="submit"]').first().click());
}

/** Saves the CIMT group from a page someone else saved in between: the conflict screen (409). */
async function conflict(p: Page, fx: StaffFixture): Promise<number | undefined> {
  const group = await cimtGroup(fx);
  await fx.go(p, `/admin/synonyms/${group.id}`);
  await fx.site.env.db.updateTable('search_synonyms').set({ version: group.version + 1 }).where('id', '=', group.id).execute();
  await p.locator('#f-phrases').fill('CIMT\ncrime involving moral turpitude\nmoral turpitude');
  return fx.submit(p, () => p.locator('form.form button[type="submit"]').first().click());
}

/** Searches of this week, written as the search log writes them, so the report's tables have rows. */
async function withSearches(fx: StaffFixture): Promise<void> {
  const day = fx.site.env.clock.now().toISOString().slice(0, 10);
  const row = (query: string, language: string, results: number) => ({ day, language, query, results, suggested: results ? 0 : 1, filtered: 0 });
  await fx.site.env.db.insertInto('search_log').values([row('u visa', 'en', 5), row('u visa', 'en', 5), row('asilo', 'es', 4), row('qwertyuiop', 'en', 0)]).execute();
  await fx.site.env.db.insertInto('search_clicks').values([{ day, language: 'en', query: 'u visa', resource_id: 1 }]).execute();
}

/**
 * Marks, on the newest published resource citing the most cited authority, that authority as
 * changed, so the authorities report lists the older resources citing it; and makes a superseded
 * resource the only one citing an authority. Written as the editor's section writes them.
 */
async function withAuthorityMarks(fx: StaffFixture): Promise<void> {
  const db = fx.site.env.db;
  const top = await db.selectFrom('resource_authorities as ra').innerJoin('resources as r', 'r.id', 'ra.resource_id')
    .select(['ra.key', 'ra.kind', 'ra.display', (eb) => eb.fn.countAll<number>().as('n')]).where('r.status', '=', 'published')
    .groupBy(['ra.key', 'ra.kind', 'ra.display']).orderBy(sql`count(*)`, 'desc').orderBy('ra.key').executeTakeFirstOrThrow();
  const newest = await db.selectFrom('resource_authorities as ra').innerJoin('resources as r', 'r.id', 'ra.resource_id').select('r.id')
    .where('ra.key', '=', top.key).where('r.status', '=', 'published').orderBy('r.published_on', 'desc').orderBy('r.id', 'desc').executeTakeFirstOrThrow();
  await db.insertInto('resource_authority_overrides').values({
    resource_id: newest.id, key: top.key, action: 'changed', kind: top.kind, display: top.display, note: 'Amended', user_id: null, created_at: new Date().toISOString(),
  }).execute();
  const superseded = await db.selectFrom('resource_supersedes as s').innerJoin('resources as r', 'r.id', 's.superseded_id').select('r.id')
    .where('r.status', '=', 'published').executeTakeFirstOrThrow();
  await db.insertInto('resource_authority_overrides').values({
    resource_id: superseded.id, key: 'INA 101(a)(47)(B)', action: 'add', kind: 'statute', display: 'INA § 101(a)(47)(B)', note: null, user_id: null, created_at: new Date().toISOString(),
  }).execute();
  await db.transaction().execute((trx) => bumpGeneration(trx));
}

/** Types something the grammar cannot read into a resource's "Authorities" section: the error beside the box (400). */
async function badAuthority(p: Page, fx: StaffFixture): Promise<number | undefined> {
  await fx.go(p, `/admin/resources/${fx.reviewId}`);
  await p.locator('#f-citation').fill('the provisional waiver rule');
  return fx.submit(p, () => p.locator('form.authority-form button[type="submit"]').click());
}

function screensIn(lang: 'en' | 'es'): Screen[] {
  const s = (label: string, status: number, open: Screen['open']): Screen => ({ label: `${label}${lang === 'es' ? ' (Spanish)' : ''}`, viewer: 'admin', status, lang, open });
  return [
    s('synonym list', 200, (p, fx) => fx.go(p, '/admin/synonyms')),
    s('new synonym group form', 200, (p, fx) => fx.go(p, '/admin/synonyms/new')),
    s('new synonym group with the error beside the box', 400, badGroup),
    s('synonym group edit page with the delete section', 200, async (p, fx) => fx.go(p, `/admin/synonyms/${(await cimtGroup(fx)).id}`)),
    s('synonym group conflict screen', 409, conflict),
    s('search report with figures', 200, (p, fx) => fx.go(p, '/admin/search-report')),
    s('authorities report with rows', 200, (p, fx) => fx.go(p, '/admin/authorities')),
    s('resource edit page refusing an authority it cannot read', 400, badAuthority),
  ];
}

const screens: Screen[] = [
  { ...screensIn('en')[0], open: async (p, fx) => { await withSearches(fx); await withAuthorityMarks(fx); await fx.signInPage(p, fx.admin); return fx.go(p, '/admin/synonyms'); } },
  ...screensIn('en').slice(1),
  { ...screensIn('es')[0], open: async (p, fx) => {
    const status = await fx.go(p, '/admin/synonyms?lang-choice=es');
    if ((await p.locator('html').getAttribute('lang')) !== 'es') throw new Error('the staff area did not switch to Spanish');
    return status;
  } },
  ...screensIn('es').slice(1),
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff screens for search synonyms, the search and authorities reports and the authorities section (English and Spanish)', screens);
