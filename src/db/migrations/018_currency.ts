import { sql, type Kysely } from 'kysely';
import { withId, type Dialect } from './helpers.ts';

/**
 * Currency and citation data of resources (issue 13, docs/authorities.md):
 * - `resource_authors.affiliation`: the author's affiliation as this resource credits it (a person
 *   may write for another organization later; the credit stays as published). NULL: none given.
 * - `resources.document_number`: `{PREFIX}-{YEAR}-{NNNN}`, given once at first publication and
 *   kept for good (unpublishing, re-dating or a new prefix never change it). Unique.
 * - `document_counters (prefix, year, last)`: the last number given per prefix and year. It only
 *   ever grows, so a number is never given twice, even after its resource is deleted.
 * - `resources.reviewed_on`: when staff last checked the resource is still right (`YYYY-MM-DD`).
 * - `resource_updates (resource_id, position, noted_on, note)`: what changed and when, in the
 *   resource's language, in the order staff list them.
 * Existing published resources are numbered here, in publication order (date, then id), with the
 * prefix the organization settings give (`documentPrefix`, else the short name's letters and
 * digits, else `DOC`); the runtime numberer uses the same rule. They are queued for the search
 * index, which indexes the numbers on the next write or search (or `haven reindex`).
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function currencySchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('resource_authors').addColumn('affiliation', 'text').execute();
      await db.schema.alterTable('resources').addColumn('document_number', 'text').execute();
      await db.schema.alterTable('resources').addColumn('reviewed_on', 'text').execute();
      await db.schema.createIndex('resources_document_number').unique().on('resources').column('document_number').execute();
      // What the numberer looks for on every content write: published resources not numbered yet.
      await db.schema.createIndex('resources_unnumbered').on('resources').columns(['published_on', 'id'])
        .where(sql.ref('document_number'), 'is', null).execute();

      await db.schema.createTable('document_counters')
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('document_counters_pk', ['prefix', 'year'])
        .execute();

      await withId(db.schema.createTable('resource_updates'), dialect)
        .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('noted_on', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('resource_updates_resource').on('resource_updates').columns(['resource_id', 'position']).execute();

      await numberPublished(db);
    },
  };
}

/** The prefix the organization settings give, as the runtime reads it (see the comment above). */
function prefixOf(raw: string | undefined): string {
  let doc: { documentPrefix?: unknown; shortName?: unknown } = {};
  try {
    doc = raw ? JSON.parse(raw) : {};
  } catch {
    doc = {};
  }
  if (typeof doc.documentPrefix === 'string' && /^[A-Z][A-Z0-9]{0,11}$/.test(doc.documentPrefix)) return doc.documentPrefix;
  const short = typeof doc.shortName === 'string' ? doc.shortName.normalize('NFKD').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12) : '';
  return /^[A-Z]/.test(short) ? short : 'DOC';
}

async function numberPublished(db: Kysely<any>) {
  const setting = await db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirst();
  const prefix = prefixOf(setting?.value);
  const rows: { id: number; published_on: string }[] = await db.selectFrom('resources').select(['id', 'published_on'])
    .where('status', '=', 'published').where('document_number', 'is', null)
    .orderBy('published_on').orderBy('id').execute();
  const last = new Map<number, number>();
  const numbered = rows.map((r) => {
    const year = Number(r.published_on.slice(0, 4));
    const n = (last.get(year) ?? 0) + 1;
    last.set(year, n);
    return { id: r.id, number: `${prefix}-${year}-${String(n).padStart(4, '0')}` };
  });
  // 500 rows a statement: a large library is numbered in a few hundred statements, not one per row.
  for (let i = 0; i < numbered.length; i += 500) {
    const chunk = numbered.slice(i, i + 500);
    await db.updateTable('resources')
      .set({ document_number: sql`case ${sql.ref('id')} ${sql.join(chunk.map((r) => sql`when ${r.id} then ${r.number}`), sql` `)} end` })
      .where('id', 'in', chunk.map((r) => r.id)).execute();
  }
  for (const [year, n] of last) await db.insertInto('document_counters').values({ prefix, year, last: n }).execute();
}
