import type { Db } from '../../db/database.ts';
import {
  clearFailures, countAttempts, deleteAttempts, deleteSession, findSession, insertSession, pruneFailures, pruneSessions,
  recentFailures, recordAttempts, touchSession, type SessionWithUser,
} from './auth.repo.ts';
import type { SessionStage } from '../users/index.ts';
import { randomToken, sha256 } from '../../platform/crypto.ts';

const MINUTE = 60_000;

/** One step of the sign-in throttle: at most `max` failures within `windowMs`. */
export interface ThrottleStep {
  max: number;
  windowMs: number;
}

/** Every session and sign-in limit, in one place. */
export const SESSION_POLICY = {
  cookie: 'haven_session',
  /** Signed out after this long without a request. */
  idleMs: 30 * MINUTE,
  /** Signed out this long after signing in, however active. */
  absoluteMs: 12 * 60 * MINUTE,
  /** last_seen_at is written at most this often, to spare the database a write per request. */
  touchEveryMs: MINUTE,
  /** Time allowed between the password step and the second-factor step. */
  mfaPendingMs: 5 * MINUTE,
  /**
   * The sign-in throttle: a growing delay, never a lock. Each key may fail a few times freely;
   * past each step's `max` within its window, the next try waits until the oldest of those
   * failures leaves the window, so the wait grows from a minute to a day as failures mount.
   * Keys are one account from one address (so someone guessing elsewhere never delays the
   * owner at their usual address) and one address across accounts.
   */
  throttle: {
    accountAddress: [
      { max: 5, windowMs: MINUTE },
      { max: 10, windowMs: 15 * MINUTE },
      { max: 20, windowMs: 60 * MINUTE },
      { max: 50, windowMs: 24 * 60 * MINUTE },
    ],
    address: [
      { max: 20, windowMs: MINUTE },
      { max: 50, windowMs: 15 * MINUTE },
      { max: 100, windowMs: 60 * MINUTE },
      { max: 300, windowMs: 24 * 60 * MINUTE },
    ],
  } satisfies Record<string, readonly ThrottleStep[]>,
} as const;

/** The longest window of any throttle step: failures older than this no longer count. */
const LONGEST_WINDOW_MS = Math.max(...Object.values(SESSION_POLICY.throttle).flat().map((s) => s.windowMs));

/** A freshly created session: the token goes in the cookie, never in the database. */
export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Starts a session for an account. Callers delete the visitor's previous session first (rotation
 * at login), so a token planted before sign-in never becomes a signed-in one.
 */
export async function createSession(
  db: Db,
  now: Date,
  input: { userId: number; stage?: SessionStage; ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomToken(32);
  const csrfToken = randomToken(32);
  const stage = input.stage ?? 'active';
  const expiresAt = new Date(now.getTime() + (stage === 'mfa' ? SESSION_POLICY.mfaPendingMs : SESSION_POLICY.absoluteMs));
  await insertSession(db, {
    id: sha256(token), user_id: input.userId, stage, csrf_token: csrfToken,
    created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString(),
    ip: input.ip, user_agent: input.userAgent ? input.userAgent.slice(0, 500) : null,
  });
  // Sign-ins are rare: a good moment to sweep sessions that can never be used again.
  await pruneSessions(db, now.toISOString(), new Date(now.getTime() - SESSION_POLICY.idleMs).toISOString());
  return { token, csrfToken, expiresAt };
}

/**
 * The live session for a cookie token, or null. Expired (idle or absolute) sessions and sessions
 * of disabled accounts are deleted on sight. Refreshes last_seen_at at most once a minute.
 */
export async function resolveSession(db: Db, now: Date, token: string): Promise<SessionWithUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const id = sha256(token);
  const found = await findSession(db, id);
  if (!found) return null;
  const t = now.getTime();
  const lastSeen = Date.parse(found.session.last_seen_at);
  const expired = t >= Date.parse(found.session.expires_at) || t - lastSeen >= SESSION_POLICY.idleMs;
  if (expired || found.user.disabled) {
    await deleteSession(db, id);
    return null;
  }
  if (t - lastSeen >= SESSION_POLICY.touchEveryMs) {
    await touchSession(db, id, now.toISOString());
    found.session.last_seen_at = now.toISOString();
  }
  return found;
}

/** Ends the session a cookie token names (logout). */
export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, sha256(token));
}

/** A key sign-in attempts are counted under, with the steps of its throttle. */
export interface ThrottleKey {
  key: string;
  steps: readonly ThrottleStep[];
}

/**
 * The throttle keys of a sign-in: this account from this address, and (when the address is
 * known) the address across accounts. Never the account alone: anyone could then hold any
 * editor out by guessing wrong passwords for them.
 */
