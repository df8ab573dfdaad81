import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { bumpGeneration } from '../../lib/content-cache.ts';
import type { Logger } from '../../lib/logger.ts';
import { findEditableResource } from './editorial.repo.ts';
import type { EditorialDeps } from './editorial.service.ts';
import { publishDueRows } from './editorial.write.repo.ts';
import { insertRevision } from './revisions.repo.ts';
import { transitionSummary } from './workflow.ts';

/**
 * Publishes every scheduled resource whose time has come, exactly once even when several app
 * nodes run this at the same moment: one conditional UPDATE … WHERE status = 'scheduled' AND
 * publish_at <= now … RETURNING claims the rows, so a second node's UPDATE finds none of them.
 * Each claimed row gets its revision (and audit entry) in the same transaction. Returns the ids.
 */
export async function publishDueResources(db: Db, clock: Clock, audit?: EditorialDeps['audit']): Promise<number[]> {
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const published = await publishDueRows(trx, now);
    for (const row of published) {
      const resource = await findEditableResource(trx, row.id);
      if (!resource) continue;
      await insertRevision(trx, {
        entityType: 'resource', entityId: row.id, version: row.version, userId: null, at: now,
        snapshot: resource.snapshot, summary: transitionSummary('publishDue'),
      });
      await audit?.(trx, {
        action: 'resource.publish', userId: null, subjectType: 'resource', subjectId: row.id,
        detail: { slug: resource.snapshot.slug, title: resource.snapshot.title, scheduled: true },
      });
    }
    if (published.length) await bumpGeneration(trx);
    return published.map((r) => r.id);
  });
}

/** A running scheduler; stop() clears its timer and waits for a run in progress. */
export interface Scheduler {
  stop(): Promise<void>;
  /** Runs once now (the timer keeps its own pace). */
  runOnce(): Promise<number[]>;
}

/**
 * Runs publishDueResources every `intervalMs` on an unref'd timer (it never keeps the process
 * alive). A failing run is logged and retried on the next tick. Started by main.ts, never by tests.
 */
export function startScheduler(deps: { db: Db; clock: Clock; logger: Logger; audit?: EditorialDeps['audit'] }, intervalMs = 30_000): Scheduler {
  let running: Promise<number[]> | null = null;
  let stopped = false;
  const runOnce = () => {
    running ??= publishDueResources(deps.db, deps.clock, deps.audit)
      .then((ids) => {
        if (ids.length) deps.logger.info({ ids }, `published ${ids.length} scheduled resource(s)`);
        return ids;
      })
      .catch((err) => {
        deps.logger.error({ err }, 'scheduled publishing failed; will retry');
        return [];
      })
      .finally(() => { running = null; });
    return running;
  };
  const timer = setInterval(() => { if (!stopped) void runOnce(); }, intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}
