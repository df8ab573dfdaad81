import crypto from 'node:crypto';

/** What an upstream proxy's request id may look like: short, and nothing a log line could be forged with. */
const ACCEPTABLE = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * The id this request is known by in the access log, error pages and the `X-Request-Id` answer.
 * A client's `X-Request-Id` is taken only behind a trusted proxy (TRUST_PROXY), which sets it to
 * tie its own logs to ours; otherwise anyone could pick ids to confuse the log, so one is made.
 */
export function requestIdFor(header: string | undefined, trustProxy: boolean): string {
  if (trustProxy && header && ACCEPTABLE.test(header)) return header;
  return crypto.randomUUID();
}
