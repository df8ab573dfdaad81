import type { Db } from '../../../db/database.ts';
import { FileSink } from './files.ts';
import { FORMAT_NAME, FORMAT_VERSION, type ExportContext } from './kind.ts';
import { RECORD_KINDS } from './kinds/index.ts';
import { ExportRefs } from './refs.repo.ts';

/** Rows per query while exporting; memory stays flat whatever the site's size. */
export const SITE_PAGE_SIZE = 1000;

export interface SiteExportOptions {
  db: Db;
  dataDir: string;
  /** Receives each line (without its line break); awaited, so a slow reader slows the export down. */
  write: (line: string) => void | Promise<void>;
  /** Copy stored files into `dir` (named by checksum) and name them relative to `relativeTo`. */
  files?: { dir: string; relativeTo: string };
  /** Accounts, recovery codes and revisions too, and who wrote what. */
  withStaff?: boolean;
  pageSize?: number;
  onWarning?: (message: string) => void;
}

export interface SiteExportSummary {
  /** Records written, by kind. */
  records: Record<string, number>;
  files: number;
}

/** The header line: what the file is and which version of the format it speaks. */
export function headerLine(withStaff: boolean): string {
  return JSON.stringify({ kind: FORMAT_NAME, version: FORMAT_VERSION, staff: withStaff });
}

/**
 * Writes the whole site as interchange v2: the header, then every record kind of RECORD_KINDS in
 * its order, each in a stable order of its own, with no database ids. The same site gives the same
 * bytes whichever engine holds it.
 */
export async function exportSite(options: SiteExportOptions): Promise<SiteExportSummary> {
  const withStaff = options.withStaff ?? false;
  const files = new FileSink(options.files?.dir ?? null, options.files?.relativeTo);
  const ctx: ExportContext = {
    db: options.db, refs: new ExportRefs(options.db), files, dataDir: options.dataDir, withStaff,
    pageSize: options.pageSize ?? SITE_PAGE_SIZE, warn: options.onWarning ?? (() => {}),
  };
  const summary: SiteExportSummary = { records: {}, files: 0 };
  await options.write(headerLine(withStaff));
  for (const kind of RECORD_KINDS) {
    if (kind.staff && !withStaff) continue;
    let count = 0;
    for await (const record of kind.export(ctx)) {
      await options.write(JSON.stringify({ kind: kind.kind, ...record }));
      count++;
    }
    if (count) summary.records[kind.kind] = count;
  }
  summary.files = files.count;
  return summary;
}
