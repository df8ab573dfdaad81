import type { Translate } from '../../../platform/i18n/index.ts';
import { Notice } from '../../../platform/views/form.tsx';
import type { FieldChange } from '../diff.ts';
import { ChangeTable } from './History.tsx';
import { ResourceForm, type ResourceFormProps } from './ResourceForm.tsx';
import { WorkflowPanel, type WorkflowPanelProps } from './WorkflowPanel.tsx';
import { AuthorityPanel, type AuthorityPanelProps } from './AuthorityPanel.tsx';

/** What the edit page shows after a refused save: the stored version, compared with the person's text. */
export interface ConflictView {
  storedVersion: number;
  changes: FieldChange[];
}

/**
 * The edit page: the form (refilled with the person's text after a problem), and beside it the
 * workflow panel. After a conflict it explains what happened and lists how their text differs
 * from what is stored now; saving again replaces the stored version with their text.
 */
export function EditPage(props: {
  t: Translate; title: string; form: ResourceFormProps | null; panel: WorkflowPanelProps; done?: string; error?: string; conflict?: ConflictView;
  readOnlyReason?: string;
  /** Set when this resource is a translation older than its original's last substantive change. */
  outdated?: string;
  /** The authorities the resource cites, with the editors' corrections (its own forms, outside the resource form). */
  authorities?: AuthorityPanelProps;
}) {
  const { t, conflict } = props;
  return (
    <>
      <p><a href="/admin/resources">{t('editorial.list.back')}</a></p>
      <h1>{props.title}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.error ? <Notice kind="error"><p>{props.error}</p></Notice> : null}
      {props.outdated ? <Notice kind="warning"><p class="outdated-translation">{props.outdated}</p></Notice> : null}
      {conflict ? (
        <Notice kind="warning" role="alert">
          <h2>{t('editorial.conflict.title')}</h2>
          <p>{t('editorial.conflict.body', { version: conflict.storedVersion })}</p>
          <p>{t('editorial.conflict.files')}</p>
          <details open>
            <summary>{t('editorial.conflict.changes')}</summary>
            <ChangeTable t={t} changes={conflict.changes} beforeLabel={t('editorial.conflict.stored')} afterLabel={t('editorial.conflict.yours')} />
          </details>
        </Notice>
      ) : null}
      <div class="editor-layout">
        <div class="editor-main">
          {props.form ? <ResourceForm {...props.form} /> : <p class="notice">{props.readOnlyReason}</p>}
          {props.authorities ? <AuthorityPanel {...props.authorities} /> : null}
        </div>
        <WorkflowPanel {...props.panel} />
      </div>
    </>
  );
}
