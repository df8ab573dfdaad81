import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address. Behind a reverse proxy (TRUST_PROXY=true) it is the last address in
 * X-Forwarded-For, the one our proxy appended: earlier entries come from the client and can be
 * forged, which would let an attacker dodge the per-address sign-in limit. Otherwise it is the
 * socket's peer. Null when neither is known (in-process test requests).
 */
export function clientIp(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return last.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // No Node socket (app.request in tests, other runtimes).
    return null;
  }
}
