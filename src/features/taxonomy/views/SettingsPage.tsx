import type { Translate } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../platform/views/form.tsx';
import type { Organization } from '../../../platform/organization.ts';
import { ORGANIZATION_FIELDS } from '../settings.service.ts';
import { Field } from './fields.tsx';

const OPTIONAL = new Set(['email', 'phone', 'address', 'documentPrefix']);

/** The organization settings form, refilled with the person's own text after an error or a conflict. */
export function SettingsPage(props: {
  t: Translate; values: Record<string, string>; revision: string; errors?: FieldErrors; conflict?: Organization; done?: string;
}) {
  const { t, values, errors = {} } = props;
  const labels: Record<string, string> = {
    name: t('taxonomy.settings.field.name'), shortName: t('taxonomy.settings.field.shortName'), tagline: t('taxonomy.settings.field.tagline'),
    taglineEs: t('editorial.home.es.tagline'),
    email: t('taxonomy.settings.field.email'), phone: t('taxonomy.settings.field.phone'), address: t('taxonomy.settings.field.address'),
    documentPrefix: t('taxonomy.settings.field.documentPrefix'),
  };
  const hints: Record<string, string | undefined> = {
    shortName: t('taxonomy.settings.field.shortName.hint'),
    email: t('taxonomy.settings.optional'), phone: t('taxonomy.settings.optional'), address: t('taxonomy.settings.optional'),
  };
  return (
    <div class="narrow">
      <h1>{t('taxonomy.settings.title')}</h1>
      <p class="lead">{t('taxonomy.settings.intro')}</p>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.conflict ? (
        <Notice kind="warning" role="alert">
          <p>{t('taxonomy.settings.conflict')}</p>
          <h2>{t('taxonomy.conflict.stored')}</h2>
          <dl class="resource-meta">
            {ORGANIZATION_FIELDS.map((f) => <div><dt>{labels[f]}</dt><dd>{props.conflict![f] || '—'}</dd></div>)}
          </dl>
        </Notice>
      ) : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action="/admin/settings" novalidate>
        <CsrfField />
        <input type="hidden" name="revision" value={props.revision} />
        <Field name="name" label={labels.name} value={values.name} errors={errors} required maxlength={200} autocomplete="organization" />
        <Field name="shortName" label={labels.shortName} value={values.shortName} errors={errors} required maxlength={40} hint={hints.shortName} />
        <Field name="tagline" label={labels.tagline} value={values.tagline} errors={errors} multiline maxlength={500} />
        <Field name="taglineEs" label={labels.taglineEs} value={values.taglineEs} errors={errors} multiline maxlength={500} hint={t('editorial.home.es.hint')} lang="es" />
        <Field name="email" label={labels.email} value={values.email} errors={errors} type="email" maxlength={254} hint={hints.email} autocomplete="email" />
        <Field name="phone" label={labels.phone} value={values.phone} errors={errors} type="tel" maxlength={40} hint={hints.phone} autocomplete="tel" />
        <Field name="address" label={labels.address} value={values.address} errors={errors} multiline maxlength={300} hint={hints.address} autocomplete="street-address" />
        <Field name="documentPrefix" label={labels.documentPrefix} value={values.documentPrefix} errors={errors} maxlength={12} hint={t('taxonomy.settings.field.documentPrefix.hint')} />
        <p><button type="submit" class="button">{t('taxonomy.settings.submit')}</button></p>
      </form>
    </div>
  );
}

/** The stored organization as form values. */
export function organizationValues(org: Organization): Record<string, string> {
  return Object.fromEntries(ORGANIZATION_FIELDS.map((f) => [f, OPTIONAL.has(f) ? org[f] ?? '' : String(org[f] ?? '')]));
}
