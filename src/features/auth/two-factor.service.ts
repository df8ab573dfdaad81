import type { SecretBox } from './secret-box.ts';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../users/index.ts';
import { deleteUserSessions, findUserById, listTotpSecrets, replaceRecoveryCodes, updateUser } from '../users/index.ts';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep } from './totp.ts';

/**
 * The secret awaiting confirmation for an account without two-step verification: the one already
 * shown (so reloading the page keeps the QR code the person scanned), or a new one, stored sealed
 * (`box`). Null when two-step verification is already on.
 */
export async function pendingTotpSecret(db: Db, box: SecretBox, userId: number, now: Date): Promise<string | null> {
  const user = await findUserById(db, userId);
  if (!user || user.totp_enabled === 1) return null;
  const shown = box.reveal(user.totp_secret);
  if (shown) return shown;
  const secret = newTotpSecret();
  await updateUser(db, userId, { totp_secret: box.seal(secret), totp_last_step: null }, now.toISOString());
  return secret;
}

/**
 * Turns two-step verification on once the person proves their app works with a current code, and
 * ends every other session of the account (all but `keepSession`, the one enrolling), so a
 * session opened with the password alone does not outlive the new requirement.
 * Returns the new recovery codes (to show once) or null when the code is wrong.
 */
export async function enableTwoFactor(
  db: Db, box: SecretBox, userId: number, code: string, actor: Actor, options: { keepSession?: string } = {},
): Promise<string[] | null> {
  const user = await findUserById(db, userId);
  const secret = box.reveal(user?.totp_secret);
  if (!user || user.totp_enabled === 1 || !secret) return null;
  const step = totpStep(secret, code, actor.now);
  if (step === null) return null;
  const codes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_enabled: 1, totp_last_step: step }, actor.now.toISOString());
    await replaceRecoveryCodes(trx, userId, codes.map(hashRecoveryCode), actor.now.toISOString());
    await deleteUserSessions(trx, userId, options.keepSession);
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

/**
 * Seals every stored two-step key under the current key: keys stored in plain text (before
 * encryption at rest) and keys sealed under PREVIOUS_SESSION_SECRET. Run at every start and by
 * `haven rotate-secret`; returns how many were sealed again and how many no configured key opens
 * (SESSION_SECRET changed without PREVIOUS_SESSION_SECRET): those accounts need `haven user
 * reset-2fa`.
 */
export async function resealTotpSecrets(db: Db, box: SecretBox, now: Date): Promise<{ resealed: number; unreadable: number[] }> {
  let resealed = 0;
  const unreadable: number[] = [];
  for (const row of await listTotpSecrets(db)) {
    const opened = box.open(row.totp_secret);
    if (!opened) {
      unreadable.push(row.id);
      continue;
    }
    if (opened.current) continue;
    await updateUser(db, row.id, { totp_secret: box.seal(opened.plain) }, now.toISOString());
    resealed += 1;
  }
  return { resealed, unreadable };
}
