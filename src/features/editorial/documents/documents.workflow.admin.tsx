import { parseId } from '../../../platform/ids.ts';
import { Hono } from 'hono';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../../platform/http.ts';
import type { Site } from '../../../platform/site.ts';
import { adminPage } from '../../admin/index.ts';
import { readFormFields } from '../../../platform/forms.ts';
import { authorize, can, type Action } from '../../admin/index.ts';
import { findUserById } from '../../users/index.ts';
import { isTimeZone, wallTimeToInstant } from '../schedule-time.ts';
import { refused } from '../../../content/refusal.ts';
import {
  DOCUMENT_POLICY, currentUser, doneMessage, documentDeps, documentFromPath, fieldMessages, forbidden, mayView, subjectOf, transitionMessage, translateText,
} from './documents.http.ts';
import { renderEditDocument } from './documents.pages.tsx';
import { DOCUMENT_TYPES } from './documents.type.ts';
import { documentHistory, documentRevisionDiff } from './documents.revisions.ts';
import { deleteDocument, restoreDocument, transitionDocument, type PersonAction } from './documents.service.ts';
import { DOCUMENT_KINDS, KINDS, type DocumentKind } from './kinds.ts';
import { HistoryPage, RevisionPage } from '../views/History.tsx';
import { documentFieldLabels } from './views/labels.ts';

/** Reads the submitted form's text fields (a body that is not a form is a 4xx). */
const fields = readFormFields;

