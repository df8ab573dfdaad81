import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import net, { type Socket } from 'node:net';
import type { Logger } from './logger.ts';

/** How a stop went: every connection closed by itself, or some were cut when the drain time ran out. */
export interface StopOutcome {
  drained: boolean;
  /** Connections still open when the drain time ran out (0 when drained). */
  cut: number;
}

interface SocketState {
  /** Requests on it not answered yet. */
  busy: number;
  /** Requests on it answered so far. */
  served: number;
}

/**
 * Graceful stop for an HTTP server, armed as soon as it starts: it follows each connection and
 * the requests in flight on it so that, once `stop()` is called, it can
 * - stop accepting connections (server.close);
 * - close keep-alive connections that sit idle after an answer, at once rather than at their
 *   timeout (a client sending on one just then retries elsewhere, as HTTP clients do on a
 *   reused connection);
 * - leave alone connections accepted but not yet read from (on a busy server their request may
 *   be waiting to be parsed: closing them would drop an accepted request);
 * - answer every request in flight, and any that arrives meanwhile, with `Connection: close`, so
 *   each connection ends after its answer;
 * - after `drainMs`, cut whatever is left.
 * Resolves once no connection is left.
 */
export function gracefulStop(server: Server, options: { drainMs: number; logger: Logger }) {
  const sockets = new Map<Socket, SocketState>();
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const closeIfIdle = (socket: Socket, state: SocketState) => {
    if (state.busy === 0 && state.served > 0) socket.destroy();
  };
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { busy: 0, served: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
    const state = sockets.get(req.socket as Socket);
    if (state) state.busy++;
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (!state) return;
      state.busy--;
      state.served++;
      // An answer that went out before the stop (without `Connection: close`) leaves its connection idle now.
      if (stopping) setImmediate(() => closeIfIdle(req.socket as Socket, state));
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
          cut = sockets.size;
          options.logger.warn({ connections: cut, requests: inFlight.size, drainMs: options.drainMs }, 'drain time is up: closing the connections still open');
          server.closeAllConnections();
          for (const socket of sockets.keys()) socket.destroy();
        }, options.drainMs);
        timer.unref();
        // net.Server's close, not http.Server's: that one also closes every connection with no
        // request parsed yet, including ones accepted a moment ago whose request is still on its
        // way (on a busy server), which would drop accepted requests.
        net.Server.prototype.close.call(server, () => {
          clearTimeout(timer);
          resolve({ drained: cut === 0, cut });
        });
        for (const [socket, state] of sockets) closeIfIdle(socket, state);
      });
      return result;
    },
  };
}
