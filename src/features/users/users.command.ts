import { parseArgs } from 'node:util';
import type { Command, CommandContext } from '../../db/command.ts';
import type { Db } from '../../db/database.ts';
import { ROLES, type Role } from '../../platform/http.ts';
import { PASSWORD_MIN_LENGTH } from './passwords.ts';
import { resetTwoFactor } from './users.service.ts';
import { readNewPassword, type PasswordInput, type PromptOutput } from './password-input.ts';
import { findUserByEmail, listUsers } from './users.repo.ts';
import { emailField, nameField, newPasswordField } from './users.schema.ts';
import { AccountError, createAccount, normalizeEmail, setPassword, type Actor } from './users.service.ts';

const USAGE = [
  'haven user create --email EMAIL --role admin|editor|author [--name NAME]',
  '       haven user reset-password --email EMAIL',
  '       haven user reset-2fa --email EMAIL',
  '       haven user list',
  '',
  `The password (at least ${PASSWORD_MIN_LENGTH} characters) is asked twice on a terminal, without echo,`,
  'or read as the first line of standard input when it is piped:',
  '  printf "%s\\n" "$PASSWORD" | haven user create --email ana@example.org --role admin',
].join('\n');

/** Where the command reads a password and writes its prompts; tests inject their own. */
export interface UserCommandIo {
  stdin?: PasswordInput;
  prompt?: PromptOutput;
}

/** The CLI has no request: events it logs carry no user or address, and the system time. */
const cliActor = (): Actor => ({ userId: null, ip: null, now: new Date() });

async function askPassword(ctx: CommandContext, io: UserCommandIo): Promise<string | null> {
  let password: string;
  try {
    password = await readNewPassword(io.stdin ?? process.stdin, io.prompt ?? process.stderr);
  } catch (err) {
    ctx.err(err instanceof Error ? err.message : String(err));
    return null;
  }
  const checked = newPasswordField.safeParse(password);
  if (!checked.success) {
    ctx.err(password ? `The password is too ${password.length < PASSWORD_MIN_LENGTH ? 'short' : 'long'}: use at least ${PASSWORD_MIN_LENGTH} characters.`
      : 'No password was given. Type it when asked, or pipe it on standard input.');
    return null;
  }
  return checked.data;
}

function options(args: string[]) {
  return parseArgs({ args, options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } }, strict: true, allowPositionals: false }).values;
}

async function create(ctx: CommandContext, io: UserCommandIo, args: string[]): Promise<number> {
  const o = options(args);
  const email = emailField.safeParse(o.email);
  if (!email.success) return fail(ctx, 'Give a valid --email, e.g. --email ana@example.org.');
  if (!ROLES.includes(o.role as Role)) return fail(ctx, `Give --role ${ROLES.join(', ')}.`);
  const name = nameField.safeParse(o.name ?? email.data.split('@')[0]);
  if (!name.success) return fail(ctx, '--name must be 1 to 100 characters.');
  const handle = await ctx.open();
  try {
    if (await findUserByEmail(handle.db, email.data)) {
      ctx.err(`An account with the email ${email.data} already exists. Use "haven user reset-password" to change its password.`);
      return 1;
    }
    const password = await askPassword(ctx, io);
    if (password === null) return 1;
    const id = await createAccount(handle.db, { email: email.data, name: name.data, role: o.role as Role, password }, cliActor());
    ctx.out(`Created ${o.role} account ${email.data} (id ${id}).`);
    return 0;
  } catch (err) {
    if (err instanceof AccountError && err.reason === 'email_taken') return fail(ctx, `An account with the email ${email.data} already exists.`, 1);
    throw err;
  } finally {
    await handle.close();
  }
}

/**
 * Runs `act` on the account `--email` names, with the database open; a missing option or an
 * unknown email is a usage error (2) or a failure (1) before anything changes.
 */
async function withAccount(
  ctx: CommandContext, args: string[],
  act: (db: Db, user: NonNullable<Awaited<ReturnType<typeof findUserByEmail>>>) => Promise<number>,
): Promise<number> {
  const o = options(args);
  if (!o.email) return fail(ctx, 'Give the account\'s --email.');
  const handle = await ctx.open();
  try {
    const user = await findUserByEmail(handle.db, normalizeEmail(o.email));
    if (!user) return fail(ctx, `There is no account with the email ${normalizeEmail(o.email)}.`, 1);
    return await act(handle.db, user);
  } finally {
    await handle.close();
  }
}

function resetPassword(ctx: CommandContext, io: UserCommandIo, args: string[]): Promise<number> {
  return withAccount(ctx, args, async (db, user) => {
    const password = await askPassword(ctx, io);
    if (password === null) return 1;
    await setPassword(db, user.id, password, cliActor());
    ctx.out(`Password changed for ${user.email}; its sessions were signed out.`);
    return 0;
  });
}

/** Turns off an account's two-step verification (a lost phone), ending its sessions; the password stays. */
function resetTwoStep(ctx: CommandContext, args: string[]): Promise<number> {
  return withAccount(ctx, args, async (db, user) => {
    if (!(await resetTwoFactor(db, user.id, cliActor()))) {
      ctx.out(`Two-step verification is already off for ${user.email}; nothing changed.`);
      return 0;
    }
    ctx.out(`Two-step verification turned off for ${user.email}; its sessions were signed out. It signs in with its password alone until it sets two-step verification up again.`);
    return 0;
  });
}

async function list(ctx: CommandContext): Promise<number> {
  const handle = await ctx.open();
  try {
    const users = await listUsers(handle.db);
    if (!users.length) {
      ctx.out('No accounts yet. Create one with: haven user create --email EMAIL --role admin');
      return 0;
    }
    const rows = users.map((u) => [String(u.id), u.email, u.name, u.role, u.totpEnabled ? '2fa' : '-', u.disabled ? 'disabled' : 'active']);
    const head = ['id', 'email', 'name', 'role', '2fa', 'status'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    for (const r of [head, ...rows]) ctx.out(r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
    return 0;
  } finally {
    await handle.close();
  }
}

function fail(ctx: CommandContext, message: string, code = 2): number {
  ctx.err(message);
  if (code === 2) ctx.err(`Usage: ${USAGE}`);
  return code;
}

/** `haven user create | reset-password | reset-2fa | list`: staff accounts from the terminal. */
export function userCommand(io: UserCommandIo = {}): Command {
  return {
    summary: 'Create staff accounts, reset their passwords or two-step verification, list them',
    usage: USAGE,
    async run(ctx) {
      const [sub, ...args] = ctx.args;
      try {
        if (sub === 'create') return await create(ctx, io, args);
        if (sub === 'reset-password') return await resetPassword(ctx, io, args);
        if (sub === 'reset-2fa') return await resetTwoStep(ctx, args);
        if (sub === 'list') return await list(ctx);
      } catch (err) {
        // parseArgs explains unknown or malformed options in plain words.
        if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) return fail(ctx, err.message);
        throw err;
      }
      return fail(ctx, sub ? `Unknown subcommand "${sub}".` : 'Name a subcommand: create, reset-password, reset-2fa or list.');
    },
  };
}
