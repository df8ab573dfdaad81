import type { Translate } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../platform/views/form.tsx';
import type { TermSpec } from '../kinds.ts';
import type { Term } from '../taxonomy.repo.ts';
import { DESCRIPTION_MAX, NAME_MAX } from '../taxonomy.schema.ts';
import { Field } from './fields.tsx';

/** Every topic or type with its Spanish name and how many resources use it. */
export function TermList(props: { t: Translate; spec: TermSpec; terms: Term[]; done?: string }) {
  const { t, spec } = props;
  return (
    <>
      <header class="page-header">
        <h1>{t(spec.text.title)}</h1>
        <p><a class="button" href={`${spec.base}/new`}>{t(spec.text.add)}</a></p>
      </header>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.terms.length === 0 ? <p>{t(spec.text.none)}</p> : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                {spec.kind === 'type' ? <th scope="col">{t('taxonomy.col.position')}</th> : null}
                <th scope="col">{t('taxonomy.col.name')}</th>
                <th scope="col">{t('taxonomy.col.name_es')}</th>
                <th scope="col">{t('taxonomy.col.slug')}</th>
                <th scope="col">{t('taxonomy.col.uses')}</th>
              </tr>
            </thead>
            <tbody>
              {props.terms.map((term) => (
                <tr>
                  {spec.kind === 'type' ? <td>{term.position}</td> : null}
                  <th scope="row"><a href={`${spec.base}/${term.id}`} lang="en">{term.name}</a></th>
                  <td>{term.name_es === null ? <span class="fine-print">{t('taxonomy.not_translated')}</span> : <span lang="es">{term.name_es}</span>}</td>
                  <td><code>{term.slug}</code></td>
                  <td>{term.uses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** What the form shows: the stored term (edit) or nothing (new), the values to refill, and why it came back. */
export interface TermFormProps {
  t: Translate;
  spec: TermSpec;
  term?: Term;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** What is stored now, when someone else saved first (the form keeps the person's own values). */
  conflict?: Term;
  /** Why deleting was refused. */
  refusal?: string;
  done?: string;
}

/** Field values of a stored term, as the form shows them. */
export function termValues(term: Term): Record<string, string> {
  return {
    slug: term.slug, name: term.name, name_es: term.name_es ?? '', description: term.description,
    description_es: term.description_es ?? '', position: String(term.position), notice_after_years: term.notice_after_years === null ? '' : String(term.notice_after_years),
    version: String(term.version),
  };
}

/** The new or edit form of a topic or type, and on the edit page the delete section. */
export function TermForm(props: TermFormProps) {
  const { t, spec, term, values, errors = {} } = props;
  const has = (f: 'description' | 'description_es' | 'position' | 'notice_after_years') => spec.fields.includes(f);
  const labels: Record<string, string> = {
    slug: t('taxonomy.field.slug'), name: t('taxonomy.field.name'), name_es: t('taxonomy.field.name_es'),
    description: t('taxonomy.field.description'), description_es: t('taxonomy.field.description_es'), position: t('taxonomy.field.position'),
    notice_after_years: t('taxonomy.field.notice'),
  };
  const title = term ? term.name : t(spec.text.newTitle);
  return (
    <div class="narrow">
      <p><a href={spec.base}>{t(spec.text.back)}</a></p>
      <h1 lang={term ? 'en' : undefined}>{title}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.conflict ? (
        <Notice kind="warning" role="alert">
          <p>{t('taxonomy.conflict')}</p>
          <h2>{t('taxonomy.conflict.stored')}</h2>
          <dl class="resource-meta">
            {(['slug', 'name', 'name_es', ...spec.fields] as const).map((f) => (
              <div><dt>{labels[f]}</dt><dd>{String(termValues(props.conflict!)[f] ?? '') || '—'}</dd></div>
            ))}
          </dl>
        </Notice>
      ) : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action={term ? `${spec.base}/${term.id}` : spec.base} novalidate>
        <CsrfField />
        {term ? <input type="hidden" name="version" value={values.version ?? String(term.version)} /> : null}
        <Field name="slug" label={labels.slug} value={values.slug} errors={errors} required maxlength={120}
          hint={term ? t(spec.text.slugHint, { path: spec.publicPath(term.slug) }) : t('taxonomy.slug.hint.new')} />
        <Field name="name" label={labels.name} value={values.name} errors={errors} lang="en" required maxlength={NAME_MAX} />
        <Field name="name_es" label={labels.name_es} value={values.name_es} errors={errors} lang="es" maxlength={NAME_MAX} hint={t('taxonomy.field.name_es.hint')} />
        {has('description') ? <Field name="description" label={labels.description} value={values.description} errors={errors} lang="en" multiline maxlength={DESCRIPTION_MAX} /> : null}
        {has('description_es') ? (
          <Field name="description_es" label={labels.description_es} value={values.description_es} errors={errors} lang="es" multiline maxlength={DESCRIPTION_MAX}
            hint={t('taxonomy.field.description_es.hint')} />
        ) : null}
        {has('position') ? <Field name="position" label={labels.position} value={values.position} errors={errors} inputmode="numeric" maxlength={4} hint={t('taxonomy.field.position.hint')} /> : null}
        {has('notice_after_years') ? (
          <Field name="notice_after_years" label={labels.notice_after_years} value={values.notice_after_years} errors={errors} inputmode="numeric" maxlength={2} hint={t('taxonomy.field.notice.hint')} />
        ) : null}
        <p><button type="submit" class="button">{term ? t('taxonomy.save') : t('taxonomy.create')}</button></p>
      </form>
      {term ? <DeleteSection t={t} spec={spec} term={term} refusal={props.refusal} /> : null}
    </div>
  );
}

/** Deleting: offered only while nothing uses the term; otherwise says how many resources do. */
function DeleteSection(props: { t: Translate; spec: TermSpec; term: Term; refusal?: string }) {
  const { t, spec, term } = props;
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('taxonomy.delete.title')}</h2>
      {props.refusal ? <Notice kind="error"><p>{props.refusal}</p></Notice> : null}
      {term.uses > 0 ? (props.refusal ? null : <p>{t(spec.text.inUse, { count: term.uses })}</p>) : (
        <form class="form" method="post" action={`${spec.base}/${term.id}/delete`}>
          <CsrfField />
          <p class="fine-print">{t('taxonomy.delete.hint')}</p>
          <p><button type="submit" class="button-secondary">{t('taxonomy.delete.submit')}</button></p>
        </form>
      )}
    </section>
  );
}
