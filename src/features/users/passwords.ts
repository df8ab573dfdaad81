import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Passwords shorter than this are refused everywhere (CLI and admin forms). */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing cannot be used to tie up the server. */
export const PASSWORD_MAX_LENGTH = 1000;

// @node-rs/argon2 defaults to argon2id (m=19 MiB, t=2, p=1), OWASP's recommended minimum.
/** Hashes a password with argon2id into a self-describing PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password, computed once: verifying against it when the email is unknown
// takes as long as a real check, so response time does not reveal which emails have accounts.
let decoy: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and says no. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hash(crypto.randomBytes(16).toString('hex'));
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** The `{min}` and `{max}` of password messages ("Use at least {min} characters."), for validateForm. */
export const PASSWORD_LIMITS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