export function attemptKeys(email: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: accountAddressKey(email, ip), steps: SESSION_POLICY.throttle.accountAddress }];
  if (ip) keys.push({ key: `ip:${ip}`, steps: SESSION_POLICY.throttle.address });
  return keys;
}

function accountAddressKey(email: string, ip: string | null): string {
  return `account:${email.trim().toLowerCase()} from:${ip ?? 'unknown'}`;
}

const since = (now: Date, step: ThrottleStep) => new Date(now.getTime() - step.windowMs).toISOString();

/**
 * Seconds until a sign-in may be tried again under these keys, or 0 when it may be tried now:
 * for each full step, when the oldest of its last `max` failures leaves the window.
 */
export async function lockoutSeconds(db: Db, now: Date, keys: ThrottleKey[]): Promise<number> {
  let wait = 0;
  for (const { key, steps } of keys) {
    for (const step of steps) {
      const failures = await recentFailures(db, key, since(now, step), step.max);
      if (failures.length < step.max) continue;
      const liftsAt = Date.parse(failures[step.max - 1]) + step.windowMs;
      wait = Math.max(wait, Math.ceil((liftsAt - now.getTime()) / 1000));
    }
  }
  return Math.max(wait, 0);
}

/** An attempt let through by `admitAttempt`: the rows that count it until it is withdrawn. */
export interface AdmittedAttempt {
  ids: number[];
}

/** Whether an attempt may check a password now, and if not, how many seconds to wait. */
export type Admission = { admitted: true; attempt: AdmittedAttempt } | { admitted: false; wait: number };

/** How often, and how long apart, an attempt near the front of a burst looks again before giving up. */
const ADMISSION_RECHECKS = 3;
const ADMISSION_RECHECK_MS = 20;

/**
 * Claims a place for one password or code check under each key, before the check. Checking first
 * and recording the failure afterwards let concurrent guesses all pass the check (argon2 is slow),
 * so the attempt is written first and then counted with everything else in each step's window.
 *
 * Safety: an attempt is admitted only when a count taken after its own row was stored shows at
 * most `max` rows in every step of every key. Of two admitted attempts, the one that counted last
 * saw the other's row, so at most `max` per step get through, across nodes and on both engines
 * (no reliance on id order, which PostgreSQL sequences do not tie to commit order).
 * Fairness: in a burst, attempts whose row is queued past a limit withdraw at once, and the
 * first ones look again a few times while those withdrawals land, instead of all refusing.
 * A refused attempt is withdrawn, so it does not lengthen the wait. An admitted attempt counts as
 * a failure unless `withdrawAttempt` is called after it succeeds.
 */
export async function admitAttempt(db: Db, now: Date, keys: ThrottleKey[]): Promise<Admission> {
  await pruneFailures(db, new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString());
  const ids = await recordAttempts(db, keys.map((k) => k.key), now.toISOString());
  const overLimit = async (): Promise<'clear' | 'wait' | 'refuse'> => {
    let verdict: 'clear' | 'wait' = 'clear';
    for (const [i, { key, steps }] of keys.entries()) {
      const windows = steps.map((step) => since(now, step));
      const all = await countAttempts(db, key, windows);
      if (all.every((n, s) => n <= steps[s].max)) continue;
      const ahead = await countAttempts(db, key, windows, ids[i]);
      if (ahead.some((n, s) => n > steps[s].max)) return 'refuse';
      verdict = 'wait';
    }
    return verdict;
  };
  for (let round = 0; ; round++) {
    const verdict = await overLimit();
    if (verdict === 'clear') return { admitted: true, attempt: { ids } };
    if (verdict === 'refuse' || round === ADMISSION_RECHECKS) break;
    await new Promise((resolve) => setTimeout(resolve, ADMISSION_RECHECK_MS));
  }
  await deleteAttempts(db, ids);
  // Held back by attempts still being checked elsewhere, the stored failures may not yet fill a
  // window: ask for a second's patience rather than none.
  return { admitted: false, wait: Math.max(1, await lockoutSeconds(db, now, keys)) };
}

/** Withdraws an admitted attempt that succeeded, so it does not count against its keys. */
export async function withdrawAttempt(db: Db, attempt: AdmittedAttempt): Promise<void> {
  await deleteAttempts(db, attempt.ids);
}

/**
 * Forgets the failures of this account from this address once its owner has signed in from it
 * (the address keeps its count across accounts).
 */
export async function noteSuccess(db: Db, email: string, ip: string | null): Promise<void> {
  await clearFailures(db, accountAddressKey(email, ip));
}
