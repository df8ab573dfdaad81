import { textError } from '../../platform/errors.ts';
import { extractPdfText, PdfUnreadableError, type AttachmentTextState, type PdfText } from '../../platform/pdf-text.ts';
import { sanitizeUploadName, titleFromFilename } from './filename.ts';
import { attachmentsDir, formatSize, randomKey, removeFiles, writeAtomically } from './uploads.storage.ts';

/** A stored file to attach. */
export interface NewAttachment {
  filename: string;
  title: string;
  bytes: number;
  mimeType: string;
  storageKey: string;
  textContent: string | null;
  /** How much of the text is indexed (null: all of it). */
  textState?: AttachmentTextState | null;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** One uploaded file as a handler received it. */
export interface Upload {
  /** The name the browser sent; only ever shown, after sanitizing. */
  name: string;
  data: Uint8Array;
}

/** True when the bytes start with `%PDF-`. */
export function looksLikePdf(data: Uint8Array): boolean {
  return data.length >= PDF_MAGIC.length && PDF_MAGIC.every((b, i) => data[i] === b);
}

/** Refuses an empty or oversized upload with a message naming the limit. */
export function checkSize(upload: Upload, maxBytes: number, label: 'file' | 'image'): void {
  if (upload.data.length === 0) {
    const key = label === 'image' ? 'editorial.upload.empty.image' : 'editorial.upload.empty.file';
    throw textError('bad_request', { key, params: { name: upload.name.slice(0, 100) } }, { field: 'file' });
  }
  if (upload.data.length > maxBytes) {
    const key = label === 'image' ? 'editorial.upload.large.image' : 'editorial.upload.large.file';
    throw textError('payload_too_large', { key, params: { size: formatSize(upload.data.length), max: formatSize(maxBytes) } }, { field: 'file' });
  }
}

/**
 * Checks an uploaded PDF by its content — it starts with `%PDF-` and pdf.js can open it — within
 * the size limit and under an honest name; extracts its text for search; stores it as
 * `$DATA_DIR/attachments/<random hex>.pdf`. Returns the attachment to record. Nothing is written
 * unless every check passes; the caller removes the file again (discardAttachments) if the
 * database write that should follow fails.
 */
export async function storePdfUpload(options: { dataDir: string; maxBytes: number; pdfTextTimeoutMs?: number }, upload: Upload, title?: string): Promise<NewAttachment> {
  const filename = sanitizeUploadName(upload.name, ['pdf']);
  checkSize(upload, options.maxBytes, 'file');
  if (!looksLikePdf(upload.data)) {
    throw textError('unsupported_media_type', { key: 'editorial.upload.pdf.not', params: { name: filename } }, { field: 'file' });
  }
  let extracted: PdfText;
  try {
    // A copy: the worker thread gets its own, and pdf.js may detach the buffer it is given.
    extracted = await extractPdfText(upload.data.slice(), { timeoutMs: options.pdfTextTimeoutMs });
  } catch (err) {
    if (!(err instanceof PdfUnreadableError)) throw err;
    const key = err.reason === 'password' ? 'editorial.upload.pdf.password' : 'editorial.upload.pdf.damaged';
    throw textError('unsupported_media_type', { key, params: { name: filename } }, { field: 'file' });
  }
  const storageKey = `${randomKey()}.pdf`;
  await writeAtomically(attachmentsDir(options.dataDir), storageKey, upload.data);
  const cleanTitle = title?.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 300);
  return {
    filename, title: cleanTitle || titleFromFilename(filename), bytes: upload.data.length, mimeType: 'application/pdf',
    storageKey, textContent: extracted.text, textState: extracted.state,
  };
}

/** Removes stored attachment files, e.g. after the database write they belonged to failed. */
export function discardAttachments(dataDir: string, storageKeys: Iterable<string>): Promise<void> {
  return removeFiles(attachmentsDir(dataDir), storageKeys);
}
