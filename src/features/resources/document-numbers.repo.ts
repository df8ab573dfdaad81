import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import { documentPrefixOf, organizationSchema } from '../../platform/organization.ts';

/** `ILRC-2025-0001`: the prefix, the publication year and the number within that prefix and year. */
export function formatDocumentNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}

/** Resources numbered per statement (three parameters each, well under either engine's limit). */
const CHUNK = 500;

async function currentPrefix(db: Db): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirst();
  let doc: unknown;
  try {
    doc = row ? JSON.parse(row.value) : undefined;
  } catch {
    doc = undefined;
  }
  const parsed = organizationSchema.safeParse(doc);
  return documentPrefixOf(parsed.success ? parsed.data : { shortName: '' });
}

/**
 * Gives every published resource that has no document number yet its number, in publication
 * order (date, then id): however it was published (the editor, the scheduler, an import, the
 * seed), at the end of the transaction that published it. Runs as an early content-write hook,
 * before the search indexer reads the rows. Each (prefix, year) counter is raised in one
 * upsert, so concurrent publishers get disjoint numbers; a resource another transaction numbered
 * meanwhile keeps its number (the update is conditional) and the number drawn for it is skipped,
 * never given again. Returns how many resources were numbered.
 */
export async function numberPublishedResources(trx: Db): Promise<number> {
  const rows = await trx.selectFrom('resources').select(['id', 'published_on'])
    .where('document_number', 'is', null).where('status', '=', 'published')
    .orderBy('published_on').orderBy('id').execute();
  if (rows.length === 0) return 0;
  const prefix = await currentPrefix(trx);
  const byYear = new Map<number, number[]>();
  for (const r of rows) {
    const year = Number(r.published_on.slice(0, 4));
    const list = byYear.get(year);
    if (list) list.push(r.id);
    else byYear.set(year, [r.id]);
  }
  for (const [year, ids] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const { last } = await trx.insertInto('document_counters').values({ prefix, year, last: ids.length })
      .onConflict((oc) => oc.columns(['prefix', 'year']).doUpdateSet((eb) => ({ last: eb('document_counters.last', '+', ids.length) })))
      .returning('last').executeTakeFirstOrThrow();
    const first = Number(last) - ids.length + 1;
    // One statement per chunk (an import numbers hundreds at a time), each row given its own number.
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const numbers = chunk.map((id, k) => sql`when ${id} then ${formatDocumentNumber(prefix, year, first + i + k)}`);
      await trx.updateTable('resources')
        .set({ document_number: sql<string>`case ${sql.ref('id')} ${sql.join(numbers, sql` `)} end` })
        .where('id', 'in', chunk).where('document_number', 'is', null).execute();
    }
  }
  return rows.length;
}

const NUMBER_PARTS = /^([A-Z][A-Z0-9]{0,11})-(\d{4})-(\d{4,9})$/;

/**
 * Gives a resource a number it already carries (an import of an export), when it has none yet and
 * no other resource holds it; otherwise it is numbered as usual at publication. The counter of the
 * number's prefix and year is raised to it, so the number is never given again here.
 */
export async function adoptDocumentNumber(trx: Db | Transaction<Database>, resourceId: number, documentNumber: string): Promise<boolean> {
  const parts = NUMBER_PARTS.exec(documentNumber);
  if (!parts) return false;
  const taken = await trx.selectFrom('resources').select('id').where('document_number', '=', documentNumber).executeTakeFirst();
  if (taken) return taken.id === resourceId;
  const done = await trx.updateTable('resources').set({ document_number: documentNumber })
    .where('id', '=', resourceId).where('document_number', 'is', null).executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) return false;
  await raiseDocumentCounter(trx, documentNumber);
  return true;
}

/** Raises the counter of a number's prefix and year to it (never lowers it); ignores a malformed number. */
export async function raiseDocumentCounter(trx: Db | Transaction<Database>, documentNumber: string): Promise<void> {
  const parts = NUMBER_PARTS.exec(documentNumber);
  if (!parts) return;
  const [, prefix, year, n] = parts as unknown as [string, string, string, string];
  await raiseCounter(trx, prefix, Number(year), Number(n));
}

/** Sets the counter of `prefix` and `year` to `last` unless it is already higher. */
export async function raiseCounter(trx: Db | Transaction<Database>, prefix: string, year: number, last: number): Promise<void> {
  await trx.insertInto('document_counters').values({ prefix, year, last })
    .onConflict((oc) => oc.columns(['prefix', 'year']).doUpdateSet({
      last: sql<number>`case when ${sql.ref('document_counters.last')} < ${sql.ref('excluded.last')} then ${sql.ref('excluded.last')} else ${sql.ref('document_counters.last')} end`,
    })).execute();
}
