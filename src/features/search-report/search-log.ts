import type { Db } from '../../db/schema.ts';
import { isoDate, type Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';
import { insertClicks, insertSearches, publishedIdsBySlug, purgeBefore, type SearchRow } from './search-log.repo.ts';

/** How long searches are kept, in days (docs/search-staff.md). */
export const RETENTION_DAYS = 180;

/** A result followed from a search page, before its slug is resolved to the resource's id. */
export interface PendingClick {
  day: string;
  language: string;
  query: string;
  slug: string;
}

export interface SearchLogOptions {
  /** The longest an entry waits in memory before it is written. */
  flushMs: number;
  /** Entries that trigger a write at once. */
  batch: number;
  /** Entries held at most; past it new ones are dropped (and counted in the log) until a write. */
  maxPending: number;
}

const DEFAULTS: SearchLogOptions = { flushMs: 2_000, batch: 500, maxPending: 10_000 };

/** `YYYY-MM-DD` that many days before a day. */
export function daysBefore(day: string, days: number): string {
  return isoDate(new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000));
}

/**
 * The search report's recorder. A search page hands it an entry and goes on: entries wait in
 * memory (bounded by `maxPending`; past it they are dropped and counted) and are written a few
 * seconds later, or at once when `batch` have gathered, several rows per INSERT. A failed write
 * is logged and its entries are lost: statistics never cost a visitor a page. One per database
 * handle and process (searchLogOf).
 */
export class SearchLog {
  private searches: SearchRow[] = [];
  private clicks: PendingClick[] = [];
  private dropped = 0;
  private flushQueued = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly options: SearchLogOptions;

  constructor(private readonly deps: { db: Db; clock: Clock; logger: Logger }, options: Partial<SearchLogOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Entries waiting to be written. */
  get pending(): number {
    return this.searches.length + this.clicks.length;
  }

  /** Notes a search; never waits, never throws. */
  recordSearch(entry: SearchRow): void {
    if (this.admit()) this.searches.push(entry);
  }

  /** Notes a followed result; never waits, never throws. */
  recordClick(entry: PendingClick): void {
    if (this.admit()) this.clicks.push(entry);
  }

  private admit(): boolean {
    if (this.pending >= this.options.maxPending) {
      this.dropped += 1;
      return false;
    }
    if (this.pending + 1 >= this.options.batch && !this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => void this.flush());
    } else {
      this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs).unref();
    }
    return true;
  }

  /**
   * Writes what is pending now (after any write in progress). Resolves when it is stored or, if
   * the database refused, logged as lost; never rejects.
   */
  flush(): Promise<void> {
    this.flushQueued = false;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    const searches = this.searches;
    const clicks = this.clicks;
    const dropped = this.dropped;
    this.searches = [];
    this.clicks = [];
    this.dropped = 0;
    if (dropped) this.deps.logger.warn({ dropped }, 'search log: entries dropped while the buffer was full');
    if (!searches.length && !clicks.length) return;
    const { db } = this.deps;
    try {
      await insertSearches(db, searches);
      const ids = await publishedIdsBySlug(db, [...new Set(clicks.map((c) => c.slug))]);
      await insertClicks(db, clicks.flatMap((c) => {
        const resourceId = ids.get(c.slug);
        return resourceId === undefined ? [] : [{ day: c.day, language: c.language, query: c.query, resourceId }];
      }));
    } catch (err) {
      this.deps.logger.warn({ err, lost: searches.length + clicks.length }, 'search log: write failed; these entries are lost');
    }
  }

  /**
   * Deletes searches and clicks older than RETENTION_DAYS, at most once a day across all nodes
   * (see purgeBefore). Returns how many rows went, or null when it was already done today.
   */
  async purgeExpired(): Promise<number | null> {
    const today = isoDate(this.deps.clock.now());
    return purgeBefore(this.deps.db, today, daysBefore(today, RETENTION_DAYS));
  }
}

const logs = new WeakMap<Db, SearchLog>();

/** The search log of a database handle (one per process, shared by the app's routes and the retention job). */
export function searchLogOf(deps: { db: Db; clock: Clock; logger: Logger }): SearchLog {
  let log = logs.get(deps.db);
  if (!log) {
    log = new SearchLog(deps);
    logs.set(deps.db, log);
  }
  return log;
}

/** Writes the pending entries of a database handle's search log, if it has one (tests, shutdown). */
export function flushSearchLog(db: Db): Promise<void> {
  return logs.get(db)?.flush() ?? Promise.resolve();
}

/** The running retention job: stop() ends its timer and writes what is pending. */
export interface SearchLogJob {
  stop(): Promise<void>;
}

/**
 * Runs the retention job every `intervalMs` (hourly by default) on an unref'd timer: each run
 * deletes expired rows if no node has done so today. Safe on every node. Started by main.ts.
 */
export function startSearchLogRetention(deps: { db: Db; clock: Clock; logger: Logger }, intervalMs = 3_600_000): SearchLogJob {
  const log = searchLogOf(deps);
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = log.purgeExpired()
      .then((deleted) => { if (deleted) deps.logger.info({ deleted }, 'search log: expired rows deleted'); })
      .catch((err) => deps.logger.warn({ err }, 'search log: deleting expired rows failed; will retry'));
  };
  const first = setTimeout(run, 60_000).unref();
  const timer = setInterval(run, intervalMs).unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await log.flush();
    },
  };
}
