import { privateUmask } from './platform/private-files.ts';
import { serve } from '@hono/node-server';
import { createApp } from './app/create-app.tsx';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './app/bootstrap.ts';
import { explainClientErrors } from './platform/client-errors.ts';
import { systemClock } from './platform/clock.ts';
import { createLogger } from './platform/logger.ts';
import { startScheduler } from './features/editorial/index.ts';
import { editorialAudit } from './features/editorial/index.ts';
import { startSearchLogRetention } from './features/search-report/index.ts';

async function main() {
  privateUmask();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { db, dialect, close, poolStats } = await openDatabase(config, logger, { seed: true });
  const app = createApp({ db, dialect, config, logger, clock: systemClock, dbPool: poolStats });
  // Publishes scheduled resources when due; safe on every node (each resource goes up once).
  const scheduler = startScheduler({ db, clock: systemClock, logger, audit: editorialAudit(systemClock) }, 30_000);
  // Deletes search-report rows past 180 days; one node a day does it.
  const searchLogJob = startSearchLogRetention({ db, clock: systemClock, logger });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info({ port: info.port, dialect, url: config.baseUrl }, `Haven is serving ${config.baseUrl}`);
  });
  explainClientErrors(server);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop accepting connections, let in-flight requests finish, then close the database.
    server.close(async () => {
      await scheduler.stop();
      await searchLogJob.stop();
      await close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Haven could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
