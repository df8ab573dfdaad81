import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import type { Config } from '../../config.ts';
import { createDb, type Db } from '../../db/database.ts';
import { snapshotSqlite } from '../../db/sqlite-backup.ts';
import { makePrivate, makePrivateDir } from '../../platform/private-files.ts';
import { attachmentsDir, mediaDir } from '../uploads/index.ts';
import { referencedUploads } from './backup.repo.ts';

/** What `manifest.json` at the top of a backup archive says. */
export interface BackupManifest {
  format: 'haven-backup';
  version: 1;
  createdAt: string;
  /** The engine the site ran on. The archive holds the database only for SQLite (`haven.db`). */
  dialect: 'sqlite' | 'postgres';
  database: 'haven.db' | null;
  attachments: string[];
  media: string[];
  /** Files the database names that were gone when the archive was written (deleted since the snapshot). */
  missing: string[];
}

export const MANIFEST = 'manifest.json';
export const DATABASE_ENTRY = 'haven.db';

/**
 * Writes a backup of the whole site to `out` (a gzip-compressed tar): on SQLite a consistent
 * snapshot of the database taken with the online backup API while the site serves, and every
 * upload that snapshot refers to (attachments and resized images); on PostgreSQL the uploads the
 * database refers to now, the database itself being pg_dump's job. Written beside `out` under a
 * temporary name and renamed, so `out` is complete or absent. Returns the manifest.
 */
export async function createBackup(config: Config, db: Db, out: string): Promise<BackupManifest> {
  // Staged inside DATA_DIR: uploads are hard-linked into it, on the same file system.
  const stage = await fs.promises.mkdtemp(path.join(config.dataDir, '.backup-'));
  const partial = `${out}.partial-${process.pid}`;
  try {
    let refs: { attachments: string[]; mediaKeys: string[] };
    let database: BackupManifest['database'] = null;
    if (config.database.dialect === 'sqlite') {
      await snapshotSqlite(config.database.filename, path.join(stage, DATABASE_ENTRY));
      database = DATABASE_ENTRY;
      // The files the snapshot refers to, not the live database: archive and database agree.
      const snapshot = createDb({ dialect: 'sqlite', filename: path.join(stage, DATABASE_ENTRY) });
      try {
        refs = await referencedUploads(snapshot.db);
      } finally {
        await snapshot.close();
      }
    } else {
      refs = await referencedUploads(db);
    }
    const missing: string[] = [];
    const attachments = await stageFiles(attachmentsDir(config.dataDir), path.join(stage, 'attachments'), refs.attachments, missing);
    const mediaNames = mediaFilesOf(mediaDir(config.dataDir), refs.mediaKeys);
    const media = await stageFiles(mediaDir(config.dataDir), path.join(stage, 'media'), mediaNames, missing);
    const manifest: BackupManifest = {
      format: 'haven-backup', version: 1, createdAt: new Date().toISOString(), dialect: config.database.dialect, database,
      attachments, media, missing,
    };
    await fs.promises.writeFile(path.join(stage, MANIFEST), JSON.stringify(manifest, null, 2));
    const entries = [MANIFEST, ...(database ? [database] : []), ...attachments.map((f) => `attachments/${f}`), ...media.map((f) => `media/${f}`)];
    await tar.create({ gzip: true, file: partial, cwd: stage, portable: true, noDirRecurse: true }, entries);
    await makePrivate(partial);
    await fs.promises.rename(partial, out);
    return manifest;
  } finally {
    await fs.promises.rm(partial, { force: true });
    await fs.promises.rm(stage, { recursive: true, force: true });
  }
}

/** Links (or copies) `names` from `from` into `to`; names whose file is gone go to `missing`. */
async function stageFiles(from: string, to: string, names: string[], missing: string[]): Promise<string[]> {
  await makePrivateDir(to);
  const staged: string[] = [];
  for (const name of [...new Set(names)]) {
    const source = path.join(from, name);
    try {
      await fs.promises.link(source, path.join(to, name));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        missing.push(`${path.basename(from)}/${name}`);
        continue;
      }
      // Another file system, or links not allowed: a copy does as well.
      await fs.promises.copyFile(source, path.join(to, name));
    }
    staged.push(name);
  }
  return staged;
}

/** The files of `dir` that belong to the given media keys (`<key>-<width>.<ext>`). */
export function mediaFilesOf(dir: string, mediaKeys: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const wanted = new Set(mediaKeys);
  return fs.readdirSync(dir).filter((name) => {
    const m = /^(.+)-\d{2,4}\.(webp|jpg)$/.exec(name);
    return m !== null && wanted.has(m[1]);
  }).sort();
}
