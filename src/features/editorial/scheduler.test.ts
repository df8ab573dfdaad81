import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { createDb } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { createLogger } from '../../platform/logger.ts';
import { findEditableResource } from './editorial.repo.ts';
import { createDraft, schedule, submitForReview, type EditorialAuditEvent, type EditorialDeps } from './editorial.service.ts';
import { resourceHistory } from './revisions.service.ts';
import { publishDueDocuments, publishDueResources, startScheduler } from './scheduler.ts';
import { draftInput } from '../../../test/support/factories.ts';
import { findDocument } from './documents/documents.repo.ts';
import { documentHistory } from './documents/documents.revisions.ts';
import { createDocument, transitionDocument, type DocumentAuditEvent, type DocumentDeps } from './documents/documents.service.ts';
import { DOCUMENT_KINDS, KINDS, type DocumentKind } from './documents/kinds.ts';
import { documentInput } from '../../../test/support/factories.ts';

describeEachDialect('scheduled publishing', (env) => {
  const deps = (): EditorialDeps => ({ db: env().db, clock: env().clock });

  async function scheduled(at: string, title: string): Promise<{ id: number; slug: string }> {
    const input = draftInput({ title });
    const { id } = await createDraft(deps(), null, input);
    await submitForReview(deps(), null, id);
    await schedule(deps(), null, id, at);
    return { id, slug: input.slug };
  }

  it('publishes nothing before the time, then each due resource exactly once across concurrent runs', async (t) => {
    t.after(() => env().clock.set(new Date('2024-11-08T12:00:00Z')));
    const a = await scheduled('2024-11-09T09:00:00Z', 'Scheduled resource A');
    const b = await scheduled('2024-11-09T09:00:00Z', 'Scheduled resource B');
    const later = await scheduled('2024-11-20T09:00:00Z', 'Scheduled resource later');
    assert.deepEqual(await publishDueResources(env().db, env().clock), []);
    assert.equal((await env().get(`/resources/${a.slug}`)).status, 404);

    // A second "node": on PostgreSQL its own connection pool, with its own clock at the same time.
    // (Two SQLite connections in one process would block each other's thread; SQLite nodes are
    // separate processes, where the busy timeout serializes them. Here they share the handle.)
    const other = env().dialect === 'postgres' ? createDb(env().config.database, { poolSize: 2 }) : { db: env().db, close: async () => {} };
    const audits: EditorialAuditEvent[] = [];
    const audit = async (_db: unknown, e: EditorialAuditEvent) => { audits.push(e); };
    try {
      const due: Clock = { now: () => new Date('2024-11-09T09:00:00Z') };
      env().clock.set(due.now());
      const runs = await Promise.all([
        publishDueResources(env().db, env().clock, audit), publishDueResources(other.db, due, audit),
        publishDueResources(env().db, env().clock, audit), publishDueResources(other.db, due, audit),
      ]);
      const all = runs.flat().sort((x, y) => x - y);
      assert.deepEqual(all, [a.id, b.id], 'each due resource published by exactly one run');
      assert.deepEqual(audits.map((e) => Number(e.subjectId)).sort((x, y) => x - y), [a.id, b.id]);
    } finally {
      await other.close();
    }

    for (const r of [a, b]) {
      const meta = (await findEditableResource(env().db, r.id))!.meta;
      assert.equal(meta.status, 'published');
      assert.equal(meta.publish_at, null);
      assert.equal(meta.posted_at, '2024-11-09T09:00:00.000Z');
      const history = await resourceHistory(env().db, r.id);
      assert.equal(history.filter((h) => h.summary === 'Published on schedule').length, 1);
      assert.equal(history[0].version, meta.version);
    }
    const page = await env().get(`/resources/${a.slug}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('Scheduled resource A'));
    assert.equal((await findEditableResource(env().db, later.id))?.meta.status, 'scheduled');
    assert.deepEqual(await publishDueResources(env().db, env().clock), []);

    env().clock.set(new Date('2024-11-20T09:00:01Z'));
    assert.deepEqual(await publishDueResources(env().db, env().clock), [later.id]);
    env().clock.set(new Date('2024-11-08T12:00:00Z'));
  });

  it('runs on a timer that stops cleanly', async () => {
    const item = await scheduled('2024-11-08T12:05:00Z', 'Timer resource');
    env().clock.set(new Date('2024-11-08T12:06:00Z'));
    const scheduler = startScheduler({ db: env().db, clock: env().clock, logger: createLogger('silent') }, 60_000);
    try {
      assert.deepEqual(await scheduler.runOnce(), [item.id]);
    } finally {
      await scheduler.stop();
      env().clock.set(new Date('2024-11-08T12:00:00Z'));
    }
  });

  const docDeps = (): DocumentDeps => ({ db: env().db, clock: env().clock });

  async function scheduledDocument(kind: DocumentKind, at: string): Promise<{ kind: DocumentKind; id: number; slug: string }> {
    const input = documentInput(kind);
    const { id } = await createDocument(docDeps(), kind, null, input);
    await transitionDocument(docDeps(), kind, null, id, 'submit');
    await transitionDocument(docDeps(), kind, null, id, 'schedule', { publishAt: new Date(at) });
    return { kind, id, slug: input.slug };
  }

  it('publishes due projects, statements and pages exactly once across concurrent runs, each with a revision and an audit entry', async (t) => {
    t.after(() => env().clock.set(new Date('2024-11-08T12:00:00Z')));
    const due = await Promise.all(DOCUMENT_KINDS.map((k) => scheduledDocument(k, '2024-11-10T08:00:00Z')));
    const later = await scheduledDocument('page', '2024-11-30T08:00:00Z');
    assert.deepEqual(await publishDueDocuments(env().db, env().clock), []);
    for (const d of due) assert.equal((await env().get(KINDS[d.kind].publicPath(d.slug))).status, 404);

    const other = env().dialect === 'postgres' ? createDb(env().config.database, { poolSize: 2 }) : { db: env().db, close: async () => {} };
    const audits: DocumentAuditEvent[] = [];
    const audit = async (_db: unknown, e: DocumentAuditEvent) => { audits.push(e); };
    try {
      const at: Clock = { now: () => new Date('2024-11-10T08:00:00Z') };
      env().clock.set(at.now());
      const runs = await Promise.all([
        publishDueDocuments(env().db, env().clock, audit), publishDueDocuments(other.db, at, audit),
        publishDueDocuments(env().db, env().clock, audit), publishDueDocuments(other.db, at, audit),
      ]);
      const key = (x: { kind: string; id: number }) => `${x.kind}:${x.id}`;
      assert.deepEqual(runs.flat().map(key).sort(), due.map(key).sort(), 'each due item published by exactly one run');
      assert.deepEqual(audits.map((e) => `${e.action}:${e.subjectId}`).sort(), due.map((d) => `${d.kind}.publish:${d.id}`).sort());
    } finally {
      await other.close();
    }
    for (const d of due) {
      const meta = (await findDocument(env().db, d.kind, d.id))!.meta;
      assert.equal(meta.status, 'published');
      assert.equal(meta.publish_at, null);
      const history = await documentHistory(env().db, d.kind, d.id);
      assert.equal(history.filter((h) => h.summary === 'Published on schedule').length, 1);
      assert.equal(history[0].version, meta.version);
      assert.equal((await env().get(KINDS[d.kind].publicPath(d.slug))).status, 200);
    }
    assert.equal((await findDocument(env().db, 'page', later.id))?.meta.status, 'scheduled');
    assert.deepEqual(await publishDueDocuments(env().db, env().clock), []);
  });

  it('publishes due documents on the same timer run as resources', async () => {
    const resource = await scheduled('2024-11-08T12:05:00Z', 'Timer resource with a page');
    const page = await scheduledDocument('page', '2024-11-08T12:05:00Z');
    env().clock.set(new Date('2024-11-08T12:06:00Z'));
    const scheduler = startScheduler({ db: env().db, clock: env().clock, logger: createLogger('silent') }, 60_000);
    try {
      assert.deepEqual(await scheduler.runOnce(), [resource.id]);
      assert.equal((await findDocument(env().db, 'page', page.id))?.meta.status, 'published');
    } finally {
      await scheduler.stop();
      env().clock.set(new Date('2024-11-08T12:00:00Z'));
    }
  });
});
