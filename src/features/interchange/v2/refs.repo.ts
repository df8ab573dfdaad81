import type { Db } from '../../../db/database.ts';

/** Tables other rows point at, and the natural key each is named by in the format. */
export const NATURAL_KEYS = {
  users: 'email',
  resource_types: 'slug',
  topics: 'slug',
  authors: 'name',
  series: 'slug',
  resources: 'slug',
  projects: 'slug',
  statements: 'slug',
  pages: 'slug',
  media: 'storage_key',
} as const;
export type RefTable = keyof typeof NATURAL_KEYS;

/** A reference names a row the file does not hold: the file is not a whole site. */
export class MissingReferenceError extends Error {
  override name = 'MissingReferenceError';
}

/**
 * Database id → natural key for export. Each table's keys are read once, on first use, in one
 * query: a site's keys fit in memory (100,000 slugs are a few MB) where per-row look-ups would
 * not fit in time.
 */
export class ExportRefs {
  private readonly maps = new Map<RefTable, Map<number, string>>();
  constructor(private readonly db: Db) {}

  async keyOf(table: RefTable, id: number): Promise<string> {
    let map = this.maps.get(table);
    if (!map) {
      const column = NATURAL_KEYS[table];
      const rows = await this.db.selectFrom(table as 'resources').select(['id', `${column} as key` as 'slug']).execute() as unknown as { id: number; key: string }[];
      map = new Map(rows.map((r) => [r.id, r.key]));
      this.maps.set(table, map);
    }
    const key = map.get(id);
    if (key === undefined) throw new MissingReferenceError(`${table} ${id} is referred to but does not exist`);
    return key;
  }
}

/**
 * Natural key → id of the rows this import wrote (remembered as they are inserted), falling back
 * to a look-up for rows that were there before.
 */
export class ImportRefs {
  private readonly maps = new Map<RefTable, Map<string, number>>();
  constructor(private readonly db: Db) {}

  remember(table: RefTable, key: string, id: number): void {
    let map = this.maps.get(table);
    if (!map) this.maps.set(table, (map = new Map()));
    map.set(key, id);
  }

  /** The id, or undefined when no such row exists (yet). */
  async find(table: RefTable, key: string): Promise<number | undefined> {
    const known = this.maps.get(table)?.get(key);
    if (known !== undefined) return known;
    const row = await this.db.selectFrom(table as 'resources').select('id').where(NATURAL_KEYS[table] as 'slug', '=', key).executeTakeFirst();
    if (row) this.remember(table, key, row.id);
    return row?.id;
  }

  async idOf(table: RefTable, key: string): Promise<number> {
    const id = await this.find(table, key);
    if (id === undefined) throw new MissingReferenceError(`${NATURAL_KEYS[table]} "${key}" names no row of ${table} in the file`);
    return id;
  }
}
