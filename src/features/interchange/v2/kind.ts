import { z } from 'zod';
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../../db/database.ts';
import type { ExportRefs, ImportRefs, RefTable } from './refs.repo.ts';

export type { RefTable };
import type { FileSink, FileSource } from './files.ts';

/**
 * Interchange v2: the whole site as JSON Lines. A file is a header line followed by records, each
 * an object whose first key is `kind`. Every table family contributes one or more record kinds
 * (`kinds/*.repo.ts`), listed in dependency order in `kinds/index.ts`; the exporter and importer
 * know nothing about any table themselves.
 */
export const FORMAT_NAME = 'haven-site';
export const FORMAT_VERSION = 2;

/** What an exporting kind may use. */
export interface ExportContext {
  db: Db;
  refs: ExportRefs;
  /** Stored files (attachments, images) go here, named by checksum (or are only hashed, without a folder). */
  files: FileSink;
  dataDir: string;
  withStaff: boolean;
  pageSize: number;
  warn(message: string): void;
}

/** What an importing kind may use; everything runs in one transaction. */
export interface ImportContext {
  trx: Transaction<Database>;
  refs: ImportRefs;
  files: FileSource;
  dataDir: string;
  /** Records a file written into `dir`, removed again if the import fails. */
  written(dir: string, name: string): void;
  /** Called at the end, after the last record: references that pointed further down the file. */
  later(task: () => Promise<void>): void;
  warn(message: string): void;
}

/** One record kind: its schema (without `kind`), how it is read from the database and written back. */
export interface RecordKind<R extends Record<string, unknown> = Record<string, unknown>> {
  kind: string;
  /** Only with `--with-staff`: accounts and what names them. */
  staff?: boolean;
  schema: z.ZodType<R>;
  export(ctx: ExportContext): AsyncIterable<R>;
  import(ctx: ImportContext, record: R): Promise<void>;
  /** Runs once before the first record of an import, whether or not the file holds this kind. */
  prepare?(ctx: ImportContext): Promise<void>;
}

/** A column as the format carries it: the record key, the stored column, the value's schema. */
export interface Field {
  json: string;
  column: string;
  schema: z.ZodTypeAny;
  /** A reference to another row, carried by that row's natural key instead of its id. */
  ref?: RefTable;
  /** Written only with `--with-staff` (it names an account). */
  staff?: boolean;
}


/** A field list's record schema: every field present (null where the column is), nothing else. */
export function fieldsSchema<E extends z.ZodRawShape = Record<never, never>>(
  fields: readonly Field[], extra?: E,
): z.ZodType<Record<string, unknown> & z.output<z.ZodObject<E>>> {
  const shape: Record<string, unknown> = { ...extra };
  for (const f of fields) shape[f.json] = f.staff || f.ref === 'users' ? f.schema.optional() : f.schema;
  return z.object(shape as z.ZodRawShape).strict() as never;
}

/** A stored row → the record's fields, references named by natural key. */
export async function rowToFields(ctx: ExportContext, fields: readonly Field[], row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if ((f.staff || f.ref === 'users') && !ctx.withStaff) continue;
    const value = row[f.column] ?? null;
    out[f.json] = f.ref && value !== null ? await ctx.refs.keyOf(f.ref, value as number) : value;
  }
  return out;
}

/** The record's fields → stored columns, natural keys turned back into ids. */
export async function fieldsToRow(ctx: ImportContext, fields: readonly Field[], record: Record<string, unknown>): Promise<Record<string, unknown>> {
  const row: Record<string, unknown> = {};
  for (const f of fields) {
    // Absent (a staff field without --with-staff, or a field newer than the file): the column's default.
    if (record[f.json] === undefined) continue;
    const value = record[f.json];
    row[f.column] = f.ref && value !== null ? await ctx.refs.idOf(f.ref, value as string) : value;
  }
  return row;
}
