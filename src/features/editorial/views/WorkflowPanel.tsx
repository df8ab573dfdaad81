import type { Translate } from '../../../platform/i18n/index.ts';
import { CsrfField } from '../../../platform/views/form.tsx';
import type { EditorialMeta } from '../editorial.repo.ts';
import { SCHEDULE_TIME_ZONES } from '../schedule-time.ts';
import type { WorkflowAction } from '../workflow.ts';
import { Input, Select } from './fields.tsx';
import { StateBadge, formatInstant } from './ResourceList.tsx';

/** What the publication panel shows. */
export interface WorkflowPanelProps {
  t: Translate;
  meta: EditorialMeta;
  authorName: string | null;
  /** The actions this person may take now, in workflow order. */
  actions: Exclude<WorkflowAction, 'publishDue'>[];
  canDelete: boolean;
  schedule: { date: string; time: string; tz: string; error?: string };
}

function ActionForm(props: { t: Translate; id: number; version: number; action: string; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={`/admin/resources/${props.id}/${props.action}`} class="inline-form">
      <CsrfField />
      <input type="hidden" name="version" value={String(props.version)} />
      <button type="submit" class={props.secondary ? 'button-secondary' : 'button'}>{props.label}</button>
    </form>
  );
}

/** Date, time and time zone to publish at, with the refusal beside them when there is one. */
export function ScheduleForm(props: { t: Translate; action: string; version: number; schedule: { date: string; time: string; tz: string; error?: string } }) {
  const { t } = props;
  return (
    <form method="post" action={props.action} class="form schedule-form">
      <CsrfField />
      <input type="hidden" name="version" value={String(props.version)} />
      <h3>{t('editorial.action.schedule')}</h3>
      {props.schedule.error ? <p class="field-error" role="alert">{props.schedule.error}</p> : null}
      <div class="field-row">
        <Input name="date" type="date" label={t('editorial.schedule.date')} value={props.schedule.date} required />
        <Input name="time" type="time" label={t('editorial.schedule.time')} value={props.schedule.time} required />
      </div>
      <Select name="tz" label={t('editorial.schedule.tz')} value={props.schedule.tz}
        options={[...new Set([props.schedule.tz, ...SCHEDULE_TIME_ZONES])].map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))} />
      <p><button type="submit" class="button-secondary">{t('editorial.schedule.submit')}</button></p>
    </form>
  );
}

/** State, schedule, author, dates and version of an item, with its preview and history links. */
export function WorkflowFacts(props: {
  t: Translate; authorName: string | null | undefined; base: string;
  meta: Pick<EditorialMeta, 'status' | 'publish_at' | 'updated_at' | 'submitted_at' | 'version'>;
  /** A resource's document number, once it has one. */
  documentNumber?: string | null;
}) {
  const { t, meta } = props;
  return (
    <>
      <dl class="meta-list">
        <div><dt>{t('editorial.list.col.state')}</dt><dd><StateBadge t={t} status={meta.status} /></dd></div>
        {meta.status === 'scheduled' && meta.publish_at ? <div><dt>{t('editorial.workflow.scheduled_for')}</dt><dd>{formatInstant(meta.publish_at)}</dd></div> : null}
        <div><dt>{t('editorial.list.col.author')}</dt><dd>{props.authorName ?? '—'}</dd></div>
        <div><dt>{t('editorial.list.col.updated')}</dt><dd>{formatInstant(meta.updated_at)}</dd></div>
        {meta.submitted_at ? <div><dt>{t('editorial.workflow.submitted')}</dt><dd>{formatInstant(meta.submitted_at)}</dd></div> : null}
        <div><dt>{t('editorial.workflow.version')}</dt><dd>{meta.version}</dd></div>
        {props.documentNumber ? <div><dt>{t('editorial.workflow.documentNumber')}</dt><dd>{props.documentNumber}</dd></div> : null}
      </dl>
      <p>
        <a href={`${props.base}/preview`}>{t('editorial.workflow.preview')}</a>
        {' · '}
        <a href={`${props.base}/history`}>{t('editorial.workflow.history')}</a>
      </p>
    </>
  );
}

/** Where a resource stands in the workflow and the buttons that move it on, each its own form. */
export function WorkflowPanel(props: WorkflowPanelProps) {
  const { t, meta, actions } = props;
  const buttons = actions.filter((a) => a !== 'schedule');
  return (
    <aside class="workflow-panel card" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t('editorial.workflow.title')}</h2>
      <WorkflowFacts t={t} meta={meta} authorName={props.authorName} base={`/admin/resources/${meta.id}`} documentNumber={meta.document_number} />
      {buttons.map((a) => (
        <ActionForm t={t} id={meta.id} version={meta.version} action={a} label={t(`editorial.action.${a}`)} secondary={a === 'archive' || a === 'withdraw' || a === 'unpublish'} />
      ))}
      {actions.includes('schedule') ? (
        <ScheduleForm t={t} action={`/admin/resources/${meta.id}/schedule`} version={meta.version} schedule={props.schedule} />
      ) : null}
      {props.canDelete ? (
        <form method="post" action={`/admin/resources/${meta.id}/delete`} class="form delete-form">
          <CsrfField />
          <input type="hidden" name="version" value={String(meta.version)} />
          <h3>{t('editorial.delete.title')}</h3>
          <p class="fine-print">{t('editorial.delete.hint')}</p>
          <label><input type="checkbox" name="confirm" value="yes" required /> {t('editorial.delete.confirm')}</label>
          <p><button type="submit" class="button-secondary danger">{t('editorial.delete.submit')}</button></p>
        </form>
      ) : null}
    </aside>
  );
}
