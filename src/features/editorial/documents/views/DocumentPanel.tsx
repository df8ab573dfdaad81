import type { Translate } from '../../../../platform/i18n/index.ts';
import { CsrfField } from '../../../../platform/views/form.tsx';
import { ScheduleForm, WorkflowFacts } from '../../views/WorkflowPanel.tsx';
import type { DocumentMeta } from '../documents.repo.ts';
import type { PersonAction } from '../documents.service.ts';
import type { KindSpec } from '../kinds.ts';

/** What the publication panel shows. */
export interface DocumentPanelProps {
  t: Translate;
  spec: KindSpec;
  meta: DocumentMeta;
  authorName: string | null;
  /** The actions this person may take now, in workflow order. */
  actions: PersonAction[];
  canDelete: boolean;
  schedule: { date: string; time: string; tz: string; error?: string };
}

function ActionForm(props: { path: string; version: number; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={props.path} class="inline-form">
      <CsrfField />
      <input type="hidden" name="version" value={String(props.version)} />
      <button type="submit" class={props.secondary ? 'button-secondary' : 'button'}>{props.label}</button>
    </form>
  );
}

/** Where a document stands in the workflow and the buttons that move it on, each its own form. */
export function DocumentPanel(props: DocumentPanelProps) {
  const { t, meta, actions, spec } = props;
  const base = `${spec.adminPath}/${meta.id}`;
  return (
    <aside class="workflow-panel card" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t('editorial.workflow.title')}</h2>
      <WorkflowFacts t={t} meta={meta} authorName={props.authorName} base={base} />
      {actions.filter((a) => a !== 'schedule').map((a) => (
        <ActionForm path={`${base}/${a}`} version={meta.version} label={t(`editorial.action.${a}`)} secondary={a === 'archive' || a === 'withdraw' || a === 'unpublish'} />
      ))}
      {actions.includes('schedule') ? (
        <ScheduleForm t={t} action={`${base}/schedule`} version={meta.version} schedule={props.schedule} />
      ) : null}
      {props.canDelete ? (
        <form method="post" action={`${base}/delete`} class="form delete-form">
          <CsrfField />
          <input type="hidden" name="version" value={String(meta.version)} />
          <h3>{t('editorial.delete.title')}</h3>
          <p class="fine-print">{t('documents.delete.hint', { noun: t(spec.labels.noun) })}</p>
          <label><input type="checkbox" name="confirm" value="yes" required /> {t('documents.delete.confirm', { noun: t(spec.labels.noun) })}</label>
          <p><button type="submit" class="button-secondary danger">{t('editorial.delete.submit')}</button></p>
        </form>
      ) : null}
    </aside>
  );
}
