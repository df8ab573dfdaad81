import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../platform/errors.ts';
import { parseId } from '../../platform/ids.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { readForm, validateForm } from '../../platform/forms.ts';
import { clientIp } from '../../platform/client-ip.ts';
import { PASSWORD_LIMITS } from './passwords.ts';
import { authorize } from '../admin/index.ts';
import { resetTwoFactor } from './users.service.ts';
import { findUserSummary, listUsers } from './users.repo.ts';
import { changeRoleSchema, createUserSchema, resetPasswordSchema } from './users.schema.ts';
import { AccountError, changeRole, createAccount, setDisabled, setPassword, type AccountRefusal, type Actor } from './users.service.ts';
import { NewUserForm, UserDetail, UserList, type UserDetailErrors } from './views/UsersPages.tsx';

/** Messages shown after a redirect, chosen by `?done=` from this fixed list. */
const DONE: Record<string, MessageKey> = {
  created: 'admin.users.created',
  role: 'admin.users.role.changed',
  disabled: 'admin.users.disabled.done',
  enabled: 'admin.users.enabled.done',
  password: 'admin.users.reset.done',
  twofactor: 'admin.users.2fa.reset.done',
};

const REFUSALS: Record<AccountRefusal, MessageKey> = {
  email_taken: 'admin.error.email.taken',
  last_admin: 'admin.error.last_admin',
  self_disable: 'admin.error.self_disable',
  not_found: 'error.404.body',
};

const statusSchema = z.object({ disabled: z.enum(['0', '1']) });
const confirmSchema = z.object({ confirm: z.literal('yes') });

/** User management for admins: list, add, change role, disable or enable, reset password or two-step verification. */
export function usersAdmin(site: Site) {
  const deps = site.deps;
  const app = new Hono<AppEnv>();
  app.use('/admin/users', authorize('user.manage'));
  app.use('/admin/users/*', authorize('user.manage'));

  const actor = (c: AppContext): Actor => ({ userId: c.get('user')!.id, ip: clientIp(c, deps.config.trustProxy), now: deps.clock.now() });
  const done = (c: AppContext) => {
    const key = c.req.query('done');
    return key && DONE[key] ? c.get('t')(DONE[key]) : undefined;
  };
  const refusal = (c: AppContext, err: unknown): string => {
    if (err instanceof AccountError) return c.get('t')(REFUSALS[err.reason]);
    throw err;
  };

  /** The account named in the path, or a 404. */
  const target = async (c: AppContext) => {
    const id = parseId(c.req.param('id'));
    const user = id === null ? undefined : await findUserSummary(deps.db, id);
    if (!user) throw notFound(c.get('t')('error.404.body'));
    return user;
  };

  const detail = async (c: AppContext, errors?: UserDetailErrors, role?: string) => {
    const user = await target(c);
    const t = c.get('t');
    const chosenRole = role === 'admin' || role === 'editor' || role === 'author' ? role : undefined;
    return adminPage(c, site, user.name,
      <UserDetail t={t} user={user} isSelf={user.id === c.get('user')!.id} role={chosenRole} errors={errors} done={errors ? undefined : done(c)} />,
      errors ? 400 : 200);
  };

  app.get('/admin/users', async (c) => {
    const t = c.get('t');
    const users = await listUsers(deps.db);
    return adminPage(c, site, t('admin.users.title'), <UserList t={t} users={users} currentUserId={c.get('user')!.id} done={done(c)} />);
  });

  app.get('/admin/users/new', (c) => {
    const t = c.get('t');
    return adminPage(c, site, t('admin.users.new.title'), <NewUserForm t={t} />);
  });

  app.post('/admin/users', async (c) => {
    const t = c.get('t');
    const values = await readForm(c);
    const form = (errors: Record<string, string | undefined>) =>
      adminPage(c, site, t('admin.users.new.title'), <NewUserForm t={t} values={values} errors={errors} />, 400);
    const parsed = validateForm(createUserSchema, values, t, PASSWORD_LIMITS);
    if (!parsed.ok) return form(parsed.errors);
    let id: number;
    try {
      id = await createAccount(deps.db, parsed.data, actor(c));
    } catch (err) {
      return form({ email: refusal(c, err) });
    }
    return c.redirect(`/admin/users/${id}?done=created`, 303);
  });

  app.get('/admin/users/:id{[0-9]+}', (c) => detail(c));

  app.post('/admin/users/:id{[0-9]+}/role', async (c) => {
    const user = await target(c);
    const values = await readForm(c);
    const parsed = validateForm(changeRoleSchema, values, c.get('t'));
    if (!parsed.ok) return detail(c, { role: parsed.errors }, values.role);
    try {
      await changeRole(deps.db, user.id, parsed.data.role, actor(c));
    } catch (err) {
      return detail(c, { role: { role: refusal(c, err) } }, values.role);
    }
    return c.redirect(`/admin/users/${user.id}?done=role`, 303);
  });

  app.post('/admin/users/:id{[0-9]+}/status', async (c) => {
    const user = await target(c);
    const parsed = statusSchema.safeParse(await readForm(c));
    if (!parsed.success) return detail(c, { status: { disabled: c.get('t')('admin.error.invalid') } });
    const disabled = parsed.data.disabled === '1';
    try {
      await setDisabled(deps.db, user.id, disabled, actor(c));
    } catch (err) {
      return detail(c, { status: { disabled: refusal(c, err) } });
    }
    return c.redirect(`/admin/users/${user.id}?done=${disabled ? 'disabled' : 'enabled'}`, 303);
  });

  app.post('/admin/users/:id{[0-9]+}/password', async (c) => {
    const user = await target(c);
    const parsed = validateForm(resetPasswordSchema, await readForm(c), c.get('t'), PASSWORD_LIMITS);
    if (!parsed.ok) return detail(c, { password: parsed.errors });
    // Resetting one's own password here keeps the current session, like "My account" does.
    const own = user.id === c.get('user')!.id ? c.get('sessionId') : undefined;
    await setPassword(deps.db, user.id, parsed.data.password, actor(c), { keepSession: own });
    return c.redirect(`/admin/users/${user.id}?done=password`, 303);
  });

  // For a colleague locked out by a lost phone: their second factor goes, their password stays.
  app.post('/admin/users/:id{[0-9]+}/2fa/reset', async (c) => {
    const user = await target(c);
    const t = c.get('t');
    if (!confirmSchema.safeParse(await readForm(c)).success) return detail(c, { twoFactor: { confirm: t('admin.users.2fa.reset.required') } });
    const own = user.id === c.get('user')!.id ? c.get('sessionId') : undefined;
    const changed = await resetTwoFactor(deps.db, user.id, actor(c), { keepSession: own });
    if (!changed) return detail(c, { twoFactor: { confirm: t('admin.users.2fa.reset.none') } });
    return c.redirect(`/admin/users/${user.id}?done=twofactor`, 303);
  });

  return app;
}
