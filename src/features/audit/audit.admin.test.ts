import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { loginAs, type Signed } from '../../../test/support/auth.ts';
import { AUDIT_PAGE_SIZE } from './audit.admin.tsx';
import { auditActions, listAuditEvents, recordAudit } from './audit.repo.ts';

describeEachDialect('audit log', (env) => {
  let admin: Signed;
  const base = Date.parse('2025-01-01T00:00:00Z');

  before(async () => {
    admin = await loginAs(env(), 'admin');
    // 120 publish events a minute apart, and 3 unpublish events at the very same instant.
    for (let i = 0; i < 120; i++) {
      await recordAudit(env().db, { action: 'resource.publish', userId: admin.user.id, subjectType: 'resource', subjectId: i + 1, detail: { slug: `r-${i + 1}` }, ip: '192.0.2.1', at: new Date(base + i * 60_000) });
    }
    for (let i = 0; i < 3; i++) {
      await recordAudit(env().db, { action: 'resource.unpublish', subjectType: 'resource', subjectId: `u${i}`, at: new Date(base + 500 * 60_000) });
    }
  });

  it('records events as given, with the subject id as text and the detail as JSON', async () => {
    const { entries } = await listAuditEvents(env().db, { action: 'resource.publish', limit: 1, offset: 0 });
    assert.deepEqual(entries[0], {
      id: entries[0].id, at: new Date(base + 119 * 60_000).toISOString(), action: 'resource.publish', userId: admin.user.id,
      userName: admin.user.name, userEmail: admin.user.email, subjectType: 'resource', subjectId: '120', detail: { slug: 'r-120' }, ip: '192.0.2.1',
    });
    assert.deepEqual((await auditActions(env().db)).filter((a) => a.startsWith('resource.')), ['resource.publish', 'resource.unpublish']);
  });

  it('lists events newest first, ties broken by id, paged', async () => {
    const first = await env().get('/admin/audit', { headers: { cookie: admin.cookie } });
    assert.equal(first.status, 200);
    const subjects = [...first.text.matchAll(/<td>resource #(\w+)<\/td>/g)].map((m) => m[1]);
    assert.deepEqual(subjects.slice(0, 5), ['u2', 'u1', 'u0', '120', '119']);
    assert.equal(subjects.length, AUDIT_PAGE_SIZE, 'the sign-in event (at the test clock, 2024) is older than all of them');
    assert.match(first.text, /rel="next" href="\/admin\/audit\?page=2"/);
    const second = await env().get('/admin/audit?page=2', { headers: { cookie: admin.cookie } });
    const next = [...second.text.matchAll(/<td>resource #(\w+)<\/td>/g)].map((m) => m[1]);
    assert.equal(next[0], String(120 - (AUDIT_PAGE_SIZE - 3)));
    assert.equal(new Set([...subjects, ...next]).size, subjects.length + next.length, 'no event on two pages');
  });

  it('filters by action', async () => {
    const { text } = await env().get('/admin/audit?action=resource.unpublish', { headers: { cookie: admin.cookie } });
    assert.match(text, /3 events/);
    assert.deepEqual([...text.matchAll(/<td><code>([\w.]+)<\/code><\/td>/g)].map((m) => m[1]), ['resource.unpublish', 'resource.unpublish', 'resource.unpublish']);
    assert.match(text, /<option value="resource.unpublish" selected="">resource.unpublish<\/option>/);
    assert.match(text, /<td>Anonymous<\/td>/);
    const none = await env().get('/admin/audit?action=nothing.here', { headers: { cookie: admin.cookie } });
    assert.match(none.text, /No events recorded./);
  });

  it('answers a bad page number with a 400 that says what is wrong', async () => {
    const res = await env().get('/admin/audit?page=-3', { headers: { cookie: admin.cookie } });
    assert.equal(res.status, 400);
    assert.match(res.text, /The audit log filter is not valid./);
  });

  it('is for admins only', async () => {
    for (const role of ['editor', 'author'] as const) {
      const signed = await loginAs(env(), role);
      const res = await env().get('/admin/audit', { headers: { cookie: signed.cookie } });
      assert.equal(res.status, 403, role);
      assert.match(res.text, /Your account’s role does not allow this./);
    }
  });
}, { seed: false });
