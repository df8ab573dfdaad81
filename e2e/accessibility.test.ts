import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeAxeAudit, type AuditTarget } from './axe.ts';
import { PUBLIC_PAGES } from './pages.ts';

/** Every kind of public page in English, the library and home on a 320px phone, and staff sign-in. */
const targets: AuditTarget[] = [
  ...PUBLIC_PAGES.map((p) => ({ label: `${p.name} [en]`, path: p.path, status: p.status })),
  { label: 'home on a 320px phone [en]', path: '/', status: 200, viewport: { width: 320, height: 640 } },
  { label: 'filtered library on a 320px phone [en]', path: '/resources?type=practice-advisory', status: 200, viewport: { width: 320, height: 640 } },
];

/**
 * axe-core (WCAG 2.2 AA tags) in Chromium reports no violation on any kind of public page.
 * The Spanish pages are audited by accessibility.es.test.ts (split to stay within the runner's
 * per-file time limit). Each run prints the pages it checked.
 */
describeAxeAudit('accessibility: no WCAG 2.2 AA violations (English pages, staff sign-in)', targets, (ctx) => {
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
});
