import fs from 'node:fs';

/**
 * Haven's files hold unpublished drafts, staff accounts and sessions: only the account that runs
 * it may read them. Files are created 0600 and folders 0700 (an existing folder or file keeps
 * the mode its operator gave it). `main.ts` and the `haven` command also set the umask to 077, so
 * anything a library writes (resized images, SQLite's WAL) is private too.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Creates a folder (and missing parents) readable by this account only. */
export function makePrivateDirSync(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** Creates a folder (and missing parents) readable by this account only. */
export async function makePrivateDir(dir: string): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** Makes a file this process just wrote readable by this account only (copies keep their source's mode). */
export async function makePrivate(file: string): Promise<void> {
  await fs.promises.chmod(file, PRIVATE_FILE_MODE);
}

/** Files and folders created from now on by this process are private (umask 077). */
export function privateUmask(): void {
  process.umask(0o077);
}
