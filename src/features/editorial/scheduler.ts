import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { bumpGeneration } from '../../db/generation.ts';
import type { Logger } from '../../platform/logger.ts';
import { findDocument, publishDueDocumentRows } from './documents/documents.repo.ts';
import { documentAudit, type DocumentAudit } from './documents/documents.service.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './documents/kinds.ts';
import { findEditableResource } from './editorial.repo.ts';
import type { EditorialDeps } from './editorial.service.ts';
import { publishDueRows } from './editorial.write.repo.ts';
import { applySeriesCount } from '../resources/index.ts';
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
    await applySeriesCount(trx, published.map((r) => r.id));
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

/**
 * Publishes every scheduled project, statement and page whose time has come, exactly once across
 * nodes, the same way as publishDueResources: per kind one conditional UPDATE … WHERE status =
 * 'scheduled' AND publish_at <= now … RETURNING, then a revision and an audit entry per claimed
 * row, all in one transaction. Returns what it published.
 */
export async function publishDueDocuments(db: Db, clock: Clock, audit?: DocumentAudit): Promise<{ kind: DocumentKind; id: number }[]> {
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const published: { kind: DocumentKind; id: number }[] = [];
    for (const kind of DOCUMENT_KINDS) {
      for (const row of await publishDueDocumentRows(trx, kind, now)) {
        const doc = await findDocument(trx, kind, row.id);
        if (!doc) continue;
        await insertRevision(trx, {
          entityType: kind, entityId: row.id, version: row.version, userId: null, at: now, snapshot: doc.snapshot, summary: transitionSummary('publishDue'),
        });
        await audit?.(trx, {
          action: `${kind}.publish`, userId: null, subjectType: kind, subjectId: row.id,
          detail: { slug: doc.snapshot.slug, title: doc.snapshot.title, scheduled: true },
        });
        published.push({ kind, id: row.id });
      }
    }
    if (published.length) await bumpGeneration(trx);
    return published;
  });
}

/** A running scheduler; stop() clears its timer and waits for a run in progress. */
export interface Scheduler {
  stop(): Promise<void>;
  /** Runs once now (the timer keeps its own pace); returns the ids of the resources it published. */
  runOnce(): Promise<number[]>;
}

/**
 * Runs publishDueResources and publishDueDocuments every `intervalMs` on an unref'd timer (it
 * never keeps the process alive). A failing run is logged and retried on the next tick. Started by
 * main.ts, never by tests. Documents are audited with `documentAudit`, by default the audit log
 * whenever resources are audited.
 */
export function startScheduler(
  deps: { db: Db; clock: Clock; logger: Logger; audit?: EditorialDeps['audit']; documentAudit?: DocumentAudit }, intervalMs = 30_000,
): Scheduler {
  let running: Promise<number[]> | null = null;
  let stopped = false;
  const docAudit = deps.documentAudit ?? (deps.audit ? documentAudit(deps.clock) : undefined);
  const runOnce = () => {
    running ??= publishDueResources(deps.db, deps.clock, deps.audit)
      .then(async (ids) => {
        if (ids.length) deps.logger.info({ ids }, `published ${ids.length} scheduled resource(s)`);
        const docs = await publishDueDocuments(deps.db, deps.clock, docAudit);
        if (docs.length) deps.logger.info({ documents: docs }, `published ${docs.length} scheduled project(s), statement(s) or page(s)`);
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
