import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Driver } from 'kysely';
import type { DatabaseTarget } from '../config.ts';
import type { PoolStats } from '../platform/http.ts';
import { PRIVATE_FILE_MODE, makePrivateDirSync } from '../platform/private-files.ts';
import { bindEngine, engineFor, type Dialect } from './engine.ts';
import { RefuseNulPlugin } from './refuse-nul.ts';
import type { Database, Db } from './schema.ts';

export type { Database, Db } from './schema.ts';

declare module '../platform/http.ts' {
  interface AppDeps {
    db: Db;
    dialect: Dialect;
  }
}

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
  /** The connections this process holds, for /metrics. */
  poolStats?(): PoolStats;
}

// PostgreSQL returns BIGINT (count(*)) as strings by default; counts here always fit a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** How to open a database. */
export interface DbOptions {
  /** PostgreSQL connections per process (default 10). */
  poolSize?: number;
  /** SQLite page cache in MB (default 64); bulk commands trade some speed for a smaller footprint. */
  cacheMb?: number;
  /**
   * SQLite: MB the write-ahead log may hold before it is copied into the database (default
   * 1,000 pages). A bulk writer sets it higher: a page rewritten by many batches is then copied once.
   */
  walCheckpointMb?: number;
  /** PostgreSQL: told when a connection is lost (the pool replaces it); for the log. */
  onConnectionLost?: (err: Error) => void;
}

/** Longest SQL text whose prepared statement is kept (bulk multi-row statements are not). */
const MAX_CACHED_SQL = 4_000;

/**
 * better-sqlite3 for Kysely, with prepared statements kept by SQL text. Kysely prepares every
 * query anew, and preparing was a tenth of an uncached page's CPU time; the same few dozen
 * statements serve every request. A statement still being iterated (a streamed query) is never
 * handed out twice: a fresh one is prepared instead.
 */
export function cachingStatements(sqlite: SQLite.Database, maxStatements = 300) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => { statements.clear(); sqlite.close(); },
    prepare(text: string): SQLite.Statement {
      // Multi-row bulk statements are long, many-shaped and each holds a large compiled program:
      // kept, a few hundred of them cost an import ~50 MB, and their preparing is amortized anyway.
      if (text.length > MAX_CACHED_SQL) return sqlite.prepare(text);
      const cached = statements.get(text);
      if (cached && !cached.busy) {
        statements.delete(text);
        statements.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      statements.delete(text);
      statements.set(text, statement);
      if (statements.size > maxStatements) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

/**
 * SQLite ends a transaction by itself on some errors (SQLITE_FULL: the disk or database is
 * full); Kysely's ROLLBACK after it then failed with "cannot rollback - no transaction is
 * active", and that error replaced the real one in logs and messages. Here a rollback with no
 * transaction open is skipped, so the error that caused it is the one reported.
 */
class SqliteRollbackSafeDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database, config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

/** Page size of SQLite databases Haven creates. */
export const SQLITE_PAGE_SIZE = 16_384;

/**
 * Opens the database a target names. SQLite files get WAL mode and a busy timeout so a CLI
 * command and the server can share the file; PostgreSQL gets a small pool per app node.
 */
export function createDb(target: DatabaseTarget, options: DbOptions = {}): DbHandle {
  if (target.dialect === 'postgres') {
    // A server that does not answer (a host down, a dropped network) fails a request after 5 s
    // rather than holding it until the operating system gives up.
    const pool = new pg.Pool({ connectionString: target.connectionString, max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
    // A client losing its connection (PostgreSQL restarting, pg_terminate_backend, the network)
    // emits 'error'; unheard, that event would end the process. The pool hears its idle clients;
    // every client also gets its own listener as it connects, for the time it is checked out
    // (between the queries of a transaction): the query in flight, if any, fails on its own, and
    // the pool drops the broken client when it is released and connects afresh next time.
    const onLost = options.onConnectionLost ?? (() => {});
    pool.on('error', onLost);
    pool.on('connect', (client) => client.on('error', onLost));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new RefuseNulPlugin()] });
    bindEngine(db, engineFor('postgres'));
    const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: options.poolSize ?? 10 });
    return { db, dialect: 'postgres', close: () => db.destroy(), poolStats };
  }
  if (target.filename !== ':memory:') {
    makePrivateDirSync(path.dirname(target.filename));
    // A new database file is readable by this account only (SQLite gives its WAL the same mode).
    if (!fs.existsSync(target.filename)) fs.closeSync(fs.openSync(target.filename, 'a', PRIVATE_FILE_MODE));
  }
  const sqlite = new SQLite(target.filename);
  // Only a new database takes a page size (an existing one keeps its own). 16 KB pages hold a
  // whole resource row without overflow pages, and an import reads and writes a quarter as many
  // pages as with the default 4 KB: ~15% faster at 100,000 resources, where each page read or
  // written is a system call.
  sqlite.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = -${Math.round((options.cacheMb ?? 64) * 1024)}`);
  if (options.walCheckpointMb) {
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    sqlite.pragma(`wal_autocheckpoint = ${Math.round((options.walCheckpointMb * 1024 * 1024) / pageSize)}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteRollbackSafeDialect(sqlite, { database: cachingStatements(sqlite) }), plugins: [new RefuseNulPlugin()] });
  bindEngine(db, engineFor('sqlite'));
  // One connection, serialized by Kysely; how many queries queue for it is not visible.
  const poolStats = () => ({ total: 1, idle: 0, waiting: 0, max: 1 });
  return { db, dialect: 'sqlite', close: () => db.destroy(), poolStats };
}

/**
 * Refreshes the query planner's statistics. SQLite without statistics guesses that an equality on
 * `status` is selective and walks the whole status index for lookups by translation or
 * supersession; `PRAGMA optimize` analyzes the tables that need it (bounded by analysis_limit).
 * Call after start-up and after bulk writes such as an import.
 */
export async function optimizeDb(handle: Pick<DbHandle, 'db' | 'dialect'>): Promise<void> {
  if (handle.dialect === 'sqlite') {
    await sql`pragma analysis_limit = 1000`.execute(handle.db);
    await sql`pragma optimize = 0x10002`.execute(handle.db);
  } else {
    await sql`analyze`.execute(handle.db);
  }
}

/** True when the database answers a trivial query. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
