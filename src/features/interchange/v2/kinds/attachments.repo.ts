import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PRIVATE_FILE_MODE, makePrivateDir } from '../../../../platform/private-files.ts';
import { attachmentsDir, randomKey } from '../../../uploads/index.ts';
import { AttachmentFileError } from '../../attachment-files.ts';
import type { ExportContext, Field, ImportContext } from '../kind.ts';
import { fieldsSchema } from '../kind.ts';
import { int, optText, text } from './fields.ts';

/**
 * A resource's attachments, in order. The stored text (what search reads) travels with the file,
 * so an import neither re-reads the PDF nor depends on the reader's version to restore the site.
 */
export const ATTACHMENT_FIELDS: readonly Field[] = [
  { json: 'filename', column: 'filename', schema: text },
  { json: 'title', column: 'title', schema: text },
  { json: 'mimeType', column: 'mime_type', schema: text },
  { json: 'bytes', column: 'bytes', schema: int },
  { json: 'text', column: 'text_content', schema: optText },
  { json: 'textState', column: 'text_state', schema: z.enum(['partial', 'not_indexed']).nullable() },
];

export const attachmentSchema = fieldsSchema(ATTACHMENT_FIELDS, {
  bytes: int,
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  file: z.string().max(1000).optional(),
});
export type AttachmentRecord = z.infer<typeof attachmentSchema>;

type StoredAttachment = Record<string, unknown> & { storage_key: string | null };

/** The record of a stored attachment, with its file copied into the export's folder. */
export async function exportAttachment(ctx: ExportContext, slug: string, row: StoredAttachment): Promise<AttachmentRecord> {
  const record: Record<string, unknown> = {};
  for (const f of ATTACHMENT_FIELDS) record[f.json] = row[f.column] ?? null;
  if (row.storage_key) {
    const source = path.join(attachmentsDir(ctx.dataDir), path.basename(row.storage_key));
    if (fs.existsSync(source)) Object.assign(record, await ctx.files.put(source, path.extname(row.storage_key).slice(1) || 'bin'));
    else ctx.warn(`${slug}: the file of attachment "${row.filename as string}" is missing from storage; exported without it`);
  }
  return record as AttachmentRecord;
}

/** Stored columns of an imported attachment; its file (if any) is copied into storage under a new random name. */
export async function importAttachment(ctx: ImportContext, a: AttachmentRecord): Promise<Record<string, unknown>> {
  const row: Record<string, unknown> = {};
  for (const f of ATTACHMENT_FIELDS) row[f.column] = a[f.json as keyof AttachmentRecord] ?? null;
  row.storage_key = null;
  if (a.file && a.sha256) {
    const source = await ctx.files.open({ file: a.file, sha256: a.sha256 });
    const size = (await fs.promises.stat(source)).size;
    if (size !== a.bytes) throw new AttachmentFileError(`file "${a.file}" has ${size} bytes, not ${a.bytes}`);
    const dir = attachmentsDir(ctx.dataDir);
    await makePrivateDir(dir);
    // Stored under a new random name; only a plain extension of the given name is kept.
    const ext = path.extname(a.file).toLowerCase();
    const name = `${randomKey()}${/^\.[a-z0-9]{1,8}$/.test(ext) ? ext : ''}`;
    await fs.promises.copyFile(source, path.join(dir, name), fs.constants.COPYFILE_EXCL);
    await fs.promises.chmod(path.join(dir, name), PRIVATE_FILE_MODE);
    ctx.written(dir, name);
    row.storage_key = name;
  }
  return row;
}
