import { makePrivate, makePrivateDir } from '../../platform/private-files.ts';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, textError } from '../../platform/errors.ts';
import type { MediaRow } from '../media/index.ts';
import { IMAGE_WIDTHS, mediaUrl } from '../media/index.ts';
import { sanitizeUploadName } from './filename.ts';
import { checkSize, type Upload } from './pdf-upload.ts';
import { deleteMedia, insertMedia } from './uploads.repo.ts';
import { mediaDir, randomKey, removeFiles } from './uploads.storage.ts';

const ACCEPTED = new Set(['jpeg', 'png', 'webp']);
/** Larger images are refused before decoding (a small file can claim enormous dimensions). */
const MAX_PIXELS = 60_000_000;
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,100}$/;

/** The file names of a media item's variants. */
export function variantNames(key: string, widths: readonly number[] = IMAGE_WIDTHS): string[] {
  return widths.map((w) => path.basename(mediaUrl(key, w)));
}

/**
 * Stores an uploaded image: its type is read from its content (JPEG, PNG or WebP, via sharp),
 * alt text is required, and it is resized (turned upright, metadata stripped) to the responsive
 * widths as `$DATA_DIR/media/<key>-<width>.webp`. Variants are written under temporary names and
 * renamed, then the media row is inserted; if that fails the files are removed again.
 */
export async function storeImageUpload(
  deps: { db: Db; clock: Clock; dataDir: string; maxBytes: number }, upload: Upload, alt: string,
): Promise<MediaRow> {
  const altText = alt.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!altText) throw textError('bad_request', { key: 'editorial.upload.image.alt.required' }, { field: 'alt' });
  if (altText.length > 300) throw textError('bad_request', { key: 'editorial.upload.image.alt.long' }, { field: 'alt' });
  const refuse = (code: 'unsupported_media_type' | 'payload_too_large', key: Parameters<typeof textError>[1]['key'], params: Record<string, string | number> = {}) =>
    textError(code, { key, params: { name: filename, ...params } }, { field: 'file' });
  const filename = sanitizeUploadName(upload.name, ['jpg', 'jpeg', 'png', 'webp']);
  checkSize(upload, deps.maxBytes, 'image');

  let meta: sharp.Metadata;
  try {
    meta = await sharp(upload.data, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw refuse('unsupported_media_type', 'editorial.upload.image.unreadable');
  }
  if (!meta.format) throw refuse('unsupported_media_type', 'editorial.upload.image.unreadable');
  if (!ACCEPTED.has(meta.format)) throw refuse('unsupported_media_type', 'editorial.upload.image.format', { format: meta.format.toUpperCase() });
  if (!meta.width || !meta.height) throw refuse('unsupported_media_type', 'editorial.upload.image.size');
  if (meta.width * meta.height > MAX_PIXELS) {
    throw refuse('payload_too_large', 'editorial.upload.image.pixels', { width: meta.width, height: meta.height, max: MAX_PIXELS / 1_000_000 });
  }
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;

  const key = randomKey(12);
  if (!KEY_PATTERN.test(key)) throw new Error('generated media key does not match the media route');
  const dir = mediaDir(deps.dataDir);
  await makePrivateDir(dir);
  // Every width up to the original's; an image narrower than the smallest width still gets that one.
  const widths = IMAGE_WIDTHS.filter((w, i) => i === 0 || w <= width);
  const finals = variantNames(key, widths);
  const temps = finals.map((f) => `.tmp-${f}`);
  try {
    for (const [i, w] of widths.entries()) {
      await sharp(upload.data, { limitInputPixels: MAX_PIXELS }).rotate()
        .resize({ width: w, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toFile(path.join(dir, temps[i]));
      await makePrivate(path.join(dir, temps[i]));
    }
    for (const [i, f] of finals.entries()) await fs.promises.rename(path.join(dir, temps[i]), path.join(dir, f));
  } catch (err) {
    await removeFiles(dir, [...temps, ...finals]);
    if (err instanceof AppError) throw err;
    throw refuse('unsupported_media_type', 'editorial.upload.image.resize');
  }
  try {
    return await deps.db.transaction().execute((trx) => insertMedia(trx, {
      storage_key: key, mime_type: 'image/webp', width, height, bytes: upload.data.length, alt: altText,
      created_at: deps.clock.now().toISOString(),
    }));
  } catch (err) {
    await removeFiles(dir, finals);
    throw err;
  }
}

/**
 * Removes a stored image again, its row and its files, e.g. when the form it came with was
 * refused after it was stored.
 */
export async function discardImage(deps: { db: Db; dataDir: string }, media: MediaRow): Promise<void> {
  await deleteMedia(deps.db, media.id);
  await removeFiles(mediaDir(deps.dataDir), variantNames(media.storage_key));
}

/** Removes the files of media rows already deleted (by storage key), e.g. replaced images after their save committed. */
export async function removeMediaFiles(dataDir: string, storageKeys: string[]): Promise<void> {
  await removeFiles(mediaDir(dataDir), storageKeys.flatMap((key) => variantNames(key)));
}
