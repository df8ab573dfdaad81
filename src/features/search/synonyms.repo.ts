import type { Db } from '../../db/schema.ts';

/** A synonym group as staff edit it. */
export interface SynonymGroupRow {
  id: number;
  phrases: string[];
  updated_at: string;
}

/** Every synonym group, oldest first. */
export async function listSynonyms(db: Db): Promise<SynonymGroupRow[]> {
  const rows = await db.selectFrom('search_synonyms').select(['id', 'phrases', 'updated_at']).orderBy('id').execute();
  return rows.map((r) => ({ ...r, phrases: JSON.parse(r.phrases) as string[] }));
}

/** Every synonym group's phrases, for reading queries. */
export async function listSynonymGroups(db: Db): Promise<string[][]> {
  return (await listSynonyms(db)).map((r) => r.phrases);
}
