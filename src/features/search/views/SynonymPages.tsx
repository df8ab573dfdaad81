import type { FieldErrors } from '../../../platform/forms.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import { CsrfField, describedBy, ErrorSummary, fieldId, Messages, Notice } from '../../../platform/views/form.tsx';
import type { SynonymGroupRow } from '../synonyms.repo.ts';
import { PHRASES_INPUT_MAX } from '../synonyms.schema.ts';

const BASE = '/admin/synonyms';

/** A group as one line: "CIMT = crime involving moral turpitude". */
export function groupText(phrases: string[]): string {
  return phrases.join(' = ');
}

/** The phrases box's text of a stored group: one phrase per line. */
export function phrasesValue(group: SynonymGroupRow): string {
  return group.phrases.join('\n');
}

/** Every synonym group, each a link to its edit page, with when it last changed. */
export function SynonymList(props: { t: Translate; groups: SynonymGroupRow[]; done?: string }) {
  const { t } = props;
  return (
    <>
      <header class="page-header">
        <h1>{t('synonyms.title')}</h1>
        <p><a class="button" href={`${BASE}/new`}>{t('synonyms.add')}</a></p>
      </header>
      <p class="lead">{t('synonyms.intro')}</p>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.groups.length === 0 ? <p>{t('synonyms.none')}</p> : (
        <div class="table-wrap">
          <table class="data">
            <caption>{t('synonyms.count', { count: props.groups.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('synonyms.col.phrases')}</th>
                <th scope="col">{t('synonyms.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.groups.map((group) => (
                <tr>
                  <th scope="row"><a href={`${BASE}/${group.id}`}>{groupText(group.phrases)}</a></th>
                  <td><time datetime={group.updated_at}>{group.updated_at.slice(0, 10)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** What the form shows: the stored group (edit) or nothing (new), the text to refill, and why it came back. */
export interface SynonymFormProps {
  t: Translate;
  group?: SynonymGroupRow;
  values: { phrases: string; version?: string };
  errors?: FieldErrors;
  /** What is stored now, when someone else saved (or deleted) first; the form keeps the person's own text. */
  conflict?: SynonymGroupRow;
  done?: string;
}

/** The new or edit form of a synonym group, and on the edit page the delete section. */
export function SynonymForm(props: SynonymFormProps) {
  const { t, group, values, errors = {} } = props;
  const label = t('synonyms.field.phrases');
  const hint = t('synonyms.field.phrases.hint');
  const error = errors.phrases;
  const version = values.version ?? (group ? String(group.version) : undefined);
  return (
    <div class="narrow">
      <p><a href={BASE}>{t('synonyms.back')}</a></p>
      <h1>{group ? t('synonyms.edit.title') : t('synonyms.new.title')}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.conflict ? (
        <Notice kind="warning" role="alert">
          <p>{t('synonyms.conflict')}</p>
          <h2>{t('synonyms.conflict.stored')}</h2>
          <p>{groupText(props.conflict.phrases)}</p>
        </Notice>
      ) : null}
      <ErrorSummary t={t} errors={errors} labels={{ phrases: label }} />
      <form class="form" method="post" action={group ? `${BASE}/${group.id}` : BASE} novalidate>
        <CsrfField />
        {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
        <div class="field">
          <label for={fieldId('phrases')}>{label}</label>
          <Messages name="phrases" hint={hint} error={error} />
          <textarea id={fieldId('phrases')} name="phrases" rows={8} required maxlength={PHRASES_INPUT_MAX}
            aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('phrases', hint, error)}>{values.phrases}</textarea>
        </div>
        <p><button type="submit" class="button">{group ? t('synonyms.save') : t('synonyms.create')}</button></p>
      </form>
      {group ? (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('synonyms.delete.title')}</h2>
          <form class="form" method="post" action={`${BASE}/${group.id}/delete`}>
            <CsrfField />
            <input type="hidden" name="version" value={version} />
            <p class="fine-print">{t('synonyms.delete.hint')}</p>
            <p><button type="submit" class="button-secondary">{t('synonyms.delete.submit')}</button></p>
          </form>
        </section>
      ) : null}
    </div>
  );
}
