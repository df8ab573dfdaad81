import type { Db } from '../../db/database.ts';

/** The stored JSON text of a settings document, exactly as written, or undefined. */
export async function readSettingText(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/**
 * Replaces a settings document only if it still holds `expected` (undefined: only if there is
 * none yet). One conditional statement, so of two admins saving the same version exactly one
 * wins: PostgreSQL re-checks the WHERE after waiting for the row lock, SQLite serializes writers,
 * and two first-ever inserts collide on the primary key. Returns whether it wrote.
 */
export async function replaceSetting(db: Db, key: string, expected: string | undefined, value: string): Promise<boolean> {
  if (expected === undefined) {
    const result = await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }
  const result = await db.updateTable('settings').set({ value }).where('key', '=', key).where('value', '=', expected).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
