import crypto from 'node:crypto';
import type { Config } from '../../config.ts';

/**
 * Encryption at rest for the few secrets Haven must be able to read back (two-step verification
 * keys): AES-256-GCM with a key derived from SESSION_SECRET by HKDF-SHA256, a fresh 12-byte nonce
 * per value, stored as `v1:<nonce>:<ciphertext+tag>` (base64url). A copy of the database alone
 * (a backup, a stolen disk) then does not give away anyone's second factor.
 *
 * Rotation: with SESSION_SECRET changed and the old one in PREVIOUS_SESSION_SECRET, values sealed
 * under the old key still open, and `resealAll` (run at every start, and by `haven rotate-secret`)
 * seals them again under the new one; then PREVIOUS_SESSION_SECRET can go.
 */

const PREFIX = 'v1:';
/** Used only when SESSION_SECRET is unset (development; production requires it): no protection. */
const DEVELOPMENT_SECRET = 'haven development only: set SESSION_SECRET in production';

function deriveKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'haven', 'haven totp-secret v1', 32));
}

/** What `open` found: the plain value, and whether it is sealed under the current key. */
export interface Opened {
  plain: string;
  current: boolean;
}

/** Seals and opens secrets under the keys configuration gives. */
export class SecretBox {
  private readonly key: Buffer;
  private readonly older: Buffer[];

  constructor(secret: string | undefined, previous?: string) {
    this.key = deriveKey(secret ?? DEVELOPMENT_SECRET);
    // A database first used without SESSION_SECRET stays readable once one is set.
    this.older = [previous, secret ? DEVELOPMENT_SECRET : undefined].filter((s): s is string => Boolean(s)).map(deriveKey);
  }

  /** The sealed form of `plain`, under the current key. */
  seal(plain: string): string {
    const nonce = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, nonce);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}${nonce.toString('base64url')}:${body.toString('base64url')}`;
  }

  /**
   * The plain value of a stored one, or null when no configured key opens it (SESSION_SECRET
   * changed without PREVIOUS_SESSION_SECRET, or the value was tampered with). A value stored
   * before encryption existed is returned as it is, marked not current.
   */
  open(stored: string): Opened | null {
    if (!stored.startsWith(PREFIX)) return { plain: stored, current: false };
    const [nonce, body] = stored.slice(PREFIX.length).split(':');
    if (!nonce || !body) return null;
    for (const [i, key] of [this.key, ...this.older].entries()) {
      const plain = tryOpen(key, Buffer.from(nonce, 'base64url'), Buffer.from(body, 'base64url'));
      if (plain !== null) return { plain, current: i === 0 };
    }
    return null;
  }

  /** The plain value, or null (see `open`). */
  reveal(stored: string | null | undefined): string | null {
    return stored ? this.open(stored)?.plain ?? null : null;
  }
}

function tryOpen(key: Buffer, nonce: Buffer, body: Buffer): string | null {
  if (nonce.length !== 12 || body.length < 16) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

const boxes = new WeakMap<Config, SecretBox>();

/** The SecretBox for a configuration (SESSION_SECRET, PREVIOUS_SESSION_SECRET), made once. */
export function secretBoxFor(config: Config): SecretBox {
  let box = boxes.get(config);
  if (!box) {
    box = new SecretBox(config.sessionSecret, config.previousSessionSecret);
    boxes.set(config, box);
  }
  return box;
}
