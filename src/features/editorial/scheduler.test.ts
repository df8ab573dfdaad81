import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { createDb } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { createLogger } from '../../lib/logger.ts';
import { findEditableResource } from './editorial.repo.ts';
import { createDraft, schedule, submitForReview, type EditorialAuditEvent, type EditorialDeps } from './editorial.service.ts';
import { resourceHistory } from './revisions.service.ts';
import { publishDueResources, startScheduler } from './scheduler.ts';
import { draftInput } from './testing.ts';

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
});
