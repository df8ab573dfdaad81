import type { Db } from '../../db/database.ts';
import type { HelpEntry, HelpKind } from './help.table.ts';

/** The entry's fields a form writes. */
export type HelpFields = Omit<HelpEntry, 'id' | 'updated_at'>;

/** Every entry of the help page, list by list, each in its order (position, then id). */
export async function listHelpEntries(db: Db): Promise<HelpEntry[]> {
  return db.selectFrom('help_entries').selectAll().orderBy('kind').orderBy('position').orderBy('id').execute();
}

/** One entry, or undefined. */
export async function findHelpEntry(db: Db, id: number): Promise<HelpEntry | undefined> {
  return db.selectFrom('help_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The position after the last entry of a list (1 for an empty list): where a new entry goes by default. */
export async function nextHelpPosition(db: Db, kind: HelpKind): Promise<number> {
  const row = await db.selectFrom('help_entries').select((eb) => eb.fn.max('position').as('last')).where('kind', '=', kind).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Adds an entry; returns its id. */
export async function insertHelpEntry(db: Db, fields: HelpFields, now: Date): Promise<number> {
  const row = await db.insertInto('help_entries').values({ ...fields, updated_at: now.toISOString() }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces an entry's fields (its list stays); false when there is no such entry. */
export async function updateHelpEntry(db: Db, id: number, fields: Omit<HelpFields, 'kind'>, now: Date): Promise<boolean> {
  const result = await db.updateTable('help_entries').set({ ...fields, updated_at: now.toISOString() }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Removes an entry; false when there was none. */
export async function deleteHelpEntry(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('help_entries').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
