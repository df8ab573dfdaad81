import type { Db } from '../../db/database.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../users/index.ts';
import { findUserById, replaceRecoveryCodes, updateUser } from '../users/index.ts';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep } from './totp.ts';

/**
 * The secret awaiting confirmation for an account without two-step verification: the one already
 * shown (so reloading the page keeps the QR code the person scanned), or a new one. Null when
 * two-step verification is already on.
 */
export async function pendingTotpSecret(db: Db, userId: number, now: Date): Promise<string | null> {
  const user = await findUserById(db, userId);
  if (!user || user.totp_enabled === 1) return null;
  if (user.totp_secret) return user.totp_secret;
  const secret = newTotpSecret();
  await updateUser(db, userId, { totp_secret: secret, totp_last_step: null }, now.toISOString());
  return secret;
}

/**
 * Turns two-step verification on once the person proves their app works with a current code.
 * Returns the new recovery codes (to show once) or null when the code is wrong.
 */
export async function enableTwoFactor(db: Db, userId: number, code: string, actor: Actor): Promise<string[] | null> {
  const user = await findUserById(db, userId);
  if (!user || user.totp_enabled === 1 || !user.totp_secret) return null;
  const step = totpStep(user.totp_secret, code, actor.now);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_enabled: 1, totp_last_step: step }, actor.now.toISOString());
    await replaceRecoveryCodes(trx, userId, codes.map(hashRecoveryCode), actor.now.toISOString());
    await recordAudit(trx, { action: '2fa.enable', userId: actor.userId, subjectType: 'user', subjectId: userId, ip: actor.ip, at: actor.now });
  });
  return codes;
}

/** Turns two-step verification off: forgets the secret and the recovery codes. */
export async function disableTwoFactor(db: Db, userId: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_enabled: 0, totp_secret: null, totp_last_step: null }, actor.now.toISOString());
    await replaceRecoveryCodes(trx, userId, [], actor.now.toISOString());
    await recordAudit(trx, { action: '2fa.disable', userId: actor.userId, subjectType: 'user', subjectId: userId, ip: actor.ip, at: actor.now });
  });
}

/** Replaces an account's recovery codes; the old ones stop working. Returns the new ones. */
export async function regenerateRecoveryCodes(db: Db, userId: number, actor: Actor): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, userId, codes.map(hashRecoveryCode), actor.now.toISOString());
    await recordAudit(trx, { action: '2fa.recovery_codes', userId: actor.userId, subjectType: 'user', subjectId: userId, ip: actor.ip, at: actor.now });
  });
  return codes;
}
