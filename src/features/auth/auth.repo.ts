import type { Db } from '../../db/database.ts';
import type { Role } from '../../platform/http.ts';
import type { SessionRow, SessionStage } from '../users/index.ts';

/** A session row joined with the account it belongs to. */
export interface SessionWithUser {
  session: SessionRow;
  user: { id: number; email: string; name: string; role: Role; disabled: boolean };
}

/** Stores a new session. */
export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session stored under a token hash, with its account, or undefined. */
export async function findSession(db: Db, id: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id', 'sessions.user_id', 'sessions.stage', 'sessions.csrf_token', 'sessions.created_at',
      'sessions.last_seen_at', 'sessions.expires_at', 'sessions.ip', 'sessions.user_agent',
      'users.email', 'users.name', 'users.role', 'users.disabled',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { email, name, role, disabled, ...session } = row;
  return {
    session: { ...session, stage: session.stage as SessionStage },
    user: { id: row.user_id, email, name, role, disabled: disabled === 1 },
  };
}

/** Moves a session's last-seen time forward. */
export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Deletes one session (logout, rotation, expiry). */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Deletes sessions past their absolute expiry, or idle since before `idleBefore`. */
export async function pruneSessions(db: Db, now: string, idleBefore: string): Promise<void> {
  await db.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)])).execute();
}

/**
 * Records one sign-in attempt under each key and returns the new rows' ids. An attempt is written
 * before its password is checked (so concurrent attempts see each other) and stays as a failure
 * unless it is withdrawn.
 */
export async function recordAttempts(db: Db, keys: string[], at: string): Promise<number[]> {
  if (!keys.length) return [];
  const rows = await db.insertInto('login_attempts').values(keys.map((key) => ({ key, at }))).returning('id').execute();
  return rows.map((r) => Number(r.id));
}

/**
 * How many attempts (failed, or still being checked) a key has since each of several instants,
 * in one query; with `upToId`, only those stored no later than that row (its rank in the queue).
 */
export async function countAttempts(db: Db, key: string, sinces: string[], upToId?: number): Promise<number[]> {
  if (!sinces.length) return [];
  const earliest = sinces.reduce((a, b) => (a < b ? a : b));
  let q = db.selectFrom('login_attempts')
    .select((eb) => sinces.map((since, i) => eb.fn.sum<number | string | null>(eb.case().when('at', '>', since).then(1).else(0).end()).as(`n${i}`)))
    .where('key', '=', key).where('at', '>', earliest);
  if (upToId !== undefined) q = q.where('id', '<=', upToId);
  const row = (await q.executeTakeFirst()) as Record<string, number | string | null> | undefined;
  return sinces.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

/** Withdraws attempts by id (refused before any check, or succeeded). */
export async function deleteAttempts(db: Db, ids: number[]): Promise<void> {
  if (ids.length) await db.deleteFrom('login_attempts').where('id', 'in', ids).execute();
}

/** The most recent failures (newest first, at most `limit`) under a key since an instant. */
export async function recentFailures(db: Db, key: string, since: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('login_attempts').select('at')
    .where('key', '=', key).where('at', '>', since)
    .orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => r.at);
}

/** Forgets the failures under a key (after a successful sign-in to that account). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

/** Deletes failures too old to count, so the table stays small. */
export async function pruneFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<=', before).execute();
}
