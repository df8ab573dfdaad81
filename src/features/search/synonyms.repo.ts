import type { Db } from '../../db/schema.ts';

/** A synonym group as staff edit it. */
export interface SynonymGroupRow {
  id: number;
  phrases: string[];
  updated_at: string;
  version: number;
}

/** The stored JSON as a list of phrases; anything else (a hand-edited row) reads as none. */
function phrasesOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

const COLUMNS = ['id', 'phrases', 'updated_at', 'version'] as const;

/** Every synonym group, oldest first. */
export async function listSynonyms(db: Db): Promise<SynonymGroupRow[]> {
  const rows = await db.selectFrom('search_synonyms').select(COLUMNS).orderBy('id').execute();
  return rows.map((r) => ({ ...r, phrases: phrasesOf(r.phrases) }));
}

/** Every synonym group's phrases, for reading queries. */
export async function listSynonymGroups(db: Db): Promise<string[][]> {
  return (await listSynonyms(db)).map((r) => r.phrases);
}

/** One synonym group, or undefined. */
export async function findSynonymGroup(db: Db, id: number): Promise<SynonymGroupRow | undefined> {
  const row = await db.selectFrom('search_synonyms').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? { ...row, phrases: phrasesOf(row.phrases) } : undefined;
}

/** Adds a group and returns its id. */
export async function insertSynonymGroup(db: Db, phrases: string[], now: string): Promise<number> {
  const row = await db.insertInto('search_synonyms').values({ phrases: JSON.stringify(phrases), updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Saves a group only if it is still at `version` (one conditional UPDATE, so of two concurrent
 * saves exactly one wins), bumping the version. Returns whether a row was written.
 */
export async function updateSynonymGroup(db: Db, id: number, version: number, phrases: string[], now: string): Promise<boolean> {
  const result = await db.updateTable('search_synonyms')
    .set((eb) => ({ phrases: JSON.stringify(phrases), updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes a group only if it is still at `version`, so nobody deletes a change they have not seen. */
export async function deleteSynonymGroupRow(db: Db, id: number, version: number): Promise<boolean> {
  const result = await db.deleteFrom('search_synonyms').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
