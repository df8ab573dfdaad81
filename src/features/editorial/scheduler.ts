import type { Db } from '../../db/database.ts';
import { publishDue, startScheduler as startContentScheduler } from '../../content/scheduler.ts';
import type { AnyContentType, ContentDeps } from '../../content/type.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';
import { DOCUMENT_TYPES } from './documents/documents.type.ts';
import type { DocumentKind } from './documents/kinds.ts';
import { resourceType } from './resources.type.ts';

/** Every content type the editorial feature registers with the engine's one scheduler. */
export const EDITORIAL_TYPES: readonly AnyContentType[] = [resourceType, ...Object.values(DOCUMENT_TYPES)];

/**
 * Publishes every scheduled resource whose time has come, exactly once across nodes (the
 * engine's publishDue). Returns the ids.
 */
export async function publishDueResources(db: Db, clock: Clock, audit?: ContentDeps['audit']): Promise<number[]> {
  return (await publishDue(db, clock, [resourceType], audit)).map((p) => p.id);
}

/** Publishes every scheduled project, statement and page whose time has come, exactly once across nodes. */
export async function publishDueDocuments(db: Db, clock: Clock, audit?: ContentDeps['audit']): Promise<{ kind: DocumentKind; id: number }[]> {
  return (await publishDue(db, clock, Object.values(DOCUMENT_TYPES), audit)).map((p) => ({ kind: p.type as DocumentKind, id: p.id }));
}

/** A running scheduler; stop() clears its timer and waits for a run in progress. */
export interface Scheduler {
  stop(): Promise<void>;
  /** Runs once now (the timer keeps its own pace); returns the ids of the resources it published. */
  runOnce(): Promise<number[]>;
}

/**
 * Runs the engine's one scheduler over every editorial type (resources, projects, statements,
 * pages) every `intervalMs`, audited with `audit`. Started by main.ts, never by tests.
 */
export function startScheduler(deps: { db: Db; clock: Clock; logger: Logger; audit?: ContentDeps['audit'] }, intervalMs = 30_000): Scheduler {
  const scheduler = startContentScheduler(deps, EDITORIAL_TYPES, intervalMs);
  return {
    stop: () => scheduler.stop(),
    runOnce: async () => (await scheduler.runOnce()).filter((p) => p.type === resourceType.name).map((p) => p.id),
  };
}
