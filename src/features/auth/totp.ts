import crypto from 'node:crypto';
import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { sha256 } from '../../platform/crypto.ts';

/** TOTP as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
const STEP_SECONDS = 30;
/** One step either side, so a phone clock a little off still works. */
const WINDOW = 1;

/** A new random base32 secret for an account's authenticator app. */
export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** The otpauth:// URI an authenticator app scans, labelled with the site and the account. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return authenticator.keyuri(account, issuer, secret);
}

/** The QR code of a URI as an SVG document, generated on the server (no script, no image fetch). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, width: 224, errorCorrectionLevel: 'M' });
}

/**
 * The time step a code is valid for at `now` (within one step either way), or null. Callers
 * store the step to refuse the same code a second time. Time comes from the injected clock.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const checker = authenticator.clone({ epoch: now.getTime(), window: WINDOW, step: STEP_SECONDS });
  let delta: number | null;
  try {
    delta = checker.checkDelta(clean, secret);
  } catch {
    return null;
  }
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
}

/** How many recovery codes an account gets. */
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Fresh recovery codes like `k7m2q-9xwre`: about 49 bits each, easy to read and type. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/**
 * The stored form of a recovery code as typed: case, spaces and dashes do not matter. A plain
 * sha256 is enough because the codes are random, not chosen by people.
 */
export function hashRecoveryCode(code: string): string {
  return sha256(code.toLowerCase().replace(/[\s-]+/g, ''));
}

/** True when the text is shaped like a six-digit TOTP code (anything else is tried as a recovery code). */
export function isTotpShaped(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ''));
}
