import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from './logger.ts';

/** How a stop went: every connection closed by itself, or some were cut when the drain time ran out. */
export interface StopOutcome {
  drained: boolean;
  /** Requests still unanswered when the drain time ran out (0 when drained). */
  cut: number;
}

/**
 * Graceful stop for an HTTP server, armed as soon as it starts: it tracks the responses in
 * flight so that, once `stop()` is called, it can
 * - stop accepting connections (server.close);
 * - close idle keep-alive connections at once, instead of waiting for their timeout;
 * - answer every request in flight, and any that arrives on an open connection meanwhile, with
 *   `Connection: close`, so each connection ends after its answer;
 * - after `drainMs`, cut whatever is left.
 * Resolves once no connection is left.
 */
export function gracefulStop(server: Server, options: { drainMs: number; logger: Logger }) {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      // A connection whose answer went out before the stop (no `Connection: close`) is idle now.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });

  let result: Promise<StopOutcome> | undefined;
  return {
    get stopping() {
      return stopping;
    },
    /** Starts the stop (once); resolves when every connection is closed or was cut. */
    stop(): Promise<StopOutcome> {
      result ??= new Promise<StopOutcome>((resolve) => {
        stopping = true;
        // Headers not sent yet get `Connection: close`: Node then ends the connection after the answer.
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        let cut = 0;
        const timer = setTimeout(() => {
          cut = inFlight.size;
          options.logger.warn({ requests: cut, drainMs: options.drainMs }, 'drain time is up: closing the connections still open');
          server.closeAllConnections();
        }, options.drainMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve({ drained: cut === 0, cut });
        });
        server.closeIdleConnections();
      });
      return result;
    },
  };
}
