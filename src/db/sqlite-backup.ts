import SQLite from 'better-sqlite3';

/** Pages copied per step of the online backup (16 MB at Haven's 16 KB pages). */
const PAGES_PER_STEP = 1000;
/** After this many restarts (writes landing between steps), the rest is copied in one step. */
const RESTARTS_BEFORE_ONE_STEP = 3;

/**
 * Copies a live SQLite database to `target` with SQLite's online backup API (better-sqlite3's
 * `backup()`), through a connection of its own, while the server keeps reading and writing it.
 * The copy is one consistent state of the database: a write landing between two steps makes
 * SQLite start over, and after a few restarts the remaining pages are copied in a single step.
 */
export async function snapshotSqlite(source: string, target: string): Promise<void> {
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    let restarts = 0;
    let lastRemaining = Number.POSITIVE_INFINITY;
    await db.backup(target, {
      progress({ remainingPages }) {
        if (remainingPages > lastRemaining) restarts += 1;
        lastRemaining = remainingPages;
        return restarts >= RESTARTS_BEFORE_ONE_STEP ? 0x7fffffff : PAGES_PER_STEP;
      },
    });
  } finally {
    db.close();
  }
}

/** True when SQLite finds the file sound (`PRAGMA quick_check`). */
export function sqliteFileIsSound(file: string): boolean {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}
