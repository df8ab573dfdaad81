import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { createDb } from '../../db/database.ts';
import { sqliteFileIsSound } from '../../db/sqlite-backup.ts';
import { PRIVATE_FILE_MODE, makePrivateDir } from '../../platform/private-files.ts';
import { attachmentsDir, mediaDir } from '../uploads/index.ts';
import { siteSize } from './backup.repo.ts';
import { DATABASE_ENTRY, MANIFEST, type BackupManifest } from './backup.service.ts';

/** Why a restore was refused; the command prints the message. */
export class RestoreError extends Error {
  override name = 'RestoreError';
}

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/);
const manifestSchema = z.object({
  format: z.literal('haven-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  database: z.literal(DATABASE_ENTRY).nullable(),
  attachments: z.array(name),
  media: z.array(name),
  missing: z.array(z.string()),
});

/** The only entries a Haven backup holds: anything else in an archive is not extracted. */
const ENTRY = /^(manifest\.json|haven\.db|attachments\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}|media\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}|attachments\/?|media\/?)$/;

/** What a restore did. */
export interface RestoreResult {
  manifest: BackupManifest;
  /** Whether the database was restored (SQLite backups) or is pg_restore's job. */
  databaseRestored: boolean;
  files: number;
}

/**
 * Brings a backup made by `createBackup` back into this configuration's DATA_DIR and database.
 * The database must be empty (no resources, no accounts) unless `force`; a SQLite backup goes
 * only to a SQLite database (to move engines, use `haven export` and `haven import`). The server
 * must be stopped: the SQLite file is replaced. Uploads are added beside any already there.
 * The caller then opens the database as usual, which migrates an older backup to this version.
 */
export async function restoreBackup(config: Config, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  if (!fs.existsSync(file)) throw new RestoreError(`There is no file "${file}".`);
  await makePrivateDir(config.dataDir);
  const stage = await fs.promises.mkdtemp(path.join(config.dataDir, '.restore-'));
  try {
    try {
      await tar.extract({
        file, cwd: stage, strict: true, preservePaths: false,
        filter: (entry, stat) => ENTRY.test(entry.replace(/^\.\//, '')) && (stat as { type?: string }).type !== 'SymbolicLink',
      });
    } catch (err) {
      throw new RestoreError(`"${file}" is not a Haven backup archive (${err instanceof Error ? err.message : String(err)}).`);
    }
    const manifest = readManifest(stage, file);
    if (manifest.database && config.database.dialect !== 'sqlite') {
      throw new RestoreError('This backup holds a SQLite database, but DATABASE_URL names PostgreSQL. Restore it into a SQLite file, then move the site with "haven export" and "haven import".');
    }
    if (manifest.database) await checkEmpty(config, options.force);
    const files = await moveUploads(stage, config.dataDir, manifest);
    if (manifest.database) await replaceDatabase(path.join(stage, DATABASE_ENTRY), (config.database as { filename: string }).filename);
    return { manifest, databaseRestored: Boolean(manifest.database), files };
  } finally {
    await fs.promises.rm(stage, { recursive: true, force: true });
  }
}

function readManifest(stage: string, file: string): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(stage, MANIFEST), 'utf8'));
  } catch {
    throw new RestoreError(`"${file}" has no readable ${MANIFEST}: it is not a Haven backup.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new RestoreError(`"${file}" has a ${MANIFEST} this version of Haven does not understand.`);
  const manifest = parsed.data;
  if (manifest.database && !fs.existsSync(path.join(stage, DATABASE_ENTRY))) throw new RestoreError(`"${file}" lacks the database its manifest lists.`);
  if (manifest.database && !sqliteFileIsSound(path.join(stage, DATABASE_ENTRY))) throw new RestoreError(`The database in "${file}" is damaged.`);
  return manifest;
}

/** Refuses to replace a database that holds a site, unless forced. */
async function checkEmpty(config: Config, force: boolean | undefined): Promise<void> {
  const target = (config.database as { filename: string }).filename;
  if (!fs.existsSync(target)) return;
  const handle = createDb(config.database);
  let size: { resources: number; users: number } | null = null;
  try {
    size = await siteSize(handle.db);
  } catch {
    size = null; // No tables yet: an empty file.
  } finally {
    await handle.close();
  }
  if (size && (size.resources > 0 || size.users > 0) && !force) {
    throw new RestoreError(`The database at ${target} is not empty (${size.resources} resources, ${size.users} staff accounts). `
      + 'Restore into an empty database, or pass --force to replace it (stop the server first).');
  }
}

async function moveUploads(stage: string, dataDir: string, manifest: BackupManifest): Promise<number> {
  let count = 0;
  for (const [sub, names, dir] of [['attachments', manifest.attachments, attachmentsDir(dataDir)], ['media', manifest.media, mediaDir(dataDir)]] as const) {
    await makePrivateDir(dir);
    for (const file of names) {
      const from = path.join(stage, sub, file);
      if (!fs.existsSync(from)) throw new RestoreError(`The backup lacks ${sub}/${file}, which its manifest lists.`);
      await fs.promises.rename(from, path.join(dir, file));
      await fs.promises.chmod(path.join(dir, file), PRIVATE_FILE_MODE);
      count += 1;
    }
  }
  return count;
}

/** Puts the restored file in place in one rename, with no write-ahead log of the old one left beside it. */
async function replaceDatabase(from: string, target: string): Promise<void> {
  await makePrivateDir(path.dirname(target));
  const incoming = `${target}.restoring-${process.pid}`;
  await fs.promises.copyFile(from, incoming);
  await fs.promises.chmod(incoming, PRIVATE_FILE_MODE);
  for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) await fs.promises.rm(stale, { force: true });
  await fs.promises.rename(incoming, target);
}
