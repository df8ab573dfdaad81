import type { Clock } from '../../platform/clock.ts';
import { recordAudit } from '../audit/index.ts';
import type { EditorialDeps } from './editorial.service.ts';

/** The content engine's audit hook for every editorial type, writing to the audit log (inside the engine's transaction). */
export function editorialAudit(clock: Clock, ip: string | null = null): NonNullable<EditorialDeps['audit']> {
  return (db, e) => recordAudit(db, {
    action: e.action, userId: e.userId, subjectType: e.subjectType, subjectId: e.subjectId, detail: e.detail, ip, at: clock.now(),
  });
}
