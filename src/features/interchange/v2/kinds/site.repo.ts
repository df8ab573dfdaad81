import { z } from 'zod';
import type { Field, RecordKind } from '../kind.ts';
import { instant, int, optText, text } from './fields.ts';
import { tableKind } from './table.repo.ts';

/** Search synonyms as stored (`phrases` is the stored JSON text). */
export const SYNONYM_FIELDS: readonly Field[] = [
  { json: 'phrases', column: 'phrases', schema: text },
  { json: 'updatedAt', column: 'updated_at', schema: instant },
  { json: 'version', column: 'version', schema: int },
];

const synonymTable = tableKind({ kind: 'synonym', table: 'search_synonyms', fields: SYNONYM_FIELDS });

/**
 * Synonyms: migration 013 writes a starter list, which a whole site replaces: the first synonym
 * record of an import clears what the migration wrote (see `prepare`).
 */
export const synonymKind: RecordKind = {
  ...synonymTable,
  async prepare(ctx) {
    await ctx.trx.deleteFrom('search_synonyms').execute();
  },
};

/** The "Find legal help" page's entries (migration 020), each list in its stored order. */
export const HELP_FIELDS: readonly Field[] = [
  { json: 'list', column: 'kind', schema: z.enum(['service', 'hotline', 'rights']) },
  { json: 'position', column: 'position', schema: int },
  { json: 'label', column: 'label', schema: text },
  { json: 'labelEs', column: 'label_es', schema: optText },
  { json: 'url', column: 'url', schema: optText },
  { json: 'phone', column: 'phone', schema: optText },
  { json: 'note', column: 'note', schema: optText },
  { json: 'noteEs', column: 'note_es', schema: optText },
  { json: 'language', column: 'language', schema: optText },
  { json: 'updatedAt', column: 'updated_at', schema: instant },
];

/** Help entries: migration 020 seeds a starter page, which a whole site's own entries replace. */
export const helpEntryKind: RecordKind = {
  ...tableKind({ kind: 'help-entry', table: 'help_entries', fields: HELP_FIELDS }),
  async prepare(ctx) {
    await ctx.trx.deleteFrom('help_entries').execute();
  },
};

/** The homepage's featured blocks, in order, naming what they show by slug and image key. */
export const FEATURE_FIELDS: readonly Field[] = [
  { json: 'position', column: 'position', schema: int },
  { json: 'shows', column: 'kind', schema: z.enum(['statement', 'resource']) },
  { json: 'statement', column: 'statement_id', schema: z.string().nullable(), ref: 'statements' },
  { json: 'resource', column: 'resource_id', schema: z.string().nullable(), ref: 'resources' },
  { json: 'teaser', column: 'teaser', schema: optText },
  { json: 'teaserEs', column: 'teaser_es', schema: optText },
  { json: 'image', column: 'media_id', schema: z.string().nullable(), ref: 'media' },
];

export const homepageFeatureKind = tableKind({ kind: 'homepage-feature', table: 'homepage_features', fields: FEATURE_FIELDS });

/**
 * Settings documents (`organization`, `homepage`, …) with their JSON as stored, in key order. A
 * document that names a row by id names it by natural key in the file: the homepage's hero image
 * (`heroMediaId` ↔ `heroImage`, the image's key), at the same place among the keys.
 */
const ID_KEYS: Record<string, { id: string; key: string }> = { homepage: { id: 'heroMediaId', key: 'heroImage' } };

const settingSchema = z.object({ key: z.string().min(1).max(100), value: z.record(z.string(), z.unknown()) }).strict();

export const settingKind: RecordKind<z.infer<typeof settingSchema>> = {
  kind: 'setting',
  schema: settingSchema,
  async *export(ctx) {
    const rows = await ctx.db.selectFrom('settings').select(['key', 'value']).orderBy('key').execute();
    for (const row of rows) {
      const value = JSON.parse(row.value) as Record<string, unknown>;
      const swap = ID_KEYS[row.key];
      yield {
        key: row.key,
        value: swap ? await renameKey(value, swap.id, swap.key, async (id) => (typeof id === 'number' ? ctx.refs.keyOf('media', id) : id)) : value,
      };
    }
  },
  async import(ctx, record) {
    const swap = ID_KEYS[record.key];
    const value = swap
      ? await renameKey(record.value, swap.key, swap.id, async (key) => (typeof key === 'string' ? ctx.refs.idOf('media', key) : key))
      : record.value;
    await ctx.trx.deleteFrom('settings').where('key', '=', record.key).execute();
    await ctx.trx.insertInto('settings').values({ key: record.key, value: JSON.stringify(value) }).execute();
  },
};

async function renameKey(
  value: Record<string, unknown>, from: string, to: string, map: (v: unknown) => Promise<unknown>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === from) out[to] = await map(v);
    else out[k] = v;
  }
  return out;
}
