import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { attachmentsDir } from './attachment-files.ts';
import { loadRecords } from './interchange.repo.ts';
import type { InterchangeRecord } from './interchange.schema.ts';

/** Resources per query while exporting; memory stays flat whatever the library's size. */
export const EXPORT_PAGE_SIZE = 1000;

/** What to export and where each line goes. */
export interface ExportOptions {
  db: Db;
  /** Receives each line (without its line break); awaited, so a slow reader slows the export down. */
  write: (line: string) => void | Promise<void>;
  pageSize?: number;
  /**
   * Copy stored attachment files next to the output and name them in `file`, so the export
   * carries the PDFs too. Files are named `<slug>-<n>.pdf`, the same on every run.
   */
  files?: { dataDir: string; dir: string; relativeTo: string };
  onWarning?: (message: string) => void;
}

/** How many resources and attachment files were written. */
export interface ExportSummary {
  resources: number;
  files: number;
}

/**
 * Writes every resource, whatever its status, as one line of the interchange format, in
 * FORMAT.md's field order and by ascending id, reading the library in keyset-paginated pages.
 * Lists are written in a canonical order (topics and supersedes by slug), so export → import →
 * export produces the same bytes.
 */
export async function exportResources(options: ExportOptions): Promise<ExportSummary> {
  const summary: ExportSummary = { resources: 0, files: 0 };
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  let afterId = 0;
  for (;;) {
    const page = await loadRecords(options.db, { afterId, limit: pageSize });
    if (page.length === 0) break;
    for (const stored of page) {
      const record: InterchangeRecord = stored.record;
      if (options.files) {
        for (const [i, a] of stored.attachments.entries()) {
          const file = await copyAttachment(options.files, record.slug, i, a.storageKey, a.mimeType, options.onWarning);
          if (file) {
            record.attachments[i] = { ...record.attachments[i], file };
            summary.files++;
          }
        }
      }
      await options.write(JSON.stringify(record));
      summary.resources++;
    }
    afterId = page[page.length - 1].id;
  }
  return summary;
}

async function copyAttachment(
  files: NonNullable<ExportOptions['files']>, slug: string, index: number, storageKey: string | null, mimeType: string,
  onWarning: ExportOptions['onWarning'],
): Promise<string | undefined> {
  if (!storageKey) return undefined;
  // The importer takes PDFs only; anything else stays metadata, as the format allows.
  if (mimeType !== 'application/pdf') {
    onWarning?.(`${slug}: attachment ${index + 1} is ${mimeType}, not a PDF; exported without its file`);
    return undefined;
  }
  const source = path.join(attachmentsDir(files.dataDir), path.basename(storageKey));
  const name = `${slug}-${index + 1}.pdf`;
  try {
    await fs.promises.mkdir(files.dir, { recursive: true });
    await fs.promises.copyFile(source, path.join(files.dir, name));
  } catch {
    onWarning?.(`${slug}: the file of attachment ${index + 1} is missing from storage; exported without it`);
    return undefined;
  }
  return path.relative(files.relativeTo, path.join(files.dir, name)).split(path.sep).join('/');
}
