import type { Db } from '../../db/database.ts';

/**
 * Reads a JSON settings document, or undefined when the key was never written.
 * Values are parsed but not validated here; callers pass them through their zod schema.
 */
export async function readSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? JSON.parse(row.value) : undefined;
}

/** Writes (inserts or replaces) a JSON settings document. */
export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
