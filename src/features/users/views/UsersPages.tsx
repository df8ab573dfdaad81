import { PASSWORD_MIN_LENGTH } from '../passwords.ts';
import { ROLES, type Role } from '../../../platform/http.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { CsrfField, ErrorSummary, Notice, SelectField, TextField } from '../../../platform/views/form.tsx';
import type { UserSummary } from '../users.repo.ts';

function roleOptions(t: Translate) {
  return ROLES.map((r) => ({ value: r, label: `${t(`admin.role.${r}`)} — ${t(`admin.role.${r}.hint`)}` }));
}

/** Every account, with a link to manage each. */
export function UserList(props: { t: Translate; users: UserSummary[]; currentUserId: number; done?: string }) {
  const { t } = props;
  return (
    <>
      <header class="page-header">
        <h1>{t('admin.users.title')}</h1>
        <p><a class="button" href="/admin/users/new">{t('admin.users.new')}</a></p>
      </header>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.users.length === 0 ? <p>{t('admin.users.none')}</p> : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.col.name')}</th>
                <th scope="col">{t('admin.users.col.email')}</th>
                <th scope="col">{t('admin.users.col.role')}</th>
                <th scope="col">{t('admin.account.2fa')}</th>
                <th scope="col">{t('admin.users.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.users.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/users/${u.id}`}>{u.name}</a>
                    {u.id === props.currentUserId ? ` ${t('admin.users.you')}` : ''}
                  </th>
                  <td>{u.email}</td>
                  <td>{t(`admin.role.${u.role}`)}</td>
                  <td>{u.totpEnabled ? t('admin.account.2fa.on') : t('admin.account.2fa.off')}</td>
                  <td>{u.disabled ? t('admin.users.status.disabled') : t('admin.users.status.active')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The "add a user" form, refilled (except passwords) when it did not validate. */
export function NewUserForm(props: { t: Translate; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t, values = {}, errors = {} } = props;
  const labels = {
    email: t('admin.users.col.email'), name: t('admin.users.col.name'), role: t('admin.users.col.role'),
    password: t('admin.users.password.initial'), password_confirm: t('admin.account.password.confirm'),
  };
  return (
    <div class="narrow">
      <p><a href="/admin/users">{t('admin.users.back')}</a></p>
      <h1>{t('admin.users.new.title')}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action="/admin/users" novalidate>
        <CsrfField />
        <TextField name="email" type="email" label={labels.email} value={values.email} error={errors.email} autocomplete="off" required />
        <TextField name="name" label={labels.name} value={values.name} error={errors.name} autocomplete="off" maxlength={100} required />
        <SelectField name="role" label={labels.role} value={values.role ?? 'author'} error={errors.role} options={roleOptions(t)} />
        <TextField name="password" type="password" label={labels.password} hint={t('admin.users.password.initial.hint', { min: PASSWORD_MIN_LENGTH })} error={errors.password} autocomplete="new-password" required />
        <TextField name="password_confirm" type="password" label={labels.password_confirm} error={errors.password_confirm} autocomplete="new-password" required />
        <p><button type="submit" class="button">{t('admin.users.create.submit')}</button></p>
      </form>
    </div>
  );
}

/** Errors of the forms on an account's page, each shown beside its own form. */
export interface UserDetailErrors {
  role?: FieldErrors;
  status?: FieldErrors;
  password?: FieldErrors;
  twoFactor?: FieldErrors;
}

/** One account: its details and the forms to change its role, disable or enable it, reset its password or its two-step verification. */
export function UserDetail(props: { t: Translate; user: UserSummary; isSelf: boolean; role?: Role; errors?: UserDetailErrors; done?: string }) {
  const { t, user, errors = {} } = props;
  const pw = errors.password ?? {};
  return (
    <div class="narrow">
      <p><a href="/admin/users">{t('admin.users.back')}</a></p>
      <h1>{user.name}{props.isSelf ? ` ${t('admin.users.you')}` : ''}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      <dl class="resource-meta">
        <div><dt>{t('admin.users.col.email')}</dt><dd>{user.email}</dd></div>
        <div><dt>{t('admin.users.col.role')}</dt><dd>{t(`admin.role.${user.role}`)}</dd></div>
        <div><dt>{t('admin.account.2fa')}</dt><dd>{user.totpEnabled ? t('admin.account.2fa.on') : t('admin.account.2fa.off')}</dd></div>
        <div><dt>{t('admin.users.col.status')}</dt><dd>{user.disabled ? t('admin.users.status.disabled') : t('admin.users.status.active')}</dd></div>
      </dl>

      <h2>{t('admin.users.role.title')}</h2>
      <form class="form" method="post" action={`/admin/users/${user.id}/role`} novalidate>
        <CsrfField />
        <SelectField name="role" label={t('admin.users.col.role')} value={props.role ?? user.role} error={errors.role?.role} options={roleOptions(t)} />
        <p><button type="submit" class="button">{t('admin.users.role.submit')}</button></p>
      </form>

      <h2>{t('admin.users.access.title')}</h2>
      {errors.status?.disabled ? <Notice kind="error"><p class="field-error">{errors.status.disabled}</p></Notice> : null}
      <form class="form" method="post" action={`/admin/users/${user.id}/status`}>
        <CsrfField />
        <p class="fine-print">{t('admin.users.disable.hint')}</p>
        <input type="hidden" name="disabled" value={user.disabled ? '0' : '1'} />
        <p><button type="submit" class="button-secondary">{user.disabled ? t('admin.users.enable.submit') : t('admin.users.disable.submit')}</button></p>
      </form>

      <h2>{t('admin.users.reset.title')}</h2>
      <ErrorSummary t={t} errors={pw} labels={{ password: t('admin.account.password.new'), password_confirm: t('admin.account.password.confirm') }} />
      <form class="form" method="post" action={`/admin/users/${user.id}/password`} novalidate>
        <CsrfField />
        <p class="fine-print">{t('admin.users.reset.hint')}</p>
        <TextField name="password" type="password" label={t('admin.account.password.new')} hint={t('admin.account.password.hint', { min: PASSWORD_MIN_LENGTH })} error={pw.password} autocomplete="new-password" required />
        <TextField name="password_confirm" type="password" label={t('admin.account.password.confirm')} error={pw.password_confirm} autocomplete="new-password" required />
        <p><button type="submit" class="button-secondary">{t('admin.users.reset.submit')}</button></p>
      </form>

      {user.totpEnabled || errors.twoFactor ? <TwoFactorReset t={t} userId={user.id} error={errors.twoFactor?.confirm} /> : null}
    </div>
  );
}

/** Turning off an account's two-step verification, behind a confirmation box. */
function TwoFactorReset(props: { t: Translate; userId: number; error?: string }) {
  const { t, error } = props;
  return (
    <>
      <h2>{t('admin.users.2fa.title')}</h2>
      <form class="form" method="post" action={`/admin/users/${props.userId}/2fa/reset`}>
        <CsrfField />
        <p class="fine-print">{t('admin.users.2fa.reset.hint')}</p>
        {error ? <p class="field-error" id="f-confirm-error">{error}</p> : null}
        <p>
          <label>
            <input type="checkbox" name="confirm" value="yes" required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-confirm-error' : undefined} />
            {' '}{t('admin.users.2fa.reset.confirm')}
          </label>
        </p>
        <p><button type="submit" class="button-secondary danger">{t('admin.users.2fa.reset.submit')}</button></p>
      </form>
    </>
  );
}
