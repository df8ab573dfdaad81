import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './http.ts';
import type { Logger } from './logger.ts';
import { requestIdFor } from './request-id.ts';

/** One access-log line: what was asked, what was answered, how big and how fast, and by whom. */
export interface AccessEntry {
  method: string;
  /** The path without the query (which may hold what someone searched for). */
  path: string;
  status: number;
  /** Bytes of the response body as sent (after compression); null when the client went away first. */
  bytes: number | null;
  ms: number;
  requestId: string;
  /** The signed-in staff member's id, on staff pages. */
  userId?: number;
}

/**
 * Gives every request its id (see requestIdFor), echoes it as `X-Request-Id`, and writes one pino
 * line per request at `info` once its body has been sent (so `bytes` and `ms` cover streamed
 * answers too). Mounted first, so it sees every answer, error pages and refusals included.
 */
export function accessLog(logger: Logger, options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFor(c.req.header('x-request-id'), options.trustProxy);
    c.set('requestId', requestId);
    await next();
    const res = c.res;
    res.headers.set('X-Request-Id', requestId);
    if (!logger.isLevelEnabled('info')) return;
    const entry = (bytes: number | null): AccessEntry => {
      const user = c.get('user');
      return {
        method: c.req.method, path: new URL(c.req.url).pathname, status: res.status, bytes,
        ms: Math.round((performance.now() - started) * 10) / 10, requestId, ...(user ? { userId: user.id } : {}),
      };
    };
    const length = res.headers.get('content-length');
    if (!res.body || length !== null) {
      logger.info(entry(res.body ? Number(length) : 0), 'request');
      return;
    }
    // A streamed body (an attachment, a feed): count it as it goes out, and write the line when it
    // is done, or abandoned by the client (where the runtime reports that).
    let bytes = 0;
    let logged = false;
    const done = (sent: number | null) => {
      if (logged) return;
      logged = true;
      logger.info(entry(sent), 'request');
    };
    const counted = res.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      flush() {
        done(bytes);
      },
      cancel() {
        done(null);
      },
    } as Transformer<Uint8Array, Uint8Array>));
    const counting = new Response(counted, res);
    // Cleared first so Hono does not merge the old answer's headers into the new one.
    c.res = undefined as unknown as Response;
    c.res = counting;
  };
}
