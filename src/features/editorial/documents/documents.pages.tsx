import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isoDate } from '../../../platform/clock.ts';
import { notFound } from '../../../platform/errors.ts';
import type { AppContext } from '../../../platform/http.ts';
import type { Site } from '../../../platform/site.ts';
import { adminPage } from '../../admin/index.ts';
import { can } from '../../admin/index.ts';
import { findUserById } from '../../users/index.ts';
import { diffDocuments } from './documents.diff.ts';
import type { ContentRefusal } from '../../../content/refusal.ts';
import { valuesFromInput, type DocumentFormValues } from './documents.form.ts';
import { allowedActions, currentUser, doneMessage, subjectOf } from './documents.http.ts';
import { findDocument } from './documents.repo.ts';
import { KINDS, blankDocumentInput, inputOfSnapshot, type DocumentInput, type DocumentKind } from './kinds.ts';
import { DocumentEditPage } from './views/DocumentEditPage.tsx';
import { DocumentForm } from './views/DocumentForm.tsx';

/** What a re-rendered edit page carries: the person's values and problems, or a conflict. */
export interface DocumentEditState {
  values?: DocumentFormValues;
  /** Problems by field, in the page's language. */
  errors?: Record<string, string>;
  conflict?: ContentRefusal;
  error?: string;
  scheduleError?: string;
  schedule?: { date: string; time: string; tz: string };
}

/** The "new project/statement/page" page, blank or refilled. */
export function renderNewDocument(c: AppContext, site: Site, kind: DocumentKind, state: DocumentEditState = {}, status: ContentfulStatusCode = 200) {
  const t = c.get('t');
  const spec = KINDS[kind];
  const values = state.values ?? valuesFromInput(blankDocumentInput(kind, isoDate(site.deps.clock.now())));
  return adminPage(c, site, t(spec.labels.new), (
    <>
      <p><a href={spec.adminPath}>{t('documents.list.back', { list: t(spec.labels.list) })}</a></p>
      <h1>{t(spec.labels.new)}</h1>
      {state.error ? <p class="notice notice-error" role="alert">{state.error}</p> : null}
      <DocumentForm t={t} spec={spec} action={spec.adminPath} values={values} errors={state.errors ?? {}} />
    </>
  ), status);
}

/**
 * The edit page of document `id` as stored now; with `state` it shows the person's own values
 * (after a problem) or the conflict with what someone else saved.
 */
export async function renderEditDocument(c: AppContext, site: Site, kind: DocumentKind, id: number, state: DocumentEditState = {}, status: ContentfulStatusCode = 200) {
  const t = c.get('t');
  const spec = KINDS[kind];
  const user = currentUser(c);
  const { db, clock } = site.deps;
  const current = await findDocument(db, kind, id);
  if (!current) throw notFound(t('documents.error.not_found', { noun: t(spec.labels.noun) }));
  const { meta, snapshot } = current;
  const author = meta.author_id ? await findUserById(db, meta.author_id) : undefined;
  const conflict = state.conflict?.submitted
    ? { storedVersion: meta.version, changes: diffDocuments(kind, inputOfSnapshot(kind, snapshot), state.conflict.submitted as DocumentInput) }
    : undefined;
  const tomorrow = new Date(clock.now().getTime() + 86_400_000);
  return adminPage(c, site, snapshot.title, (
    <DocumentEditPage
      t={t} spec={spec} title={snapshot.title} done={state.values || state.conflict ? undefined : doneMessage(c)} error={state.error} conflict={conflict}
      form={can(user, 'document.edit', subjectOf(meta)) ? {
        t, spec, action: `${spec.adminPath}/${id}`, values: state.values ?? valuesFromInput(snapshot), errors: state.errors ?? {},
        // After a conflict the form carries the stored version: saving again deliberately replaces it.
        version: meta.version,
      } : null}
      panel={{
        t, spec, meta, authorName: author?.name ?? null, actions: allowedActions(user, kind, meta), canDelete: can(user, 'document.delete', subjectOf(meta)),
        schedule: { ...(state.schedule ?? { date: isoDate(tomorrow), time: '09:00', tz: 'America/Los_Angeles' }), error: state.scheduleError },
      }}
    />
  ), status);
}
