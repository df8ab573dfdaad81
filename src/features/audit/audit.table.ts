import type { Generated, Selectable } from 'kysely';

/** One entry of the audit log; never updated or deleted by the application. */
export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  /** Who did it; null for anonymous events such as a failed login for an unknown email. */
  user_id: number | null;
  /** Dotted verb, e.g. `login.success`, `user.role_change`, `resource.publish`. */
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  /** JSON object with the event's particulars. */
  detail: string;
  ip: string | null;
}

export type AuditEventRow = Selectable<AuditEventsTable>;

declare module '../../db/schema.ts' {
  interface Database {
    audit_events: AuditEventsTable;
  }
}
