import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './http.ts';

/** How many bytes a request's body may hold. */
export interface BodyLimitRule {
  /**
   * The most this path could ever accept, checked against `Content-Length` before anything
   * else runs (no database, no session lookup).
   */
  ceiling: number;
  /**
   * The limit that applies once the body is read, which may depend on what middleware learnt
   * meanwhile (the upload limit only for a signed-in account). Defaults to `ceiling`.
   */
  limit?: () => number;
}

/** The error thrown for a body over its limit; `limit` is the one it broke. */
export type TooLarge = (c: Context<AppEnv>, limit: number) => Error;

/**
 * One limit on every request body, applied before anything reads it (the CSRF check parses
 * form bodies of any path). A `Content-Length` over the path's ceiling is refused at once,
 * without reading a byte; any other body is counted as it streams (chunked bodies too) and
 * reading fails as soon as it passes the limit, without buffering it. Whoever was reading
 * sees an error; whatever they answered is replaced by `tooLarge`'s error (a 413 page). The
 * server then reads the rest of the body briefly (at most 500 ms or 64 MB, @hono/node-server's
 * drain) and closes the connection: closing it at once would reset it under a client still
 * sending, which would then never see the 413.
 */
export function requestBodyLimit(ruleFor: (c: Context<AppEnv>) => BodyLimitRule, tooLarge: TooLarge): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const rule = ruleFor(c);
    const limit = rule.limit ?? (() => rule.ceiling);
    const declared = declaredLength(c.req.header('content-length'));
    if (declared !== null && declared > rule.ceiling) throw tooLarge(c, rule.ceiling);
    const source = c.req.raw.body;
    if (!source) return next();
    let broken: number | null = null;
    let size = 0;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    const counted = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const max = limit();
        if (declared !== null && declared > max) {
          broken = max;
          return controller.error(tooLarge(c, max));
        }
        reader ??= source.getReader();
        const { done, value } = await reader.read();
        if (done) return controller.close();
        size += value.byteLength;
        if (size > max) {
          // Errored without cancelling the source: cancelling would destroy the socket, and
          // the visitor should still get the 413 page. The server drains briefly, then closes.
          broken = max;
          return controller.error(tooLarge(c, max));
        }
        controller.enqueue(value);
      },
    });
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    await next();
    if (broken !== null) throw tooLarge(c, broken);
  };
}

function declaredLength(header: string | undefined): number | null {
  if (header === undefined || !/^\d{1,16}$/.test(header.trim())) return null;
  return Number(header.trim());
}
