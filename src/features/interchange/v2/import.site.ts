import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/database.ts';
import { bumpGeneration } from '../../../db/generation.ts';
// Registers the search index's content-write hook, so the imported site is indexed as it commits.
import '../../search/index.ts';
import { removeFiles } from '../../uploads/index.ts';
import { readLines } from '../line-reader.ts';
import { FileSource } from './files.ts';
import { FORMAT_NAME, FORMAT_VERSION, type ImportContext, type RecordKind } from './kind.ts';
import { RECORD_KINDS } from './kinds/index.ts';
import { ImportRefs } from './refs.repo.ts';

/** Longest line of a v2 file: a resource with a 1,000,000-character body and its attachments' text. */
export const MAX_SITE_LINE_BYTES = 64 * 1024 * 1024;

/** The file cannot be imported: the message names the line and what is wrong with it. */
export class SiteImportError extends Error {
  override name = 'SiteImportError';
}

export interface SiteImportSummary {
  records: Record<string, number>;
}

/** True when the first line of a file is a v2 header (anything else is read as v1 resource lines). */
export async function isSiteFile(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new RegExp(`^\\s*\\{"kind":"${FORMAT_NAME}"`).test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** Tables that hold a site's content; a v2 import writes only into a database where all are empty. */
const CONTENT_TABLES = ['resources', 'resource_types', 'topics', 'projects', 'statements', 'pages', 'media', 'settings', 'homepage_features'] as const;

async function assertEmpty(db: Db): Promise<void> {
  for (const table of CONTENT_TABLES) {
    if (await db.selectFrom(table as 'resources').select(db.fn.countAll().as('n')).executeTakeFirst().then((r) => Number(r?.n) > 0)) {
      throw new SiteImportError(`the database already holds content (${table}); a whole site is imported into an empty database only`);
    }
  }
}

function parseLine(text: string, number: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SiteImportError(`line ${number}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SiteImportError(`line ${number}: not a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * Imports a whole site (interchange v2) into an empty database, in one transaction: the site is
 * there whole or not at all, and files copied for it are removed again if it fails. Lines are read
 * and written one at a time (memory holds the natural-key maps and the references that point
 * further down the file, not the file). The search index is built as the transaction commits.
 */
export async function importSite(options: { db: Db; dataDir: string; file: string; onWarning?: (m: string) => void }): Promise<SiteImportSummary> {
  const written: { dir: string; name: string }[] = [];
  const summary: SiteImportSummary = { records: {} };
  const byName = new Map(RECORD_KINDS.map((k, i) => [k.kind, { kind: k, order: i }]));
  try {
    await options.db.transaction().execute(async (trx) => {
      await assertEmpty(trx);
      const pending: (() => Promise<void>)[] = [];
      const ctx: ImportContext = {
        trx, refs: new ImportRefs(trx), files: new FileSource(path.dirname(options.file)), dataDir: options.dataDir,
        written: (dir, name) => written.push({ dir, name }), later: (task) => pending.push(task), warn: options.onWarning ?? (() => {}),
      };
      for (const kind of RECORD_KINDS) await kind.prepare?.(ctx);
      let header = false;
      let order = 0;
      for await (const line of readLines(fs.createReadStream(options.file), MAX_SITE_LINE_BYTES)) {
        if (line.text === null) throw new SiteImportError(`line ${line.number}: ${line.problem}`);
        if (line.text.trim() === '') continue;
        const value = parseLine(line.text, line.number);
        if (!header) {
          if (value.kind !== FORMAT_NAME || value.version !== FORMAT_VERSION) {
            throw new SiteImportError(`line ${line.number}: not a Haven site file of version ${FORMAT_VERSION} (the first line must be its header)`);
          }
          header = true;
          continue;
        }
        const { kind: name, ...fields } = value;
        const entry = byName.get(String(name));
        if (!entry) throw new SiteImportError(`line ${line.number}: unknown record kind "${String(name)}"`);
        if (entry.order < order) throw new SiteImportError(`line ${line.number}: a "${entry.kind.kind}" record after ${RECORD_KINDS[order].kind} records (the kinds must come in the order of docs/interchange.md)`);
        order = entry.order;
        await importRecord(ctx, entry.kind, fields, line.number);
        summary.records[entry.kind.kind] = (summary.records[entry.kind.kind] ?? 0) + 1;
      }
      if (!header) throw new SiteImportError('the file is empty');
      for (const task of pending) await task();
      await bumpGeneration(trx);
    });
  } catch (err) {
    for (const { dir, name } of written) await removeFiles(dir, [name]);
    throw err;
  }
  return summary;
}

async function importRecord(ctx: ImportContext, kind: RecordKind, fields: Record<string, unknown>, number: number): Promise<void> {
  const parsed = kind.schema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SiteImportError(`line ${number}: ${kind.kind} ${issue.path.join('.') || 'record'} ${issue.message}`);
  }
  try {
    await kind.import(ctx, parsed.data);
  } catch (err) {
    if (err instanceof Error && !(err instanceof SiteImportError)) err.message = `line ${number}: ${err.message}`;
    throw err;
  }
}
