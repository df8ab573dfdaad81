import type { Translate } from '../../../../platform/i18n/index.ts';
import { CsrfField, ErrorSummary } from '../../../../platform/views/form.tsx';
import { Group, Input, TextArea } from '../../views/fields.tsx';
import type { DocumentFormValues } from '../documents.form.ts';
import type { KindSpec } from '../kinds.ts';
import { documentFieldLabels } from './labels.ts';

/** What the document form shows. */
export interface DocumentFormProps {
  t: Translate;
  spec: KindSpec;
  /** Where the form posts: the list path (new) or the item's path. */
  action: string;
  values: DocumentFormValues;
  /** Problems by field, already in the page's language. */
  errors: Record<string, string>;
  /** The version this form edits (absent for a new item). */
  version?: number;
}

/** The editor toolbar's labels for editor.js, in the page's language (the resource form's set). */
function toolbarLabels(t: Translate): string {
  const keys = ['label', 'heading', 'bold', 'italic', 'link', 'link.prompt', 'bulleted', 'numbered', 'quote', 'preview', 'preview.hide'] as const;
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, t(`editorial.toolbar.${k}`)])));
}

/**
 * Every editable field of a project, statement or page. A plain form that works without
 * JavaScript; editor.js adds the body toolbar and the live preview (POST /admin/preview), as on
 * the resource form.
 */
export function DocumentForm(props: DocumentFormProps) {
  const { t, spec, values: v, errors } = props;
  const labels = documentFieldLabels(t, spec);
  return (
    <>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form resource-form" method="post" action={props.action} novalidate data-preview="/admin/preview">
        <CsrfField />
        {props.version !== undefined ? <input type="hidden" name="version" value={String(props.version)} /> : null}
        <Group legend={t('editorial.group.content')}>
          <Input name="title" label={labels.title} value={v.title} error={errors.title} maxlength={300} required />
          <Input name="slug" label={labels.slug} value={v.slug} error={errors.slug} hint={t('documents.field.slug.hint', { path: spec.publicPath('…') })}
            maxlength={120} required pattern="[a-z0-9]+(-[a-z0-9]+)*" />
          <TextArea name="summary" label={labels.summary} value={v.summary} error={errors.summary} hint={t('editorial.field.summary.hint')} rows={3}
            required={spec.summaryRequired} />
          <TextArea name="body" label={labels.body} value={v.body} error={errors.body} hint={t('editorial.field.body.hint')} rows={18} editor labels={toolbarLabels(t)} />
          <div class="editor-preview" id="body-preview" hidden aria-live="polite" aria-label={t('editorial.preview.live')}></div>
          {spec.extra.includes('position') ? (
            <Input name="position" type="number" label={labels.position} value={v.position} error={errors.position} hint={t('documents.field.position.hint')}
              min="0" max="9999" inputmode="numeric" required />
          ) : null}
          {spec.extra.includes('publishedOn') ? (
            <Input name="publishedOn" type="date" label={labels.publishedOn} value={v.publishedOn} error={errors.publishedOn} required />
          ) : null}
        </Group>
        <p><button type="submit" class="button">{t('editorial.form.save')}</button></p>
      </form>
      <script src="/editor.js" defer></script>
    </>
  );
}
