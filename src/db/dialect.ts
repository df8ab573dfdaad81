import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Adds an auto-incrementing integer primary key named `id`, spelled the way each engine wants it.
 * SQLite's INTEGER PRIMARY KEY AUTOINCREMENT never reuses ids; PostgreSQL uses an identity column.
 */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** A foreign key column that is removed together with its parent row. */
export function cascade(ref: string) {
  return (c: ColumnDefinitionBuilder) => c.references(ref).onDelete('cascade');
}

/** A foreign key column that is cleared when its parent row is removed. */
export function setNull(ref: string) {
  return (c: ColumnDefinitionBuilder) => c.references(ref).onDelete('set null');
}

/** Detects which engine a Kysely instance talks to, from its adapter. */
export function dialectOf(db: Kysely<any>): Dialect {
  const name = db.getExecutor().adapter.constructor.name;
  return /postgres/i.test(name) ? 'postgres' : 'sqlite';
}

/**
 * Adds `FOR UPDATE` on PostgreSQL, so the selected rows stay locked until the transaction ends and
 * a concurrent transaction selecting them waits, then sees their committed values. SQLite has no
 * row locks and needs none: its writers are serialized.
 */
export function lockingRows<QB extends { forUpdate(): QB }>(db: Kysely<any>, query: QB): QB {
  return dialectOf(db) === 'postgres' ? query.forUpdate() : query;
}

/** Case-insensitive LIKE on both engines (SQLite's LIKE is already case-insensitive for ASCII). */
export function ilike(dialect: Dialect) {
  return dialect === 'postgres' ? ('ilike' as const) : ('like' as const);
}

/** Escapes `%`, `_` and `\` so user text is matched literally inside a LIKE pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The ESCAPE clause that goes with likePattern, accepted by both engines. */
export const likeEscape = sql.raw(`'\\'`);

/**
 * A text column for ORDER BY in plain code-point order on both engines. PostgreSQL's default
 * collation follows the server locale (and ignores punctuation), SQLite's is byte order.
 */
export function byCodePoint(db: Kysely<any>, column: string) {
  return dialectOf(db) === 'postgres' ? sql`${sql.ref(column)} collate "C"` : sql`${sql.ref(column)}`;
}
