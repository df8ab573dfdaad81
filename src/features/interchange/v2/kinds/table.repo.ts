import type { z } from 'zod';
import { fieldsSchema, fieldsToRow, rowToFields, type ExportContext, type Field, type ImportContext, type RecordKind, type RefTable } from '../kind.ts';

type AnyTable = 'resources';

/**
 * Reads a whole table in id order, a page at a time (keyset pagination), so memory stays flat and
 * the order is stable: ids are never written, but rows come out in the order they were created,
 * and an import creates them in that order again.
 */
export async function* pagedRows(ctx: ExportContext, table: string, columns: readonly string[] | 'all'): AsyncGenerator<Record<string, unknown>> {
  let afterId = 0;
  for (;;) {
    const query = ctx.db.selectFrom(table as AnyTable);
    const rows = await (columns === 'all' ? query.selectAll() : query.select(['id', ...columns] as never[]))
      .where('id', '>', afterId).orderBy('id').limit(ctx.pageSize).execute() as Record<string, unknown>[];
    if (rows.length === 0) return;
    yield* rows;
    afterId = rows[rows.length - 1].id as number;
  }
}

/** Inserts one row and returns its id. */
export async function insertRow(ctx: ImportContext, table: string, row: Record<string, unknown>): Promise<number> {
  const { id } = await ctx.trx.insertInto(table as AnyTable).values(row as never).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * A record kind that is one table, column for column: each field of `fields` is a column (or a
 * reference to another table's row by its natural key). Adding a column to such a table is adding
 * one Field here.
 */
export function tableKind(spec: { kind: string; table: string; fields: readonly Field[]; staff?: boolean; naturalKeyOf?: RefTable }): RecordKind {
  const columns = spec.fields.map((f) => f.column);
  return {
    kind: spec.kind,
    staff: spec.staff,
    schema: fieldsSchema(spec.fields) as unknown as z.ZodType<Record<string, unknown>>,
    async *export(ctx) {
      for await (const row of pagedRows(ctx, spec.table, columns)) yield rowToFields(ctx, spec.fields, row);
    },
    async import(ctx, record) {
      const id = await insertRow(ctx, spec.table, await fieldsToRow(ctx, spec.fields, record));
      if (spec.naturalKeyOf) ctx.refs.remember(spec.naturalKeyOf, String(record[spec.fields[0].json]), id);
    },
  };
}
