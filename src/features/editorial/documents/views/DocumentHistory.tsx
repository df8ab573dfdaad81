import type { Translate } from '../../../../platform/i18n/index.ts';
import { CsrfField, Notice } from '../../../../platform/views/form.tsx';
import type { FieldChange } from '../../../../content/diff.ts';
import type { ContentField, RevisionFacts } from '../../../../content/revision.ts';
import type { RevisionEntry } from '../../../../content/revisions.repo.ts';
import { ChangeTable, RevisionTable, revisionSummary } from '../../views/History.tsx';
import { formatInstant } from '../../views/ResourceList.tsx';

/** Every revision of a document, newest first, linking to each one's diff. */
export function DocumentHistoryPage(props: {
  t: Translate; base: string; title: string; entries: RevisionEntry[]; currentVersion: number; fields: readonly ContentField[]; labels: Record<string, string>; done?: string;
}) {
  const { t, base } = props;
  return (
    <>
      <p><a href={base}>{t('documents.back')}</a></p>
      <h1>{t('editorial.history.title', { title: props.title })}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.entries.length === 0 ? <p>{t('documents.history.none')}</p> : (
        <RevisionTable t={t} entries={props.entries} currentVersion={props.currentVersion} fields={props.fields} labels={props.labels}
          href={(v) => `${base}/history/${v}`} />
      )}
    </>
  );
}

/** One revision compared with an earlier one, with a button to restore it. */
export function DocumentRevisionPage(props: {
  t: Translate; base: string; title: string; version: number; fromVersion: number | null; currentVersion: number; labels: Record<string, string>;
  who: string | null; when: string; revision: RevisionFacts; fields: readonly ContentField[]; changes: FieldChange[]; canRestore: boolean; error?: string;
}) {
  const { t, base } = props;
  return (
    <>
      <p><a href={`${base}/history`}>{t('editorial.history.back')}</a></p>
      <h1>{t('editorial.revision.title', { version: props.version, title: props.title })}</h1>
      <p class="lead">{revisionSummary(t, props.revision, props.fields, props.labels)} — {props.who ?? t('editorial.history.system')}, {formatInstant(props.when)}</p>
      {props.error ? <Notice kind="error"><p>{props.error}</p></Notice> : null}
      <h2>{props.fromVersion ? t('editorial.revision.compared', { from: props.fromVersion }) : t('editorial.revision.first')}</h2>
      <ChangeTable t={t} changes={props.changes} labels={props.labels}
        beforeLabel={props.fromVersion ? t('editorial.revision.version', { version: props.fromVersion }) : t('editorial.diff.before')}
        afterLabel={t('editorial.revision.version', { version: props.version })} />
      {props.canRestore && props.version !== props.currentVersion ? (
        <form method="post" action={`${base}/history/${props.version}/restore`} class="form">
          <CsrfField />
          <input type="hidden" name="version" value={String(props.currentVersion)} />
          <p class="fine-print">{t('editorial.revision.restore.hint')}</p>
          <p><button type="submit" class="button">{t('editorial.revision.restore', { version: props.version })}</button></p>
        </form>
      ) : null}
    </>
  );
}
