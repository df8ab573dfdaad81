import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';

// Migrations are frozen as written: they import nothing but Kysely and this folder, so changing
// runtime code can never change what an old migration does. These helpers belong to them.

/** The engine a migration runs on, as migrate.ts passes it. */
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
