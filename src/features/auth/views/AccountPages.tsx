import { PASSWORD_MIN_LENGTH } from '../../users/index.ts';
import type { CurrentUser } from '../../../platform/http.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { CsrfField, ErrorSummary, Notice, TextField } from '../../../platform/views/form.tsx';

/** "My account": who you are, whether two-step verification is on, and changing your password. */
export function AccountPage(props: { t: Translate; user: CurrentUser; totpEnabled: boolean; errors?: FieldErrors; done?: string }) {
  const { t, user, errors = {} } = props;
  const labels = {
    current_password: t('admin.account.password.current'),
    password: t('admin.account.password.new'),
    password_confirm: t('admin.account.password.confirm'),
  };
  return (
    <div class="narrow">
      <h1>{t('admin.account.title')}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      <dl class="resource-meta">
        <div><dt>{t('admin.users.col.name')}</dt><dd>{user.name}</dd></div>
        <div><dt>{t('admin.users.col.email')}</dt><dd>{user.email}</dd></div>
        <div><dt>{t('admin.users.col.role')}</dt><dd>{t(`admin.role.${user.role}`)}</dd></div>
        <div>
          <dt>{t('admin.account.2fa')}</dt>
          <dd>{props.totpEnabled ? t('admin.account.2fa.on') : t('admin.account.2fa.off')} · <a href="/admin/account/2fa">{t('admin.account.2fa.manage')}</a></dd>
        </div>
      </dl>
      <h2 id="password">{t('admin.account.password')}</h2>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action="/admin/account/password" novalidate>
        <CsrfField />
        <TextField name="current_password" type="password" label={labels.current_password} error={errors.current_password} autocomplete="current-password" required />
        <TextField name="password" type="password" label={labels.password} hint={t('admin.account.password.hint', { min: PASSWORD_MIN_LENGTH })} error={errors.password} autocomplete="new-password" required />
        <TextField name="password_confirm" type="password" label={labels.password_confirm} error={errors.password_confirm} autocomplete="new-password" required />
        <p><button type="submit" class="button">{t('admin.account.password.submit')}</button></p>
      </form>
    </div>
  );
}

/** Enrolment: the QR code (inline SVG made on the server), the key in text, and the confirmation form. */
export function EnrolPage(props: { t: Translate; qrSvg: string; secret: string; errors?: FieldErrors; done?: string }) {
  const { t, errors = {} } = props;
  const grouped = props.secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <div class="narrow">
      <h1>{t('admin.2fa.title')}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      <p>{t('admin.2fa.intro')}</p>
      <ErrorSummary t={t} errors={errors} labels={{ code: t('admin.mfa.code'), password: t('admin.2fa.password') }} />
      <p>{t('admin.2fa.step1')}</p>
      <div class="qr-code" role="img" aria-label={t('admin.2fa.qr.alt')} dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
      <p>{t('admin.2fa.secret')} <code class="totp-secret">{grouped}</code></p>
      <form class="form" method="post" action="/admin/account/2fa/enable" novalidate>
        <CsrfField />
        <TextField name="code" label={t('admin.2fa.step2')} error={errors.code} autocomplete="one-time-code" inputmode="numeric" maxlength={7} required />
        <TextField name="password" type="password" label={t('admin.2fa.password')} error={errors.password} autocomplete="current-password" required />
        <p>{t('admin.2fa.enable.others')}</p>
        <p><button type="submit" class="button">{t('admin.2fa.enable')}</button></p>
      </form>
    </div>
  );
}

/** Two-step verification is on: recovery codes left, new codes, turning it off (password required). */
export function ManageTwoFactorPage(props: { t: Translate; remaining: number; errors?: { disable?: FieldErrors; regenerate?: FieldErrors }; done?: string }) {
  const { t } = props;
  const disable = props.errors?.disable ?? {};
  const regenerate = props.errors?.regenerate ?? {};
  return (
    <div class="narrow">
      <h1>{t('admin.2fa.title')}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      <p>{t('admin.2fa.on')} {t('admin.2fa.remaining', { count: props.remaining })}</p>
      <h2>{t('admin.2fa.regen.title')}</h2>
      <p>{t('admin.2fa.regen.intro')}</p>
      <form class="form" method="post" action="/admin/account/2fa/recovery-codes" novalidate>
        <CsrfField />
        <TextField name="password" type="password" label={t('admin.2fa.password')} error={regenerate.password} autocomplete="current-password" required />
        <p><button type="submit" class="button-secondary">{t('admin.2fa.regen.submit')}</button></p>
      </form>
      <h2>{t('admin.2fa.disable.title')}</h2>
      <form class="form" method="post" action="/admin/account/2fa/disable" novalidate>
        <CsrfField />
        <TextField name="password" type="password" label={t('admin.2fa.password')} error={disable.password} autocomplete="current-password" required />
        <p><button type="submit" class="button-secondary">{t('admin.2fa.disable.submit')}</button></p>
      </form>
    </div>
  );
}

/** The recovery codes, shown exactly once. */
export function RecoveryCodesPage(props: { t: Translate; codes: string[]; intro?: string }) {
  const { t } = props;
  return (
    <div class="narrow">
      <h1>{t('admin.2fa.codes.title')}</h1>
      {props.intro ? <Notice kind="success"><p>{props.intro}</p></Notice> : null}
      <p>{t('admin.2fa.codes.intro')}</p>
      <ul class="recovery-codes">
        {props.codes.map((code) => <li><code>{code}</code></li>)}
      </ul>
      <p><a class="button" href="/admin/account">{t('admin.2fa.codes.done')}</a></p>
    </div>
  );
}