/** Registers the workflow, delete, history and restore routes of one kind. */
function workflowRoutes(app: Hono<AppEnv>, site: Site, kind: DocumentKind) {
  const spec = KINDS[kind];
  const item = `${spec.adminPath}/:id{[0-9]+}`;

  /** Runs one workflow action; refusals re-render the edit page with the reason in the page's language. */
  const act = (action: PersonAction) => async (c: AppContext) => {
    const t = c.get('t');
    const form = await fields(c);
    const { meta } = await documentFromPath(c, site, kind);
    const user = currentUser(c);
    if (!can(user, DOCUMENT_POLICY[action], subjectOf(meta))) throw forbidden(c);
    const expectedVersion = parseId(form.version);
    if (expectedVersion === null) return renderEditDocument(c, site, kind, meta.id, { error: t('editorial.error.version') }, 400);
    const schedule = { date: form.date ?? '', time: form.time ?? '', tz: isTimeZone(form.tz ?? '') ? form.tz! : 'UTC' };
    let publishAt: Date | undefined;
    if (action === 'schedule') {
      const at = wallTimeToInstant(schedule.date, schedule.time, form.tz ?? '');
      if (!at) return renderEditDocument(c, site, kind, meta.id, { schedule, scheduleError: t('editorial.error.schedule') }, 400);
      publishAt = at;
    }
    try {
      await transitionDocument(documentDeps(c, site), kind, user, meta.id, action, { expectedVersion, publishAt });
    } catch (err) {
      if (refused(err, 'invalid')) {
        return renderEditDocument(c, site, kind, meta.id, { schedule, scheduleError: Object.values(fieldMessages(t, kind, err.fields)).join(' ') }, 400);
      }
      if (refused(err, 'transition')) return renderEditDocument(c, site, kind, meta.id, { error: transitionMessage(t, kind, err) }, 409);
      if (refused(err, 'conflict')) return renderEditDocument(c, site, kind, meta.id, { error: translateText(t, kind, err.text!) }, 409);
      throw err;
    }
    return c.redirect(`${spec.adminPath}/${meta.id}?done=${action}`, 303);
  };

  // The route guard is the coarse, role-level check (authors may submit their drafts; only editors publish).
  const guards: Record<PersonAction, Action> = { ...DOCUMENT_POLICY, submit: 'document.create', reopen: 'document.create' };
  for (const action of Object.keys(guards) as PersonAction[]) app.post(`${item}/${action}`, authorize(guards[action]), act(action));

  app.post(`${item}/delete`, authorize('document.delete'), async (c) => {
    const t = c.get('t');
    const form = await fields(c);
    const { meta } = await documentFromPath(c, site, kind);
    if (form.confirm !== 'yes') return renderEditDocument(c, site, kind, meta.id, { error: t('editorial.error.delete_confirm') }, 400);
    try {
      await deleteDocument(documentDeps(c, site), kind, currentUser(c), meta.id, parseId(form.version) ?? undefined);
    } catch (err) {
      if (refused(err, 'conflict')) return renderEditDocument(c, site, kind, meta.id, { error: translateText(t, kind, err.text!) }, 409);
      throw err;
    }
    return c.redirect(`${spec.adminPath}?done=deleted`, 303);
  });

  app.get(`${item}/history`, authorize('document.create'), async (c) => {
    const { meta, snapshot } = await documentFromPath(c, site, kind);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    const t = c.get('t');
    const entries = await documentHistory(site.deps.db, kind, meta.id);
    return adminPage(c, site, t('editorial.history.title', { title: snapshot.title }),
      <HistoryPage t={t} base={`${spec.adminPath}/${meta.id}`} back={t('documents.back')} empty={t('documents.history.none')} title={snapshot.title} entries={entries} currentVersion={meta.version}
        fields={DOCUMENT_TYPES[kind].fields} labels={documentFieldLabels(t, spec)} done={doneMessage(c)} />);
  });

  const revisionPage = async (c: AppContext, error?: string) => {
    const { meta, snapshot } = await documentFromPath(c, site, kind);
    const user = currentUser(c);
    if (!mayView(user, meta)) throw forbidden(c);
    const t = c.get('t');
    const version = parseId(c.req.param('version'));
    if (version === null) throw notFound();
    const from = parseId(c.req.query('from')) ?? version - 1;
    let diff: Awaited<ReturnType<typeof documentRevisionDiff>>;
    try {
      diff = await documentRevisionDiff(site.deps.db, kind, meta.id, version, from);
    } catch (err) {
      if (refused(err, 'missing') || (err instanceof AppError && err.code === 'not_found')) throw notFound(t('documents.error.no_version', { version }));
      throw err;
    }
    const who = diff.to.userId ? (await findUserById(site.deps.db, diff.to.userId))?.name ?? null : null;
    return adminPage(c, site, t('editorial.revision.title', { version, title: snapshot.title }), (
      <RevisionPage t={t} base={`${spec.adminPath}/${meta.id}`} title={snapshot.title} version={version} fromVersion={diff.from?.version ?? null}
        currentVersion={meta.version} labels={documentFieldLabels(t, spec)} who={who} when={diff.to.createdAt} revision={diff.to} fields={DOCUMENT_TYPES[kind].fields} changes={diff.changes}
        canRestore={can(user, 'document.edit', subjectOf(meta))} error={error} />
    ), error ? 409 : 200);
  };

  app.get(`${item}/history/:version{[0-9]+}`, authorize('document.create'), (c) => revisionPage(c));

  app.post(`${item}/history/:version{[0-9]+}/restore`, authorize('document.create'), async (c) => {
    const t = c.get('t');
    const expected = parseId((await fields(c)).version);
    const { meta } = await documentFromPath(c, site, kind);
    const user = currentUser(c);
    if (!can(user, 'document.edit', subjectOf(meta))) throw forbidden(c);
    const version = parseId(c.req.param('version'));
    if (version === null || expected === null) return revisionPage(c, t('editorial.error.version'));
    try {
      await restoreDocument(documentDeps(c, site), kind, user, meta.id, version, expected);
    } catch (err) {
      if (refused(err, 'restore')) {
        return revisionPage(c, t('documents.error.restore', { version, problems: Object.values(fieldMessages(t, kind, err.fields)).join(' ') }));
      }
      if (refused(err, 'conflict')) return revisionPage(c, translateText(t, kind, err.text!));
      if (refused(err, 'missing') || (err instanceof AppError && err.code === 'not_found')) throw notFound(t('documents.error.no_version', { version }));
      throw err;
    }
    return c.redirect(`${spec.adminPath}/${meta.id}/history?done=restored`, 303);
  });
}

/**
 * The workflow buttons (submit, publish, schedule, …), deletion, revision history with diffs and
 * restore for projects, statements and pages. Publishing, scheduling, unpublishing, archiving and
 * deleting are audited by the service in the same transaction as the change.
 */
export function documentsWorkflowAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  for (const kind of DOCUMENT_KINDS) workflowRoutes(app, site, kind);
  return app;
}
