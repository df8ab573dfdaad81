import type { Clock } from '../../platform/clock.ts';
import { recordAudit } from '../audit/index.ts';
import type { EditorialDeps } from './editorial.service.ts';

/** The editorial service's audit hook, writing to the audit log (inside the service's transaction). */
export function editorialAudit(clock: Clock, ip: string | null = null): NonNullable<EditorialDeps['audit']> {
  return (db, e) => recordAudit(db, {
    action: e.action, userId: e.userId, subjectType: e.subjectType, subjectId: e.subjectId, detail: e.detail, ip, at: clock.now(),
  });
}
