import type { Translate } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { CsrfField, ErrorSummary, Notice, TextField } from '../../../platform/views/form.tsx';

/** What the login and second-factor forms show besides their fields. */
export interface LoginFormProps {
  t: Translate;
  siteName: string;
  next: string;
  email?: string;
  errors?: FieldErrors;
  /** A message about the whole attempt (wrong credentials, locked out, signed out…). */
  message?: { kind: 'error' | 'success' | 'warning'; text: string };
}

function NextField(props: { next: string }) {
  return props.next !== '/admin' ? <input type="hidden" name="next" value={props.next} /> : null;
}

/** The email-and-password form. */
export function LoginPage(props: LoginFormProps) {
  const { t, errors = {} } = props;
  const labels = { email: t('admin.login.email'), password: t('admin.login.password') };
  return (
    <div class="narrow">
      <h1>{t('admin.login.title')}</h1>
      <p>{t('admin.login.intro', { site: props.siteName })}</p>
      {props.message ? <Notice kind={props.message.kind}><p>{props.message.text}</p></Notice> : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action="/admin/login" novalidate>
        <CsrfField />
        <NextField next={props.next} />
        <TextField name="email" type="email" label={labels.email} value={props.email} error={errors.email} autocomplete="username" required />
        <TextField name="password" type="password" label={labels.password} error={errors.password} autocomplete="current-password" required />
        <p><button type="submit" class="button">{t('admin.login.submit')}</button></p>
      </form>
    </div>
  );
}

/** The second step for accounts with two-step verification: a TOTP or recovery code. */
export function SecondFactorPage(props: LoginFormProps) {
  const { t, errors = {} } = props;
  const labels = { code: t('admin.mfa.code') };
  return (
    <div class="narrow">
      <h1>{t('admin.mfa.title')}</h1>
      {props.message ? <Notice kind={props.message.kind}><p>{props.message.text}</p></Notice> : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action="/admin/login/2fa" novalidate>
        <CsrfField />
        <NextField next={props.next} />
        <TextField name="code" label={labels.code} hint={t('admin.mfa.code.hint')} error={errors.code}
          autocomplete="one-time-code" maxlength={20} required />
        <p><button type="submit" class="button">{t('admin.mfa.submit')}</button></p>
      </form>
      <p><a href="/admin/login">{t('admin.mfa.restart')}</a></p>
    </div>
  );
}
