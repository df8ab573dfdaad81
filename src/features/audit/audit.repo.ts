import type { Kysely, Transaction } from 'kysely';
import type { Database, Db } from '../../db/database.ts';

type Conn = Db | Transaction<Database> | Kysely<Database>;

/** What happened, as a feature reports it to the audit log. */
export interface AuditEvent {
  /** Dotted verb: `login.success`, `resource.publish`, `user.role_change`, … */
  action: string;
  /** Who did it; null or omitted for anonymous events. */
  userId?: number | null;
  /** What it was done to, e.g. `{ subjectType: 'resource', subjectId: 42 }`. */
  subjectType?: string | null;
  subjectId?: string | number | null;
  /** Particulars, stored as JSON (keep secrets and passwords out). */
  detail?: Record<string, unknown>;
  ip?: string | null;
  /** When it happened; pass `deps.clock.now()` so tests can move time. */
  at: Date;
}

/** One audit log entry as the audit page shows it. */
export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
  subjectType: string | null;
  subjectId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

/**
 * Appends an event to the audit log. Call it inside the same transaction as the change it
 * describes (pass the `trx`), so the log never claims something that was rolled back.
 */
export async function recordAudit(db: Conn, event: AuditEvent): Promise<void> {
  await db.insertInto('audit_events').values({
    at: event.at.toISOString(),
    user_id: event.userId ?? null,
    action: event.action,
    subject_type: event.subjectType ?? null,
    subject_id: event.subjectId == null ? null : String(event.subjectId),
    detail: JSON.stringify(event.detail ?? {}),
    ip: event.ip ?? null,
  }).execute();
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** A page of the audit log, newest first, optionally only one action; with the total count. */
export async function listAuditEvents(db: Conn, options: { action?: string; limit: number; offset: number }): Promise<{ total: number; entries: AuditEntry[] }> {
  let base = db.selectFrom('audit_events');
  if (options.action) base = base.where('audit_events.action', '=', options.action);
  const countRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('users', 'users.id', 'audit_events.user_id')
    .select([
      'audit_events.id', 'audit_events.at', 'audit_events.action', 'audit_events.user_id', 'audit_events.subject_type',
      'audit_events.subject_id', 'audit_events.detail', 'audit_events.ip', 'users.name as user_name', 'users.email as user_email',
    ])
    .orderBy('audit_events.at', 'desc')
    .orderBy('audit_events.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return {
    total: Number(countRow.n),
    entries: rows.map((r) => ({
      id: r.id, at: r.at, action: r.action, userId: r.user_id, userName: r.user_name, userEmail: r.user_email,
      subjectType: r.subject_type, subjectId: r.subject_id, detail: parseDetail(r.detail), ip: r.ip,
    })),
  };
}

/** Every action that occurs in the log, alphabetically, for the filter. */
export async function auditActions(db: Conn): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select('action').distinct().execute();
  // Sorted here in code-point order: PostgreSQL's SELECT DISTINCT cannot ORDER BY a collated copy.
  return rows.map((r) => r.action).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
