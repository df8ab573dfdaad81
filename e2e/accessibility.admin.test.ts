import assert from 'node:assert/strict';
import { postMultipart, signIn } from '../test/support/auth.ts';
import { describeStaffAudit, type Screen } from './axe-staff.ts';
import { resourceFields } from '../test/support/factories.ts';

/**
 * axe-core (WCAG 2.2 AA, the tags of e2e/axe.ts) in Chromium reports no violation on the staff
 * area's editorial screens (and the 403 page); accessibility.admin-site.test.ts covers the rest
 * (sign-in, homepage curation, users, audit log, my account and two-step enrolment, 404). Split
 * in two so each file finishes within the runner's time limit. Pages that only a form submission produces (errors
 * beside the fields, a conflict, a refused schedule) are reached by submitting the form.
 *
 * These are the English passes; accessibility.admin-es.test.ts audits the same kinds of screens in
 * Spanish (the staff area follows the `lang` cookie its language switch sets).
 */
const screens: Screen[] = [
  // An author.
  { label: 'edit page, read-only for its author while in review', viewer: 'author', status: 200,
    open: async (p, fx) => { await fx.signInPage(p, fx.author); return fx.go(p, `/admin/resources/${fx.reviewId}`); } },
  { label: 'refused (403): an author opens Users', viewer: 'author', status: 403, open: (p, fx) => fx.go(p, '/admin/users') },
  { label: 'edit page on a 320px phone (the author’s draft)', viewer: 'phone', status: 200,
    open: async (p, fx) => { await fx.signInPage(p, fx.author); return fx.go(p, `/admin/resources/${fx.draftId}`); } },
  // An admin.
  { label: 'dashboard', viewer: 'admin', status: 200, open: async (p, fx) => { await fx.signInPage(p, fx.admin); return fx.go(p, '/admin'); } },
  { label: 'resource list', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/resources') },
  { label: 'resource list, filtered by state and title', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/resources?state=review&q=pickering') },
  { label: 'resource list, no matches', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, '/admin/resources?q=zzzzqqqq') },
  { label: 'new resource form (with the editor toolbar)', viewer: 'admin', status: 200, open: async (p, fx) => {
    const status = await fx.go(p, '/admin/resources/new');
    await p.getByRole('toolbar', { name: 'Formatting' }).waitFor();
    return status;
  } },
  { label: 'new resource form with errors beside the fields, live preview open', viewer: 'admin', status: 400, open: async (p, fx) => {
    await p.getByLabel('Web address (slug)').fill('Not A Slug');
    await p.locator('#f-body').fill('## Heading\n\nSome **bold** text.');
    const status = await fx.submit(p, () => p.getByRole('button', { name: 'Save', exact: true }).click());
    await p.getByRole('button', { name: 'Show preview' }).click();
    await p.locator('#body-preview h2').first().waitFor();
    return status;
  } },
  { label: 'edit page: form, attachment and publication panel (in review)', viewer: 'admin', status: 200,
    open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}`) },
  { label: 'edit page with errors beside the fields', viewer: 'admin', status: 400, open: async (p, fx) => {
    await p.getByLabel('Title').fill('');
    await p.getByLabel('Publication date').fill('');
    return fx.submit(p, () => p.getByRole('button', { name: 'Save', exact: true }).click());
  } },
  { label: 'edit page after a conflicting save (409, with the comparison)', viewer: 'admin', status: 409, open: async (p, fx) => {
    await fx.go(p, `/admin/resources/${fx.draftId}`);
    // Someone else saves first.
    const other = await signIn(fx.site.env, fx.admin);
    const stored = await fx.site.env.get(`/admin/resources/${fx.draftId}`, { headers: { cookie: other.cookie } });
    const version = /name="version" value="(\d+)"/.exec(stored.text)![1];
    const saved = await postMultipart(fx.site.env, `/admin/resources/${fx.draftId}`, other,
      resourceFields({ slug: 'a11y-draft', title: 'Changed by someone else', version }));
    assert.equal(saved.status, 303);
    await p.getByLabel('Summary').fill('My own summary, kept for me.');
    return fx.submit(p, () => p.getByRole('button', { name: 'Save', exact: true }).click());
  } },
  { label: 'edit page with a schedule error (a time in the past)', viewer: 'admin', status: 400, open: async (p, fx) => {
    await fx.go(p, `/admin/resources/${fx.reviewId}`);
    const panel = p.locator('.schedule-form');
    await panel.getByLabel('Date').fill('2020-01-01');
    await panel.getByLabel('Time', { exact: true }).fill('09:00');
    return fx.submit(p, () => panel.getByRole('button', { name: 'Schedule', exact: true }).click());
  } },
  { label: 'revision history', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/history`) },
  { label: 'revision diff (version 2 against 1)', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/history/2`) },
  { label: 'revision diff (the first version)', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/history/1`) },
  { label: 'private preview of a resource in review', viewer: 'admin', status: 200, open: (p, fx) => fx.go(p, `/admin/resources/${fx.reviewId}/preview`) },
];

describeStaffAudit('accessibility: no WCAG 2.2 AA violations on the staff editorial screens (English)', screens);
