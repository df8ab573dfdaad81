import assert from 'node:assert/strict';
import { it } from 'node:test';
import { bumpGeneration } from '../src/db/generation.ts';
import { upsertResource } from '../src/features/resources/index.ts';
import { auditTargets, describeAxeAudit } from './axe.ts';

/**
 * axe-core (WCAG 2.2 AA tags) in Chromium reports no violation on any kind of public page, in
 * English and Spanish, nor on the staff sign-in page. The pages are split over four files so each
 * finishes within the runner's per-file time limit:
 *   accessibility.test.ts              English home, library and resource pages; staff sign-in
 *   accessibility.site.test.ts         English topics, projects, pages, statement, 404, 400, 320px phone
 *   accessibility.es.test.ts           the same as this file, in Spanish
 *   accessibility.es-site.test.ts      the same as accessibility.site.test.ts, in Spanish
 * Each prints the pages it checked.
 */
describeAxeAudit('accessibility: no WCAG 2.2 AA violations (English: home, library, resources; staff sign-in)', auditTargets('en', 'library'), (ctx) => {
  it('staff sign-in page', async (t) => {
    const { site, run } = ctx();
    const probe = await fetch(`${site.baseUrl}/admin/login`, { redirect: 'manual' });
    await probe.arrayBuffer();
    if (probe.status === 404) {
      // The admin feature is not mounted in this build yet; the lead re-enables this check with it.
      t.skip('/admin/login answers 404: the admin feature is not mounted yet');
      return;
    }
    const found = await run({ label: 'staff sign-in [en]', path: '/admin/login', status: 200 });
    assert.deepEqual(found, [], `/admin/login\n${found.join('\n')}`);
  });

  // The demo has no review dates or update notes yet: a resource with all of them, in both languages.
  it('resource with affiliated authors, a review date, update notes and a document number', async () => {
    const { site, run } = ctx();
    await site.env.db.transaction().execute(async (trx) => {
      await upsertResource(trx, {
        slug: 'axe-currency', type: 'practice-advisory', title: 'Currency check', summary: 'A resource with every currency field.',
        body: 'Text citing INA § 212(h).', topics: [], language: 'en', audience: 'practitioners', status: 'published',
        publishedOn: '2024-01-10', updatedOn: null, authors: ['Maya Okafor', 'García López, María'],
        affiliations: ['Immigrant Legal Resource Center', null], reviewedOn: '2024-11-06',
        updates: [{ on: '2024-03-01', note: 'Added the March guidance.' }, { on: '2024-11-06', note: 'Corrected a deadline.' }],
        series: null, translationOf: null, supersedes: [], attachments: [],
      }, '2024-11-08T12:00:00.000Z');
      await bumpGeneration(trx);
    });
    for (const path of ['/resources/axe-currency', '/es/resources/axe-currency']) {
      const found = await run({ label: `resource with currency fields [${path.startsWith('/es') ? 'es' : 'en'}]`, path, status: 200 });
      assert.deepEqual(found, [], `${path}\n${found.join('\n')}`);
    }
  });
}, { selfCheck: true });
