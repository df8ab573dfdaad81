import { PRIVATE_FILE_MODE, makePrivateDir } from '../../platform/private-files.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where attachments live: `$DATA_DIR/attachments` (the public attachment route reads from here). */
export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

/** Where resized images live: `$DATA_DIR/media` (served by the media route). */
export function mediaDir(dataDir: string): string {
  return path.join(dataDir, 'media');
}

/** A random lower-case hex name, 32 characters by default. */
export function randomKey(bytes = 16): string {
  return crypto.randomBytes(bytes).toString('hex');
}

/**
 * Writes `data` under a temporary dot-name in `dir` (never served, never overwriting), then
 * renames it to `finalName`, so the final file is either complete or absent.
 */
export async function writeAtomically(dir: string, finalName: string, data: Uint8Array): Promise<string> {
  await makePrivateDir(dir);
  const temp = path.join(dir, `.tmp-${randomKey(8)}-${finalName}`);
  const target = path.join(dir, finalName);
  try {
    await fs.promises.writeFile(temp, data, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
  return target;
}

/** Removes stored files by name from `dir`, ignoring ones already gone. Names are reduced to base names. */
export async function removeFiles(dir: string, names: Iterable<string>): Promise<void> {
  for (const name of names) await fs.promises.rm(path.join(dir, path.basename(name)), { force: true });
}

/** "50 MB", "1.5 MB", "900 KB" — for limits in messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
