import type { FieldErrors } from '../../../platform/forms.ts';
import type { MessageKey, Translate } from '../../../platform/i18n/index.ts';
import { CsrfField, ErrorSummary, fieldId, Messages, Notice } from '../../../platform/views/form.tsx';
import { FIELDS_OF, type HelpField } from '../help.schema.ts';
import { HELP_KINDS, type HelpEntry, type HelpKind } from '../help.table.ts';

const LIST_TITLE: Record<HelpKind, MessageKey> = { service: 'help.services', hotline: 'help.hotlines', rights: 'help.rights' };
const ADD: Record<HelpKind, MessageKey> = { service: 'help.admin.add.service', hotline: 'help.admin.add.hotline', rights: 'help.admin.add.rights' };
/** The title of the form that adds an entry to each list. */
export const NEW_TITLE: Record<HelpKind, MessageKey> = { service: 'help.admin.new.service', hotline: 'help.admin.new.hotline', rights: 'help.admin.new.rights' };

const LABEL: Record<HelpField, MessageKey> = {
  label: 'help.field.label', label_es: 'help.field.label_es', url: 'help.field.url', phone: 'help.field.phone',
  language: 'help.field.language', note: 'help.field.note', note_es: 'help.field.note_es', position: 'help.field.position',
};
const HINT: Partial<Record<HelpField, MessageKey>> = {
  label_es: 'help.field.optional_es', note: 'help.field.note.hint', note_es: 'help.field.optional_es',
  url: 'help.field.url.hint', phone: 'help.field.phone.hint', language: 'help.field.language.hint', position: 'help.field.position.hint',
};
const MAX: Record<HelpField, number> = { label: 200, label_es: 200, url: 2000, phone: 40, language: 35, note: 500, note_es: 500, position: 3 };

/** What an entry shows in its list: its link or number. */
function target(e: HelpEntry): string {
  return e.kind === 'hotline' ? e.phone ?? '' : e.url ?? '';
}

/** The three lists of the help page, each in its order, with a link to edit each entry and one to add another. */
export function HelpList(props: { t: Translate; entries: HelpEntry[]; done?: string }) {
  const { t } = props;
  return (
    <div>
      <h1>{t('help.admin.title')}</h1>
      <p class="lead">{t('help.admin.intro')} <a href="/help">{t('help.admin.view')}</a></p>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {HELP_KINDS.map((kind) => {
        const entries = props.entries.filter((e) => e.kind === kind);
        return (
          <section aria-labelledby={`list-${kind}`}>
            <h2 id={`list-${kind}`}>{t(LIST_TITLE[kind])}</h2>
            {entries.length ? (
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t('help.field.position')}</th>
                    <th scope="col">{t('help.field.label')}</th>
                    <th scope="col">{t(kind === 'hotline' ? 'help.field.phone' : 'help.field.url')}</th>
                    {kind === 'rights' ? <th scope="col">{t('help.field.language')}</th> : null}
                    <th scope="col">{t('help.admin.spanish')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr>
                      <td>{e.position}</td>
                      <td><a href={`/admin/help/${e.id}`}>{e.label}</a></td>
                      <td><code>{target(e)}</code></td>
                      {kind === 'rights' ? <td><code>{e.language}</code></td> : null}
                      <td>{e.label_es ? t('help.admin.translated') : t('help.admin.untranslated')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : <p>{t('help.admin.none')}</p>}
            <p><a class="button" href={`/admin/help/new?kind=${kind}`}>{t(ADD[kind])}</a></p>
          </section>
        );
      })}
    </div>
  );
}

/** One labelled control of the entry form; notes are text areas. */
function Field(props: { t: Translate; name: HelpField; value?: string; error?: string; required?: boolean }) {
  const { t, name, error } = props;
  const hint = HINT[name] ? t(HINT[name]) : undefined;
  const common = {
    id: fieldId(name), name, maxlength: MAX[name], required: props.required,
    'aria-invalid': error ? 'true' : undefined, 'aria-describedby': [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') || undefined,
    lang: name.endsWith('_es') ? 'es' : undefined,
  };
  return (
    <div class="field">
      <label for={fieldId(name)}>{t(LABEL[name])}</label>
      <Messages name={name} hint={hint} error={error} />
      {name === 'note' || name === 'note_es'
        ? <textarea {...common} rows={3}>{props.value ?? ''}</textarea>
        : <input {...common} type={name === 'url' ? 'url' : name === 'phone' ? 'tel' : name === 'position' ? 'number' : 'text'} value={props.value ?? ''}
            {...(name === 'position' ? { min: 1, max: 999, inputmode: 'numeric' } : {})} />}
    </div>
  );
}

/** The form that adds an entry to a list or changes one, refilled with the person's text after an error; removing sits below it. */
export function HelpEntryForm(props: { t: Translate; kind: HelpKind; entry?: HelpEntry; values: Record<string, string>; errors?: FieldErrors }) {
  const { t, kind, entry, values, errors = {} } = props;
  const fields = FIELDS_OF[kind];
  const labels = Object.fromEntries(fields.map((f) => [f, t(LABEL[f])]));
  return (
    <div class="narrow">
      <p><a href="/admin/help">{t('help.admin.back')}</a></p>
      <h1>{entry ? t('help.admin.edit.title') : t(NEW_TITLE[kind])}</h1>
      <p class="lead">{t(LIST_TITLE[kind])}</p>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action={entry ? `/admin/help/${entry.id}` : '/admin/help'} novalidate>
        <CsrfField />
        {entry ? null : <input type="hidden" name="kind" value={kind} />}
        {fields.map((f) => <Field t={t} name={f} value={values[f]} error={errors[f]} required={!HINT[f] || f === 'url' || f === 'phone' || f === 'language'} />)}
        <p><button type="submit" class="button">{t('help.admin.save')}</button></p>
      </form>
      {entry ? (
        <form method="post" action={`/admin/help/${entry.id}/delete`}>
          <CsrfField />
          <p><button type="submit" class="button-secondary">{t('help.admin.delete')}</button></p>
        </form>
      ) : null}
    </div>
  );
}

/** A stored entry as form values. */
export function entryValues(e: HelpEntry): Record<string, string> {
  return {
    label: e.label, label_es: e.label_es ?? '', url: e.url ?? '', phone: e.phone ?? '', language: e.language ?? '',
    note: e.note ?? '', note_es: e.note_es ?? '', position: String(e.position),
  };
}
