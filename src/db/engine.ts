import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { postgresSearch } from './search/postgres.ts';
import type { SearchEngine } from './search/search-engine.ts';
import { sqliteSearch } from './search/sqlite-fts5.ts';

/** The two database engines Haven runs on. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Everything that differs between the engines, in one object chosen once from configuration
 * (createDb binds it to the connection; engineOf finds it again from any connection or
 * transaction). Features ask it for a capability; nothing outside src/db names an engine.
 */
export interface Engine {
  readonly dialect: Dialect;
  /** Full-text search over resources (FTS5 or tsvector). */
  readonly search: SearchEngine;
  /**
   * Whether statements sent one after another without waiting overlap with the server's work
   * (PostgreSQL's wire protocol queues them); SQLite runs each one to the end when it is sent.
   */
  readonly pipelinesStatements: boolean;
  /** Text for ORDER BY in plain code-point order (PostgreSQL's collation follows the server locale). */
  byCodePoint<T>(expr: Expression<T>): RawBuilder<T>;
  /** True when `err` is this engine's unique-constraint violation. */
  isUniqueViolation(err: unknown): boolean;
}

type DriverError = { code?: unknown } | null | undefined;

const sqliteEngine: Engine = {
  dialect: 'sqlite',
  search: sqliteSearch,
  pipelinesStatements: false,
  // SQLite compares text byte by byte, which for UTF-8 is code-point order.
  byCodePoint: (expr) => sql`${expr}`,
  // better-sqlite3 names the constraint kind in the error's code.
  isUniqueViolation: (err) => (err as DriverError)?.code === 'SQLITE_CONSTRAINT_UNIQUE'
    || /UNIQUE constraint failed/i.test((err as { message?: string } | null)?.message ?? ''),
};

const postgresEngine: Engine = {
  dialect: 'postgres',
  search: postgresSearch,
  pipelinesStatements: true,
  byCodePoint: (expr) => sql`${expr} collate "C"`,
  // SQLSTATE 23505: unique_violation.
  isUniqueViolation: (err) => (err as DriverError)?.code === '23505',
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

/** Escapes `%`, `_` and `\` so user text is matched literally inside a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The ESCAPE clause that goes with likePattern, accepted by both engines. */
export const likeEscape = sql.raw(`'\\'`);
