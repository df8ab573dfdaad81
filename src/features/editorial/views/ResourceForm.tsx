import type { Child } from 'hono/jsx';
import type { Translate } from '../../../platform/i18n/index.ts';
import { AUDIENCES } from '../../resources/index.ts';
import { CsrfField, ErrorSummary, Messages, describedBy, fieldId } from '../../../platform/views/form.tsx';
import type { AttachmentTextState } from '../../../platform/pdf-text.ts';
import type { ResourceFormValues } from '../editorial.form.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { formatSize } from '../../uploads/index.ts';
import { Checkboxes, Group, Input, Select, TextArea } from './fields.tsx';

/** What the resource form shows. */
export interface ResourceFormProps {
  t: Translate;
  /** Where the form posts: /admin/resources (new) or /admin/resources/:id. */
  action: string;
  values: ResourceFormValues;
  errors: FieldErrors;
  /** The version this form edits (absent for a new resource). */
  version?: number;
  types: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  attachments: { id: number; filename: string; title: string; bytes: number; text_state?: AttachmentTextState | null }[];
  maxUploadBytes: number;
}

/** The editor toolbar's labels for editor.js, in the page's language. */
function toolbarLabels(t: Translate): string {
  const keys = ['label', 'heading', 'bold', 'italic', 'link', 'link.prompt', 'bulleted', 'numbered', 'quote', 'preview', 'preview.hide'] as const;
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, t(`editorial.toolbar.${k}`)])));
}

/** Labels by field name, for the error summary's links. */
export function fieldLabels(t: Translate): Record<string, string> {
  return {
    title: t('editorial.field.title'), slug: t('editorial.field.slug'), type: t('editorial.field.type'), topics: t('editorial.field.topics'),
    language: t('editorial.field.language'), audience: t('editorial.field.audience'), summary: t('editorial.field.summary'),
    body: t('editorial.field.body'), publishedOn: t('editorial.field.publishedOn'), updatedOn: t('editorial.field.updatedOn'),
    reviewedOn: t('editorial.field.reviewedOn'), updates: t('editorial.field.updates'),
    authors: t('editorial.field.authors'), series: t('editorial.field.series'), seriesSlug: t('editorial.field.series'),
    translationOf: t('editorial.field.translationOf'), supersedes: t('editorial.field.supersedes'), attachments: t('editorial.field.attachments'),
  };
}

/** Blank rows offered after the filled ones, so more can be added without JavaScript. */
const BLANK_AUTHOR_ROWS = 3;
const BLANK_UPDATE_ROWS = 2;

