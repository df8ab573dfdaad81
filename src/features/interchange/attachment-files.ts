import { makePrivate, makePrivateDir } from '../../platform/private-files.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from './interchange.schema.ts';
import { formatBytes } from './line-reader.ts';
import { extractPdfText, PdfUnreadableError, type AttachmentTextState, type PdfText } from '../../platform/pdf-text.ts';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** A problem with one attachment file; its message completes "attachment N: …". */
export class AttachmentFileError extends Error {
  override name = 'AttachmentFileError';
}

/** Where stored attachments live; the public route serves `$DATA_DIR/attachments/<storage_key>`. */
export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

/**
 * The absolute path of an attachment's `file`, which FORMAT.md makes relative to the .jsonl.
 * Absolute paths and paths leading out of that folder (by `..` or a symbolic link) are refused:
 * a file from someone else must not be able to publish any PDF the operator can read.
 */
export function resolveAttachmentPath(baseDir: string, file: string): string {
  if (path.isAbsolute(file) || /^[a-zA-Z]:/.test(file)) throw new AttachmentFileError(`file "${file}" must be a path relative to the .jsonl file`);
  const base = fs.realpathSync(baseDir);
  const resolved = path.resolve(base, file);
  if (!isInside(base, resolved)) throw new AttachmentFileError(`file "${file}" is outside the folder of the .jsonl file`);
  let real: string;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    throw new AttachmentFileError(`file "${file}" does not exist`);
  }
  if (!isInside(base, real)) throw new AttachmentFileError(`file "${file}" is outside the folder of the .jsonl file`);
  return real;
}

function isInside(base: string, candidate: string): boolean {
  const rel = path.relative(base, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Checks that a file is a regular file of acceptable size that starts like a PDF; returns its size. */
export async function inspectPdf(file: string, label: string): Promise<number> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    throw new AttachmentFileError(`file "${label}" does not exist`);
  }
  if (!stat.isFile()) throw new AttachmentFileError(`file "${label}" is not a regular file`);
  if (stat.size > LIMITS.fileBytes) throw new AttachmentFileError(`file "${label}" is larger than ${formatBytes(LIMITS.fileBytes)}`);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (err) {
    throw new AttachmentFileError(`file "${label}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const head = Buffer.alloc(PDF_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead < head.length || !head.equals(PDF_MAGIC)) throw new AttachmentFileError(`file "${label}" is not a PDF (it does not start with %PDF-)`);
  } finally {
    await handle.close();
  }
  return stat.size;
}

async function sha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** True when two files hold the same bytes; compares sizes first, then digests, never whole files in memory. */
export async function sameContent(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.promises.stat(a), fs.promises.stat(b)]);
    if (sa.size !== sb.size) return false;
    const [ha, hb] = await Promise.all([sha256(a), sha256(b)]);
    return ha === hb;
  } catch {
    return false;
  }
}

/** A file copied into attachment storage. */
export interface StoredFile {
  storageKey: string;
  bytes: number;
  mimeType: 'application/pdf';
  textContent: string | null;
  /** How much of the text is indexed (null: all of it). */
  textState: AttachmentTextState | null;
  /** Why not all of it, in English (for the importer's warning). */
  textNote?: string;
}

/**
 * Copies a PDF into storage under a generated name (never the given one) and extracts its
 * text. The copy is what gets checked and parsed, so a source changing meanwhile cannot slip
 * past; on any failure the copy is removed again.
 */
export async function storePdf(source: string, label: string, storageDir: string, options: { pdfTextTimeoutMs?: number } = {}): Promise<StoredFile> {
  await makePrivateDir(storageDir);
  const storageKey = `${crypto.randomBytes(16).toString('hex')}.pdf`;
  const target = path.join(storageDir, storageKey);
  await fs.promises.copyFile(source, target, fs.constants.COPYFILE_EXCL);
  await makePrivate(target).catch(() => undefined);
  try {
    const bytes = await inspectPdf(target, label);
    const data = await fs.promises.readFile(target);
    let extracted: PdfText;
    try {
      extracted = await extractPdfText(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { timeoutMs: options.pdfTextTimeoutMs });
    } catch (err) {
      if (!(err instanceof PdfUnreadableError)) throw err;
      throw new AttachmentFileError(`file "${label}" is not a usable PDF: ${err.message}`);
    }
    return { storageKey, bytes, mimeType: 'application/pdf', textContent: extracted.text, textState: extracted.state, textNote: extracted.note };
  } catch (err) {
    await fs.promises.rm(target, { force: true });
    throw err;
  }
}

/** Removes stored files by key, ignoring ones already gone. */
export async function removeStoredFiles(storageDir: string, keys: Iterable<string>): Promise<void> {
  for (const key of keys) await fs.promises.rm(path.join(storageDir, path.basename(key)), { force: true });
}
