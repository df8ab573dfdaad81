import { privateUmask } from './platform/private-files.ts';
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from './app/create-app.tsx';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './app/bootstrap.ts';
import { explainClientErrors } from './platform/client-errors.ts';
import { systemClock } from './platform/clock.ts';
import { gracefulStop } from './platform/graceful-stop.ts';
import { createLogger } from './platform/logger.ts';
import { closeMarkdownWorkers, warmMarkdownWorkers } from './platform/markdown.ts';
import { closePdfWorkers } from './platform/pdf-text.ts';
import { editorialAudit, startScheduler } from './features/editorial/index.ts';
import { startSearchLogRetention } from './features/search-report/index.ts';

/**
 * The server process: `node --import tsx src/main.ts` (what `npm start` runs, as the signalled
 * process itself). SIGTERM or SIGINT stops it gracefully (see gracefulStop) and it exits 0; a
 * second signal stops it at once.
 */
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
  warmMarkdownWorkers();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info({ port: info.port, dialect, url: config.baseUrl }, `Haven is serving ${config.baseUrl}`);
  }) as Server;
  explainClientErrors(server);
  const stopper = gracefulStop(server, { drainMs: config.shutdownDrainMs, logger });

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopper.stopping) {
      logger.warn({ signal }, 'second signal: stopping now');
      process.exit(1);
    }
    logger.info({ signal, drainMs: config.shutdownDrainMs }, 'stopping: no new connections, finishing the requests in flight');
    const outcome = await stopper.stop();
    await scheduler.stop();
    // Writes the searches still waiting in memory before the database closes.
    await searchLogJob.stop();
    await Promise.allSettled([closeMarkdownWorkers(), closePdfWorkers()]);
    await close();
    logger.info(outcome, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Haven could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