/** Rows of repeated fields in a fieldset: the group's hint and error once, then each row's inputs. */
function RowGroup(props: { name: string; legend: string; hint: string; error?: string; children?: Child }) {
  return (
    <fieldset class="field row-group" id={fieldId(props.name)} aria-describedby={describedBy(props.name, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <Messages name={props.name} hint={props.hint} error={props.error} />
      <ol class="field-rows">{props.children}</ol>
    </fieldset>
  );
}

/** The authors as rows of name and optional affiliation, in byline order, with blank rows to add more. */
function AuthorRows(props: { t: Translate; values: ResourceFormValues; error?: string; legend: string }) {
  const { t } = props;
  const rows = [...props.values.authorRows, ...Array.from({ length: BLANK_AUTHOR_ROWS }, () => ({ name: '', affiliation: '' }))];
  return (
    <RowGroup name="authors" legend={props.legend} hint={t('editorial.field.authors.hint')} error={props.error}>
      {rows.map((row, i) => (
        <li class="field-row">
          <Input name={`authorName-${i}`} label={t('editorial.field.authorName', { n: i + 1 })} value={row.name} maxlength={200} />
          <Input name={`authorAffiliation-${i}`} label={t('editorial.field.authorAffiliation', { n: i + 1 })} value={row.affiliation} maxlength={200} />
        </li>
      ))}
    </RowGroup>
  );
}

/** The update notes as rows of date and what changed, with blank rows to add more. */
function UpdateRows(props: { t: Translate; values: ResourceFormValues; error?: string; legend: string }) {
  const { t } = props;
  const rows = [...props.values.updateRows, ...Array.from({ length: BLANK_UPDATE_ROWS }, () => ({ on: '', note: '' }))];
  return (
    <RowGroup name="updates" legend={props.legend} hint={t('editorial.field.updates.hint')} error={props.error}>
      {rows.map((row, i) => (
        <li class="field-row">
          <Input name={`updateOn-${i}`} type="date" label={t('editorial.field.updateOn', { n: i + 1 })} value={row.on} />
          <TextArea name={`updateNote-${i}`} label={t('editorial.field.updateNote', { n: i + 1 })} value={row.note} rows={2} lang={props.values.language || undefined} />
        </li>
      ))}
    </RowGroup>
  );
}

/**
 * Every editable field of a resource. Works as a plain form; editor.js adds the body toolbar
 * and live preview. Uploads go with the save, so the form is multipart.
 */
export function ResourceForm(props: ResourceFormProps) {
  const { t, values: v, errors } = props;
  const labels: Record<string, string> = { ...fieldLabels(t) };
  for (const a of props.attachments) {
    labels[`attachmentTitle-${a.id}`] = t('editorial.attachments.title', { name: a.filename });
    labels[`attachmentPosition-${a.id}`] = t('editorial.attachments.position', { name: a.filename });
  }
  return (
    <>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form resource-form" method="post" action={props.action} enctype="multipart/form-data" novalidate data-preview="/admin/preview?authorities=1">
        <CsrfField />
        {props.version !== undefined ? <input type="hidden" name="version" value={String(props.version)} /> : null}
        <Group legend={t('editorial.group.content')}>
          <Input name="title" label={labels.title} value={v.title} error={errors.title} maxlength={300} required />
          <Input name="slug" label={labels.slug} value={v.slug} error={errors.slug} hint={t('editorial.field.slug.hint')} maxlength={120} required pattern="[a-z0-9]+(-[a-z0-9]+)*" />
          <TextArea name="summary" label={labels.summary} value={v.summary} error={errors.summary} hint={t('editorial.field.summary.hint')} rows={3} />
          <TextArea name="body" label={labels.body} value={v.body} error={errors.body} hint={t('editorial.field.body.hint')} rows={18} editor labels={toolbarLabels(t)} />
          <div class="editor-preview" id="body-preview" hidden aria-live="polite" aria-label={t('editorial.preview.live')}></div>
        </Group>
        <Group legend={t('editorial.group.classification')}>
          <Select name="type" label={labels.type} value={v.type} error={errors.type}
            options={[{ value: '', label: t('editorial.field.type.choose') }, ...props.types.map((ty) => ({ value: ty.slug, label: ty.name }))]} />
          <Checkboxes name="topics" legend={labels.topics} options={props.topics.map((tp) => ({ value: tp.slug, label: tp.name }))} checked={v.topics} error={errors.topics} />
          <div class="field-row">
            <Input name="language" label={labels.language} value={v.language} error={errors.language} hint={t('editorial.field.language.hint')} list="languages" maxlength={3} />
            <Select name="audience" label={labels.audience} value={v.audience} error={errors.audience}
              options={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))} />
          </div>
          <datalist id="languages"><option value="en">English</option><option value="es">Español</option></datalist>
        </Group>
        <Group legend={t('editorial.group.dates')}>
          <div class="field-row">
            <Input name="publishedOn" type="date" label={labels.publishedOn} value={v.publishedOn} error={errors.publishedOn} required />
            <Input name="updatedOn" type="date" label={labels.updatedOn} value={v.updatedOn} error={errors.updatedOn} hint={t('editorial.field.updatedOn.hint')} />
            <Input name="reviewedOn" type="date" label={labels.reviewedOn} value={v.reviewedOn} error={errors.reviewedOn} hint={t('editorial.field.reviewedOn.hint')} />
          </div>
          <UpdateRows t={t} values={v} error={errors.updates} legend={labels.updates} />
        </Group>
        <Group legend={t('editorial.group.relations')}>
          <AuthorRows t={t} values={v} error={errors.authors} legend={labels.authors} />
          <div class="field-row">
            <Input name="seriesSlug" label={labels.series} value={v.seriesSlug} error={errors.series} hint={t('editorial.field.series.hint')} maxlength={120} />
            <Input name="seriesPart" type="number" label={t('editorial.field.seriesPart')} value={v.seriesPart} min="1" max="999" inputmode="numeric" />
            <Input name="seriesOf" type="number" label={t('editorial.field.seriesOf')} value={v.seriesOf} min="1" max="999" inputmode="numeric" />
          </div>
          <Input name="translationOf" label={labels.translationOf} value={v.translationOf} error={errors.translationOf} hint={t('editorial.field.translationOf.hint')} maxlength={120} />
          <TextArea name="supersedes" label={labels.supersedes} value={v.supersedes} error={errors.supersedes} hint={t('editorial.field.supersedes.hint')} rows={2} />
        </Group>
        <Group legend={labels.attachments}>
          {props.attachments.length ? (
            <>
              <p class="fine-print">{t('editorial.attachments.order.hint')}</p>
              <ol class="attachment-list">
                {props.attachments.map((a, i) => {
                  const typed = v.attachmentEdits?.[a.id];
                  return (
                    <li>
                      <p><strong>{a.filename}</strong> <span class="fine-print">({formatSize(a.bytes)})</span></p>
                      {a.text_state ? <p class="notice notice-warning">{t(a.text_state === 'partial' ? 'editorial.attachments.text.partial' : 'editorial.attachments.text.not_indexed')}</p> : null}
                      <div class="field-row">
                        <Input name={`attachmentTitle-${a.id}`} label={labels[`attachmentTitle-${a.id}`]} value={typed?.title ?? a.title}
                          error={errors[`attachmentTitle-${a.id}`]} maxlength={300} required />
                        <Input name={`attachmentPosition-${a.id}`} type="number" label={labels[`attachmentPosition-${a.id}`]} value={typed?.position ?? String(i + 1)}
                          error={errors[`attachmentPosition-${a.id}`]} min="1" max="999" inputmode="numeric" />
                      </div>
                      <label><input type="checkbox" name="removeAttachment" value={String(a.id)} /> {t('editorial.attachments.remove')}</label>
                    </li>
                  );
                })}
              </ol>
            </>
          ) : <p class="fine-print">{t('editorial.attachments.none')}</p>}
          <Input name="attachments" type="file" label={t('editorial.attachments.add')} accept=".pdf,application/pdf" multiple error={errors.attachments}
            hint={t('editorial.attachments.hint', { max: formatSize(props.maxUploadBytes) })} />
        </Group>
        <p><button type="submit" class="button">{t('editorial.form.save')}</button></p>
      </form>
      <script src="/editor.js" defer></script>
    </>
  );
}
