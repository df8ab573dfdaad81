import type { Translate } from '../../../../platform/i18n/index.ts';
import { Notice } from '../../../../platform/views/form.tsx';
import type { FieldChange } from '../../diff.ts';
import type { KindSpec } from '../kinds.ts';
import { ChangeTable } from '../../views/History.tsx';
import { DocumentForm, type DocumentFormProps } from './DocumentForm.tsx';
import { DocumentPanel, type DocumentPanelProps } from './DocumentPanel.tsx';
import { documentFieldLabels } from './labels.ts';

/** What the edit page shows after a refused save: the stored version compared with the person's text. */
export interface DocumentConflictView {
  storedVersion: number;
  changes: FieldChange[];
}

/**
 * The edit page: the form (refilled with the person's text after a problem) and the publication
 * panel beside it. After a conflict it says what happened and how their text differs from what is
 * stored now; saving again replaces the stored version with their text.
 */
export function DocumentEditPage(props: {
  t: Translate; spec: KindSpec; title: string; form: DocumentFormProps | null; panel: DocumentPanelProps; done?: string; error?: string;
  conflict?: DocumentConflictView;
}) {
  const { t, spec, conflict } = props;
  return (
    <>
      <p><a href={spec.adminPath}>{t('documents.list.back', { list: t(spec.labels.list) })}</a></p>
      <h1>{props.title}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.error ? <Notice kind="error"><p>{props.error}</p></Notice> : null}
      {conflict ? (
        <Notice kind="warning" role="alert">
          <h2>{t('editorial.conflict.title')}</h2>
          <p>{t('documents.conflict.body', { noun: t(spec.labels.noun), version: conflict.storedVersion })}</p>
          <details open>
            <summary>{t('editorial.conflict.changes')}</summary>
            <ChangeTable t={t} changes={conflict.changes} labels={documentFieldLabels(t, spec)}
              beforeLabel={t('editorial.conflict.stored')} afterLabel={t('editorial.conflict.yours')} />
          </details>
        </Notice>
      ) : null}
      <div class="editor-layout">
        <div class="editor-main">
          {props.form ? <DocumentForm {...props.form} /> : <p class="notice">{t('documents.readonly', { noun: t(spec.labels.noun) })}</p>}
        </div>
        <DocumentPanel {...props.panel} />
      </div>
    </>
  );
}
