import type { Translate } from '../../../platform/i18n/index.ts';
import { CsrfField, Notice } from '../../../platform/views/form.tsx';
import type { DiffPart, FieldChange } from '../../../content/diff.ts';
import { describeRevision, type ContentField, type RevisionFacts } from '../../../content/revision.ts';
import type { RevisionEntry } from '../../../content/revisions.repo.ts';
import { formatInstant } from './ResourceList.tsx';

/**
 * What a revision did in the language of `t`, its fields named by `labels` (where given) or the
 * content type's field labels.
 */
export function revisionSummary(t: Translate, revision: RevisionFacts, fields: readonly ContentField[], labels?: Record<string, string>): string {
  return describeRevision(revision, t, (field) => {
    const key = fields.find((f) => f.name === field)?.label;
    return labels?.[field] ?? (key ? t(key) : field);
  });
}

/** A word diff as text with <ins> and <del> marks. */
export function DiffParts(props: { parts: DiffPart[] }) {
  return (
    <p class="diff-text">
      {props.parts.map((p) => (p.op === 'ins' ? <ins>{p.value}</ins> : p.op === 'del' ? <del>{p.value}</del> : <span>{p.value}</span>))}
    </p>
  );
}

/**
 * Changed fields as a table: label (from `labels`, else the field's label in the page's
 * language), then the word diff or the before → after values.
 */
export function ChangeTable(props: { t: Translate; changes: FieldChange[]; beforeLabel: string; afterLabel: string; labels?: Record<string, string> }) {
  const { t, changes } = props;
  if (changes.length === 0) return <p>{t('editorial.diff.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="data diff">
        <thead>
          <tr><th scope="col">{t('editorial.diff.field')}</th><th scope="col">{props.beforeLabel}</th><th scope="col">{props.afterLabel}</th></tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr>
              <th scope="row">{props.labels?.[c.field] ?? t(c.label)}</th>
              {c.parts ? (
                <td colspan={2}><DiffParts parts={c.parts} /></td>
              ) : (
                <>
                  <td><del>{c.before}</del></td>
                  <td><ins>{c.after}</ins></td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The revisions of an item, newest first: version (linking to its diff), when, who, what. */
export function RevisionTable(props: {
  t: Translate; entries: RevisionEntry[]; currentVersion: number; href: (version: number) => string; fields: readonly ContentField[]; labels?: Record<string, string>;
}) {
  const { t } = props;
  return (
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('editorial.workflow.version')}</th>
            <th scope="col">{t('editorial.history.when')}</th>
            <th scope="col">{t('editorial.history.who')}</th>
            <th scope="col">{t('editorial.history.what')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <th scope="row"><a href={props.href(e.version)}>{e.version}</a>{e.version === props.currentVersion ? ` ${t('editorial.history.current')}` : ''}</th>
              <td><time datetime={e.created_at}>{formatInstant(e.created_at)}</time></td>
              <td>{e.user_name ?? t('editorial.history.system')}</td>
              <td>{revisionSummary(t, e, props.fields, props.labels)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Every revision of an item, newest first, linking to each one's diff. `base` is the item's staff
 * address (`/admin/resources/7`, `/admin/pages/3`); `back` the link text to it; `empty` what to say
 * when nothing is recorded yet.
 */
export function HistoryPage(props: {
  t: Translate; base: string; back: string; title: string; entries: RevisionEntry[]; currentVersion: number;
  fields: readonly ContentField[]; labels?: Record<string, string>; empty?: string; done?: string;
}) {
  const { t, base } = props;
  return (
    <>
      <p><a href={base}>{props.back}</a></p>
      <h1>{t('editorial.history.title', { title: props.title })}</h1>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      {props.entries.length === 0 && props.empty ? <p>{props.empty}</p> : (
        <RevisionTable t={t} entries={props.entries} currentVersion={props.currentVersion} fields={props.fields} labels={props.labels}
          href={(v) => `${base}/history/${v}`} />
      )}
    </>
  );
}

/** One revision of an item compared with an earlier one, with a button to restore it. */
export function RevisionPage(props: {
  t: Translate; base: string; title: string; version: number; fromVersion: number | null; currentVersion: number; labels?: Record<string, string>;
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
