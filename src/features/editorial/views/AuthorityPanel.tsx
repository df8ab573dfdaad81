import type { MessageKey, Translate } from '../../../platform/i18n/index.ts';
import { CsrfField } from '../../../platform/views/form.tsx';
import type { FieldErrors } from '../../../platform/forms.ts';
import type { CitedField, RecognizedAuthority, StoredOverride } from '../../authorities/index.ts';
import { Input, Select } from './fields.tsx';

/** What the editor's "Authorities" section shows. */
export interface AuthorityPanelProps {
  t: Translate;
  id: number;
  /** What the grammar reads in the saved text, with the editors' additions and suppressions. */
  recognized: RecognizedAuthority[];
  /** What this resource reports as superseded or changed. */
  marks: StoredOverride[];
  /** Whether this person may change them (else the lists only). */
  editable: boolean;
  published: boolean;
  values?: { citation: string; action: string; note: string };
  errors?: FieldErrors;
}

const STATE: Record<RecognizedAuthority['state'], MessageKey> = {
  read: 'editorial.authorities.state.read', added: 'editorial.authorities.state.added', suppressed: 'editorial.authorities.state.suppressed',
};
const FIELD: Record<CitedField, MessageKey> = {
  title: 'editorial.authorities.field.title', summary: 'editorial.authorities.field.summary',
  body: 'editorial.authorities.field.body', pdf: 'editorial.authorities.field.pdf',
};
const MARK: Partial<Record<StoredOverride['action'], MessageKey>> = {
  superseded: 'editorial.authorities.mark.superseded', changed: 'editorial.authorities.mark.changed',
};
/** What the form may record (suppressing is the list's buttons). */
const ACTIONS: [string, MessageKey][] = [
  ['add', 'editorial.authorities.action.add'], ['superseded', 'editorial.authorities.action.superseded'], ['changed', 'editorial.authorities.action.changed'],
];

/** One small form with a single button: suppress, restore, remove. Works without JavaScript. */
function Button(props: { t: Translate; id: number; path: 'authorities' | 'authorities/remove'; fields: Record<string, string>; label: string; described: string }) {
  return (
    <form method="post" action={`/admin/resources/${props.id}/${props.path}`} class="inline-form">
      <CsrfField />
      {Object.entries(props.fields).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button type="submit" class="button-secondary" aria-label={props.described}>{props.label}</button>
    </form>
  );
}

/**
 * The authorities a resource cites as the indexer will store them (read from the saved title,
 * summary, body and PDF text, corrected by editors), with buttons to suppress a wrong one or
 * restore it, and a form to add one the grammar missed or to mark one as superseded or changed.
 */
export function AuthorityPanel(props: AuthorityPanelProps) {
  const { t, id, editable, errors = {} } = props;
  const v = props.values ?? { citation: '', action: 'add', note: '' };
  const state = (a: RecognizedAuthority) => t(STATE[a.state]);
  return (
    <section class="authority-panel" id="authorities" aria-labelledby="authorities-heading">
      <h2 id="authorities-heading">{t('editorial.authorities.title')}</h2>
      <p class="fine-print">{t(props.published ? 'editorial.authorities.hint' : 'editorial.authorities.hint.draft')}</p>
      {props.recognized.length ? (
        <ul class="authority-list">
          {props.recognized.map((a) => (
            <li class={`authority-${a.state}`}>
              {a.state === 'suppressed' ? <del>{a.display}</del> : <span>{a.display}</span>}{' '}
              <span class="fine-print">({state(a)}{a.fields.length ? `: ${a.fields.map((f) => t(FIELD[f])).join(', ')}` : ''})</span>
              {editable ? (
                a.state === 'read'
                  ? <Button t={t} id={id} path="authorities" fields={{ action: 'suppress', key: a.key }} label={t('editorial.authorities.suppress')} described={t('editorial.authorities.suppress.label', { cite: a.display })} />
                  : <Button t={t} id={id} path="authorities/remove" fields={{ action: a.state === 'added' ? 'add' : 'suppress', key: a.key }}
                      label={t(a.state === 'added' ? 'editorial.authorities.remove' : 'editorial.authorities.restore')}
                      described={t(a.state === 'added' ? 'editorial.authorities.remove.label' : 'editorial.authorities.restore.label', { cite: a.display })} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : <p>{t('editorial.authorities.none')}</p>}
      {props.marks.length ? (
        <>
          <h3>{t('editorial.authorities.marks')}</h3>
          <ul class="authority-marks">
            {props.marks.map((m) => (
              <li>
                {MARK[m.action] ? t(MARK[m.action]!, { cite: m.display }) : m.display}
                {m.note ? <span class="fine-print"> — {m.note}</span> : null}
                {editable ? <Button t={t} id={id} path="authorities/remove" fields={{ action: m.action, key: m.key }} label={t('editorial.authorities.remove')}
                  described={t('editorial.authorities.remove.label', { cite: m.display })} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {editable ? (
        <form method="post" action={`/admin/resources/${id}/authorities`} class="form authority-form" novalidate>
          <CsrfField />
          <Input name="citation" label={t('editorial.authorities.citation')} value={v.citation} error={errors.citation}
            hint={t('editorial.authorities.citation.hint')} maxlength={500} required />
          <Select name="action" label={t('editorial.authorities.action')} value={v.action} error={errors.action}
            options={ACTIONS.map(([value, key]) => ({ value, label: t(key) }))} />
          <Input name="note" label={t('editorial.authorities.note')} value={v.note} error={errors.note} hint={t('editorial.authorities.note.hint')} maxlength={300} />
          <p><button type="submit" class="button-secondary">{t('editorial.authorities.submit')}</button></p>
        </form>
      ) : null}
    </section>
  );
}
