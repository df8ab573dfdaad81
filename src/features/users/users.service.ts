import type { Db } from '../../db/database.ts';
import { engineOf } from '../../db/engine.ts';
import type { Role } from '../../platform/http.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword } from './passwords.ts';
import {
  deleteUserSessions, findUserByEmail, findUserById, insertUser, lockActiveAdmins, replaceRecoveryCodes, updateUnlessLastAdmin, updateUser,
} from './users.repo.ts';

/** Who is acting and from where, for the audit log. */
export interface Actor {
  userId: number | null;
  ip: string | null;
  now: Date;
}

/** Why an account change was refused; the caller turns it into a message beside the field. */
export type AccountRefusal = 'email_taken' | 'last_admin' | 'self_disable' | 'not_found';

/** An account change the rules refuse; `reason` says which rule. */
export class AccountError extends Error {
  override name = 'AccountError';
  constructor(readonly reason: AccountRefusal) {
    super(reason);
  }
}

/** Normalizes an email the way accounts store it. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates an account (the password hashed with argon2id) and logs `user.create`, in one
 * transaction. Throws AccountError('email_taken') when the email already has an account.
 */
export async function createAccount(
  db: Db, input: { email: string; name: string; role: Role; password: string }, actor: Actor,
): Promise<number> {
  const email = normalizeEmail(input.email);
  if (await findUserByEmail(db, email)) throw new AccountError('email_taken');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { email, name: input.name.trim(), role: input.role, passwordHash, now: actor.now.toISOString() });
      await recordAudit(trx, {
        action: 'user.create', userId: actor.userId, subjectType: 'user', subjectId: id,
        detail: { email, role: input.role }, ip: actor.ip, at: actor.now,
      });
      return id;
    });
  } catch (err) {
    // Another request created the same email between the check and the insert.
    if (engineOf(db).isUniqueViolation(err)) throw new AccountError('email_taken');
    throw err;
  }
}

/** Sets a new password and signs the account out everywhere (except `keepSession`). */
export async function setPassword(
  db: Db, userId: number, password: string, actor: Actor, options: { keepSession?: string; action?: string } = {},
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) throw new AccountError('not_found');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { password_hash: passwordHash }, actor.now.toISOString());
    await deleteUserSessions(trx, userId, options.keepSession);
    await recordAudit(trx, {
      action: options.action ?? 'user.password_reset', userId: actor.userId, subjectType: 'user', subjectId: userId,
      detail: { email: user.email }, ip: actor.ip, at: actor.now,
    });
  });
}

/**
 * Changes an account's role; the last enabled admin cannot stop being one, even when two admins
 * demote each other at the same moment (the admins' rows are locked and the write is conditional).
 */
export async function changeRole(db: Db, userId: number, role: Role, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockActiveAdmins(trx);
    const user = await findUserById(trx, userId);
    if (!user) throw new AccountError('not_found');
    if (user.role === role) return;
    if (!(await updateUnlessLastAdmin(trx, userId, { role }, actor.now.toISOString()))) throw new AccountError('last_admin');
    await recordAudit(trx, {
      action: 'user.role_change', userId: actor.userId, subjectType: 'user', subjectId: userId,
      detail: { email: user.email, from: user.role, to: role }, ip: actor.ip, at: actor.now,
    });
  });
}

/**
 * Disables or re-enables an account. Disabling signs it out everywhere at once; nobody can
 * disable themselves, and the last enabled admin cannot be disabled, even by two admins disabling
 * each other at the same moment.
 */
export async function setDisabled(db: Db, userId: number, disabled: boolean, actor: Actor): Promise<void> {
  if (disabled && actor.userId === userId) throw new AccountError('self_disable');
  await db.transaction().execute(async (trx) => {
    await lockActiveAdmins(trx);
    const user = await findUserById(trx, userId);
    if (!user) throw new AccountError('not_found');
    if ((user.disabled === 1) === disabled) return;
    if (!(await updateUnlessLastAdmin(trx, userId, { disabled: disabled ? 1 : 0 }, actor.now.toISOString()))) throw new AccountError('last_admin');
    if (disabled) await deleteUserSessions(trx, userId);
    await recordAudit(trx, {
      action: disabled ? 'user.disable' : 'user.enable', userId: actor.userId, subjectType: 'user', subjectId: userId,
      detail: { email: user.email }, ip: actor.ip, at: actor.now,
    });
  });
}

/**
 * An admin (or the `haven` command) turns off someone else's two-step verification, e.g. after a
 * lost phone: the secret and recovery codes are forgotten and every session of the account ends
 * (except `keepSession`, when admins reset their own), so whoever holds an old session or the old
 * device must sign in again. Audited as `2fa.reset`. False when it was not on, nothing changed.
 */
export async function resetTwoFactor(db: Db, userId: number, actor: Actor, options: { keepSession?: string } = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user || (user.totp_enabled !== 1 && !user.totp_secret)) return false;
    await updateUser(trx, userId, { totp_enabled: 0, totp_secret: null, totp_last_step: null }, actor.now.toISOString());
    await replaceRecoveryCodes(trx, userId, [], actor.now.toISOString());
    await deleteUserSessions(trx, userId, options.keepSession);
    await recordAudit(trx, {
      action: '2fa.reset', userId: actor.userId, subjectType: 'user', subjectId: userId, detail: { email: user.email }, ip: actor.ip, at: actor.now,
    });
    return true;
  });
}
