import type { Kysely, Transaction } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import { lockingRows } from '../../db/engine.ts';
import type { Role } from '../../platform/http.ts';
import type { UserRow } from './users.table.ts';

type Conn = Db | Transaction<Database> | Kysely<Database>;

/** The columns lists and pages show; never the password hash or TOTP secret. */
export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: Role;
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: string;
}

function summary(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'totp_enabled' | 'disabled' | 'created_at'>): UserSummary {
  return {
    id: row.id, email: row.email, name: row.name, role: row.role,
    totpEnabled: row.totp_enabled === 1, disabled: row.disabled === 1, createdAt: row.created_at,
  };
}

const SUMMARY_COLUMNS = ['id', 'email', 'name', 'role', 'totp_enabled', 'disabled', 'created_at'] as const;

/** Inserts an account and returns its id. The email must already be normalized. */
export async function insertUser(db: Conn, user: { email: string; name: string; role: Role; passwordHash: string; now: string }): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email, name: user.name, role: user.role, password_hash: user.passwordHash,
      totp_secret: null, totp_enabled: 0, totp_last_step: null, disabled: 0, created_at: user.now, updated_at: user.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The full row for an email (normalized), or undefined. */
export function findUserByEmail(db: Conn, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** The full row for an id, or undefined. */
export function findUserById(db: Conn, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every account, by name then email then id (so both engines agree on the order). */
export async function listUsers(db: Conn): Promise<UserSummary[]> {
  const rows = await db.selectFrom('users').select(SUMMARY_COLUMNS).orderBy('name').orderBy('email').orderBy('id').execute();
  return rows.map(summary);
}

/** One account's summary, or undefined. */
export async function findUserSummary(db: Conn, id: number): Promise<UserSummary | undefined> {
  const row = await db.selectFrom('users').select(SUMMARY_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? summary(row) : undefined;
}

/**
 * Locks the rows of the enabled admins until the transaction ends (PostgreSQL), so two requests
 * that would each remove a different admin take turns: the second then counts without the first.
 */
export async function lockActiveAdmins(trx: Conn): Promise<void> {
  await lockingRows(trx, trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0)).execute();
}

/**
 * Changes an account unless it is an enabled admin and no other enabled admin exists, in one
 * conditional UPDATE (so the check and the write cannot be separated). False when refused (or
 * the account is gone). Call inside a transaction that has run lockActiveAdmins.
 */
export async function updateUnlessLastAdmin(
  db: Conn, id: number, changes: Partial<Pick<UserRow, 'role' | 'disabled'>>, now: string,
): Promise<boolean> {
  const result = await db.updateTable('users').set({ ...changes, updated_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([
      eb('role', '!=', 'admin'),
      eb('disabled', '!=', 0),
      eb.exists(eb.selectFrom('users as other').select('other.id')
        .where('other.role', '=', 'admin').where('other.disabled', '=', 0).where('other.id', '!=', id)),
    ]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Changes fields of an account and stamps updated_at. */
export async function updateUser(
  db: Conn,
  id: number,
  changes: Partial<Pick<UserRow, 'name' | 'role' | 'password_hash' | 'disabled' | 'totp_secret' | 'totp_enabled' | 'totp_last_step'>>,
  now: string,
): Promise<void> {
  await db.updateTable('users').set({ ...changes, updated_at: now }).where('id', '=', id).execute();
}

/** Every stored two-step key (sealed or, from before encryption at rest, plain), by account id. */
export async function listTotpSecrets(db: Conn): Promise<{ id: number; totp_secret: string }[]> {
  const rows = await db.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, totp_secret: r.totp_secret! }));
}

/**
 * Records that a TOTP step was used, unless that step (or a later one) already was: returns false
 * for a replayed code. The condition is in the UPDATE so two nodes cannot both accept it.
 */
export async function claimTotpStep(db: Conn, id: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces an account's recovery codes with new ones (given as hashes). */
export async function replaceRecoveryCodes(db: Conn, userId: number, hashes: string[], now: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length) {
    await db.insertInto('recovery_codes').values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null, created_at: now }))).execute();
  }
}

/**
 * Marks a recovery code used if it is one of the account's unused codes; false otherwise. The
 * `used_at is null` condition makes a second use (even a simultaneous one) fail.
 */
export async function consumeRecoveryCode(db: Conn, userId: number, hash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many unused recovery codes an account has left. */
export async function countUnusedRecoveryCodes(db: Conn, userId: number): Promise<number> {
  const row = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes every session of an account (disabled, password reset), except optionally one. */
export async function deleteUserSessions(db: Db, userId: number, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}
