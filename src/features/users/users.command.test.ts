import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { it } from 'node:test';
import { verify } from '@node-rs/argon2';
import { runCli } from '../../app/cli.ts';
import type { CommandContext } from '../../db/command.ts';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { loginForm, postForm } from '../../../test/support/auth.ts';
import type { PasswordInput } from './password-input.ts';
import { userCommand } from './users.command.ts';

/** Runs `haven user …` against the test database with the given standard input. */
async function run(env: TestEnv, args: string[], stdin: PasswordInput) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const ctx: CommandContext = {
    config: env.config, args, interactive: false,
    open: async () => ({ db: env.db, dialect: env.dialect, close: async () => {} }),
    out: (l) => out.push(l), err: (l) => err.push(l),
  };
  const code = await userCommand({ stdin, prompt: { write: (t: string) => prompts.push(t) } }).run(ctx);
  return { code, out: out.join('\n'), err: err.join('\n'), prompts: prompts.join('') };
}

const piped = (text: string) => Readable.from([text]) as unknown as PasswordInput;

/** A fake terminal that types each line (with a carriage return, as raw mode delivers it) on demand. */
function terminal(...lines: string[]): PasswordInput {
  const tty = new PassThrough() as unknown as PasswordInput & PassThrough;
  tty.isTTY = true;
  const modes: boolean[] = [];
  tty.setRawMode = (mode: boolean) => {
    modes.push(mode);
    // Type the next line once the prompt has switched echo off.
    if (mode) setImmediate(() => tty.write(`${lines.shift() ?? ''}\r`));
    return tty;
  };
  return tty;
}

async function canSignIn(env: TestEnv, email: string, password: string): Promise<boolean> {
  const res = await postForm(env, '/admin/login', await loginForm(env), { email, password });
  return res.status === 303;
}

describeEachDialect('haven user', (env) => {
  it('creates an account with the password read from piped standard input', async () => {
    const r = await run(env(), ['create', '--email', 'Admin@Example.org', '--role', 'admin', '--name', 'Ada Admin'], piped('a long enough password\nignored second line\n'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Created admin account admin@example.org \(id \d+\)\./);
    assert.equal(r.prompts, '', 'no prompt when piped');
    const row = await env().db.selectFrom('users').selectAll().where('email', '=', 'admin@example.org').executeTakeFirstOrThrow();
    assert.equal(row.name, 'Ada Admin');
    assert.equal(row.role, 'admin');
    assert.ok(await verify(row.password_hash, 'a long enough password'));
    assert.ok(await canSignIn(env(), 'admin@example.org', 'a long enough password'));
  });

  it('asks twice without echo on a terminal, and refuses two different passwords', async () => {
    const ok = await run(env(), ['create', '--email', 'ed@example.org', '--role', 'editor'], terminal('typed on a tty 123', 'typed on a tty 123'));
    assert.equal(ok.code, 0, ok.err);
    assert.equal(ok.prompts, 'Password: \nPassword (again): \n', 'the password itself is never echoed');
    const row = await env().db.selectFrom('users').select(['name', 'role']).where('email', '=', 'ed@example.org').executeTakeFirstOrThrow();
    assert.deepEqual(row, { name: 'ed', role: 'editor' });

    const bad = await run(env(), ['create', '--email', 'au@example.org', '--role', 'author'], terminal('first password 123', 'second password 123'));
    assert.equal(bad.code, 1);
    assert.match(bad.err, /The two passwords do not match./);
    assert.equal(await env().db.selectFrom('users').select('id').where('email', '=', 'au@example.org').executeTakeFirst(), undefined);
  });

  it('refuses short passwords, bad emails and roles, and existing accounts, saving nothing', async () => {
    const short = await run(env(), ['create', '--email', 'x@example.org', '--role', 'author'], piped('too short\n'));
    assert.equal(short.code, 1);
    assert.match(short.err, /at least 12 characters/);
    const role = await run(env(), ['create', '--email', 'x@example.org', '--role', 'owner'], piped('long enough password\n'));
    assert.equal(role.code, 2);
    assert.match(role.err, /Give --role admin, editor, author./);
    const email = await run(env(), ['create', '--email', 'not-an-email', '--role', 'author'], piped('long enough password\n'));
    assert.equal(email.code, 2);
    const unknown = await run(env(), ['create', '--mail', 'x@example.org'], piped(''));
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Unknown option '--mail'/);
    const empty = await run(env(), ['create', '--email', 'x@example.org', '--role', 'author'], piped(''));
    assert.equal(empty.code, 1);
    assert.match(empty.err, /No password was given/);
    assert.equal(await env().db.selectFrom('users').select('id').where('email', '=', 'x@example.org').executeTakeFirst(), undefined);
    const twice = await run(env(), ['create', '--email', 'ADMIN@example.org', '--role', 'author'], piped('long enough password\n'));
    assert.equal(twice.code, 1);
    assert.match(twice.err, /already exists/);
  });

  it('resets a password: the new one works, the old one does not', async () => {
    const r = await run(env(), ['reset-password', '--email', 'admin@example.org'], piped('the replacement password\n'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Password changed for admin@example.org/);
    assert.ok(await canSignIn(env(), 'admin@example.org', 'the replacement password'));
    assert.ok(!(await canSignIn(env(), 'admin@example.org', 'a long enough password')));
    const missing = await run(env(), ['reset-password', '--email', 'ghost@example.org'], piped('the replacement password\n'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /There is no account with the email ghost@example.org./);
  });

  it('lists the accounts', async () => {
    const r = await run(env(), ['list'], piped(''));
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.match(lines[0], /^id\s+email\s+name\s+role\s+2fa\s+status$/);
    assert.ok(lines.some((l) => /admin@example.org\s+Ada Admin\s+admin\s+-\s+active/.test(l)));
    assert.ok(lines.some((l) => /ed@example.org\s+ed\s+editor/.test(l)));
  });

  it('is listed by `haven --help` and explains itself with `haven user --help`', async () => {
    const out: string[] = [];
    assert.equal(await runCli(['--help'], { out: (l) => out.push(l), err: (l) => out.push(l) }), 0);
    assert.match(out.join('\n'), /user\s+Create staff accounts/);
    out.length = 0;
    assert.equal(await runCli(['user', '--help'], { out: (l) => out.push(l), err: (l) => out.push(l) }), 0);
    assert.match(out.join('\n'), /haven user reset-password --email EMAIL/);
  });
}, { seed: false });
