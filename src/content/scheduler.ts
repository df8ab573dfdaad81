import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import { englishSummary, fieldChanges } from './revision.ts';
import { findRevision, insertRevision } from './revisions.repo.ts';
import type { AnyContentType, ContentDeps } from './type.ts';

/** One item the scheduler published. */
export interface Published {
  type: string;
  id: number;
}

/**
 * Publishes every scheduled item of `types` whose time has come, exactly once even when several
 * app nodes run this at the same moment: per type one conditional UPDATE … WHERE status =
 * 'scheduled' AND publish_at <= now … RETURNING claims the rows (store.publishDue), so a second
 * node's UPDATE finds none of them. Each claimed row gets its revision and audit entry in the same
 * transaction.
 */
export async function publishDue(db: Db, clock: Clock, types: readonly AnyContentType[], audit?: ContentDeps['audit']): Promise<Published[]> {
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const published: Published[] = [];
    for (const type of types) {
      const rows = await type.store.publishDue(trx, now);
      if (rows.length) await type.store.afterPublish?.(trx, rows.map((r) => r.id));
      for (const row of rows) {
        const item = await type.store.find(trx, row.id);
        if (!item) continue;
        const previous = await findRevision(trx, type.name, row.id, row.version - 1);
        const changes = previous ? fieldChanges(type.fields, JSON.parse(previous.snapshot), item.snapshot) : [];
        await insertRevision(trx, {
          entityType: type.name, entityId: row.id, version: row.version, userId: null, at: now, snapshot: item.snapshot,
          event: 'publishDue', changes, summary: englishSummary({ event: 'publishDue', restoredFrom: null, changes }, type.fields),
        });
        await audit?.(trx, {
          action: `${type.name}.publish`, userId: null, subjectType: type.name, subjectId: row.id,
          detail: { slug: item.snapshot.slug, title: item.snapshot.title, scheduled: true },
        });
        published.push({ type: type.name, id: row.id });
      }
    }
    if (published.length) await bumpGeneration(trx);
    return published;
  });
}

/** A running scheduler; stop() clears its timer and waits for a run in progress. */
export interface Scheduler {
  stop(): Promise<void>;
  /** Runs once now (the timer keeps its own pace); returns what it published. */
  runOnce(): Promise<Published[]>;
}

/**
 * Runs publishDue for every registered type every `intervalMs` on an unref'd timer (it never
 * keeps the process alive). A failing run is logged and retried on the next tick. Started by
 * main.ts, never by tests.
 */
export function startScheduler(
  deps: { db: Db; clock: Clock; logger: Logger; audit?: ContentDeps['audit'] }, types: readonly AnyContentType[], intervalMs = 30_000,
): Scheduler {
  let running: Promise<Published[]> | null = null;
  let stopped = false;
  const runOnce = () => {
    running ??= publishDue(deps.db, deps.clock, types, deps.audit)
      .then((items) => {
        if (items.length) deps.logger.info({ items }, `published ${items.length} scheduled item(s)`);
        return items;
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
