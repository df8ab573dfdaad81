import type { AppContext } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { clientIp } from '../../platform/client-ip.ts';
import type { Actor } from './taxonomy.service.ts';

/** Who is acting and from where, for the audit log. */
export function actorOf(c: AppContext, site: Site): Actor {
  return { userId: c.get('user')!.id, ip: clientIp(c, site.deps.config.trustProxy), now: site.deps.clock.now() };
}
