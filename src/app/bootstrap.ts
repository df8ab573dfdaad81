import type { Config } from '../config.ts';
import { createDb, optimizeDb, type DbHandle, type DbOptions } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { isEmpty, seedDemo } from '../features/seed/index.ts';
import type { Logger } from '../platform/logger.ts';
import { resealTotpSecrets, secretBoxFor } from '../features/auth/index.ts';

/**
 * Opens the configured database and brings its schema up to date; on an empty database with
 * demo seeding enabled, writes the demo site. Shared by the server and the `haven` command.
 */
export async function openDatabase(config: Config, logger: Logger, options: { seed?: boolean } & DbOptions = {}): Promise<DbHandle> {
  const handle = createDb(config.database, {
    onConnectionLost: (err) => logger.warn({ err: err.message, code: (err as { code?: string }).code }, 'a database connection was lost; the pool reconnects'),
    ...options,
  });
  try {
    const applied = await migrateToLatest(handle.db, handle.dialect);
    if (applied.length) logger.info({ applied }, 'database migrated');
    if (options.seed && config.seedDemo && (await isEmpty(handle.db))) {
      const { resources } = await seedDemo(handle.db, config.dataDir);
      logger.info({ resources }, 'demo content seeded into the empty database');
    }
    // Two-step keys stored in plain text, or sealed under PREVIOUS_SESSION_SECRET, are sealed anew.
    const { resealed, unreadable } = await resealTotpSecrets(handle.db, secretBoxFor(config), new Date());
    if (resealed) logger.info({ resealed }, 'two-step verification keys encrypted under the current SESSION_SECRET');
    if (unreadable.length) {
      logger.warn({ accounts: unreadable }, 'two-step verification keys that no configured secret opens: was SESSION_SECRET changed without PREVIOUS_SESSION_SECRET? Those accounts need "haven user reset-2fa"');
    }
    if (handle.dialect === 'sqlite') await optimizeDb(handle);
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}
