import type { Command } from '../../db/command.ts';
import { listTotpSecrets } from '../users/index.ts';
import { secretBoxFor } from './secret-box.ts';
import { resealTotpSecrets } from './two-factor.service.ts';

/**
 * `haven rotate-secret`: after SESSION_SECRET was changed (the old one in PREVIOUS_SESSION_SECRET),
 * seals every two-step verification key under the new secret and says whether
 * PREVIOUS_SESSION_SECRET may now be removed. Starting the server does the same; this command
 * does it on its own and reports.
 */
export const rotateSecretCommand: Command = {
  summary: 'Re-encrypt stored two-step keys under the current SESSION_SECRET (after a rotation)',
  usage: 'SESSION_SECRET=new PREVIOUS_SESSION_SECRET=old haven rotate-secret',
  async run(ctx) {
    if (!ctx.config.sessionSecret) {
      ctx.err('SESSION_SECRET is not set: there is nothing to rotate to.');
      return 2;
    }
    const handle = await ctx.open();
    try {
      const box = secretBoxFor(ctx.config);
      const { resealed } = await resealTotpSecrets(handle.db, box, new Date());
      const stored = await listTotpSecrets(handle.db);
      const unreadable = stored.filter((r) => !box.open(r.totp_secret)?.current);
      ctx.out(`Two-step verification keys: ${stored.length} stored, ${resealed} encrypted again now, ${stored.length - unreadable.length} under the current SESSION_SECRET.`);
      if (unreadable.length) {
        ctx.err(`${unreadable.length} key(s) open with no configured secret (accounts ${unreadable.map((r) => r.id).join(', ')}).`
          + ' Set PREVIOUS_SESSION_SECRET to the secret they were made with and run this again, or turn their two-step verification off with "haven user reset-2fa".');
        return 1;
      }
      ctx.out(ctx.config.previousSessionSecret ? 'PREVIOUS_SESSION_SECRET is no longer needed: remove it.' : 'Nothing depends on an older secret.');
      return 0;
    } finally {
      await handle.close();
    }
  },
};
