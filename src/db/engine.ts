import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';

/** The two database engines Haven runs on. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Everything that differs between the engines, in one object chosen once from configuration
 * (createDb binds it to the connection; engineOf finds it again from any connection or
 * transaction). Features ask it for a capability; nothing outside src/db names an engine.
 */
export interface Engine {
  readonly dialect: Dialect;
  /**
   * Whether statements sent one after another without waiting overlap with the server's work
   * (PostgreSQL's wire protocol queues them); SQLite runs each one to the end when it is sent.
   */
  readonly pipelinesStatements: boolean;
  /** Text for ORDER BY in plain code-point order (PostgreSQL's collation follows the server locale). */
  byCodePoint<T>(expr: Expression<T>): RawBuilder<T>;
  /** True when `err` is this engine's unique-constraint violation. */
  isUniqueViolation(err: unknown): boolean;
  /**
   * Inside a transaction: waits until no other transaction holds the lock `name`, and holds it
   * until this one ends. PostgreSQL takes a transaction-scoped advisory lock (several app nodes
   * write at once); SQLite has one writer at a time already.
   */
  lockExclusively(trx: Kysely<any>, name: string): Promise<void>;
  /**
   * Whether `SELECT … FOR UPDATE` locks rows until the transaction ends (PostgreSQL). SQLite has
   * no row locks and needs none: its writers are serialized.
   */
  readonly locksRows: boolean;
}

/** Stable 31-bit key for a lock name (FNV-1a), so every node asks for the same lock. */
function lockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash & 0x7fffffff;
}

type DriverError = { code?: unknown } | null | undefined;

const sqliteEngine: Engine = {
  dialect: 'sqlite',
  pipelinesStatements: false,
  locksRows: false,
  // SQLite compares text byte by byte, which for UTF-8 is code-point order.
  byCodePoint: (expr) => sql`${expr}`,
  // better-sqlite3 names the constraint kind in the error's code.
  isUniqueViolation: (err) => (err as DriverError)?.code === 'SQLITE_CONSTRAINT_UNIQUE'
    || /UNIQUE constraint failed/i.test((err as { message?: string } | null)?.message ?? ''),
  lockExclusively: async () => {},
};

const postgresEngine: Engine = {
  dialect: 'postgres',
  pipelinesStatements: true,
  locksRows: true,
  byCodePoint: (expr) => sql`${expr} collate "C"`,
  // SQLSTATE 23505: unique_violation.
  isUniqueViolation: (err) => (err as DriverError)?.code === '23505',
  lockExclusively: async (trx, name) => {
    await sql`select pg_advisory_xact_lock(${lockKey(name)})`.execute(trx);
  },
};

/** The adapter for an engine. */
export function engineFor(dialect: Dialect): Engine {
  return dialect === 'postgres' ? postgresEngine : sqliteEngine;
}

// Keyed by Kysely's dialect adapter object, which a connection shares with every transaction
// and plugin-wrapped copy made from it.
const bound = new WeakMap<object, Engine>();

/** Binds an engine to a newly opened connection (createDb does this). */
export function bindEngine(db: Kysely<any>, engine: Engine): void {
  bound.set(db.getExecutor().adapter, engine);
}

/** The engine behind a connection or transaction opened by createDb. */
export function engineOf(db: Kysely<any>): Engine {
  const engine = bound.get(db.getExecutor().adapter);
  if (!engine) throw new Error('No database engine is bound to this connection: open it with createDb().');
  return engine;
}

/**
 * A text column for ORDER BY in plain code-point order on both engines, so lists sort alike
 * whatever the server's locale.
 */
export function byCodePoint(db: Kysely<any>, column: string): RawBuilder<unknown> {
  return engineOf(db).byCodePoint(sql.ref(column));
}

/**
 * Adds `FOR UPDATE` where the engine has row locks (PostgreSQL), so the selected rows stay locked
 * until the transaction ends and a concurrent transaction selecting them waits, then sees their
 * committed values.
 */
export function lockingRows<QB extends { forUpdate(): QB }>(db: Kysely<any>, query: QB): QB {
  return engineOf(db).locksRows ? query.forUpdate() : query;
}

/** Escapes `%`, `_` and `\` so user text is matched literally inside a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The ESCAPE clause that goes with likePattern, accepted by both engines. */
export const likeEscape = sql.raw(`'\\'`);
