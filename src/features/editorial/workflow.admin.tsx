import { parseId } from '../../platform/ids.ts';
import { Hono } from 'hono';
import { notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { readFormFields } from '../../platform/forms.ts';
import { authorize, can, type Action } from '../admin/index.ts';
import { discardAttachments } from '../uploads/index.ts';
import { findUserById } from '../users/index.ts';
import { refused } from '../../content/refusal.ts';
import { WORKFLOW_POLICY, currentUser, doneMessage, editorialDeps, forbidden, mayView, resourceFromPath, subjectOf } from './editorial.http.ts';
import { renderEdit } from './editorial.pages.tsx';
import { resourceType } from './resources.type.ts';
import { deleteResource, restoreRevision, transition } from './editorial.service.ts';
import { resourceHistory, resourceRevisionDiff } from './revisions.service.ts';
import { isTimeZone, wallTimeToInstant } from './schedule-time.ts';
import { HistoryPage, RevisionPage } from './views/History.tsx';
import type { PersonAction } from './workflow.ts';

/** Reads the submitted form's text fields (a body that is not a form is a 4xx). */
const fields = readFormFields;

/**
 * The workflow buttons (submit, publish, schedule, …), revision history with diffs and restore,
 * and deletion. Publishing, scheduling, unpublishing, archiving and deleting are audited by the
 * service, in the same transaction as the change.
 */
export function workflowAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  const { config } = site.deps;

  /** Runs one workflow action; refusals re-render the edit page with the reason. */
  const act = (action: PersonAction) => async (c: AppContext) => {
    const { meta } = await resourceFromPath(c, site);
    const user = currentUser(c);
    if (!can(user, WORKFLOW_POLICY[action], subjectOf(meta))) throw forbidden(c);
    const form = await fields(c);
    const expectedVersion = parseId(form.version);
    if (expectedVersion === null) return renderEdit(c, site, meta.id, { error: c.get('t')('editorial.error.version') }, 400);
    let publishAt: Date | undefined;
    if (action === 'schedule') {
      const schedule = { date: form.date ?? '', time: form.time ?? '', tz: isTimeZone(form.tz ?? '') ? form.tz! : 'UTC' };
      const at = wallTimeToInstant(schedule.date, schedule.time, form.tz ?? '');
      if (!at) return renderEdit(c, site, meta.id, { schedule, scheduleError: c.get('t')('editorial.error.schedule') }, 400);
      publishAt = at;
    }
    try {
      await transition(editorialDeps(c, site), user, meta.id, action, { expectedVersion, publishAt });
    } catch (err) {
      if (refused(err, 'invalid')) {
        const schedule = { date: form.date ?? '', time: form.time ?? '', tz: form.tz ?? 'UTC' };
        return renderEdit(c, site, meta.id, { schedule, scheduleError: err.say(c.get('t')) }, 400);
      }
      if (refused(err, 'conflict', 'transition')) return renderEdit(c, site, meta.id, { error: err.say(c.get('t')) }, 409);
      throw err;
    }
    return c.redirect(`/admin/resources/${meta.id}?done=${action}`, 303);
  };

  // The route guard is the coarse, role-level check (authors may submit; only editors publish).
  const guards: Record<PersonAction, Action> = { ...WORKFLOW_POLICY, submit: 'resource.create', reopen: 'resource.create' };
  for (const action of Object.keys(guards) as PersonAction[]) {
    app.post(`/admin/resources/:id{[0-9]+}/${action}`, authorize(guards[action]), act(action));
  }

  app.post('/admin/resources/:id{[0-9]+}/delete', authorize('resource.delete'), async (c) => {
    const { meta } = await resourceFromPath(c, site);
    const form = await fields(c);
    if (form.confirm !== 'yes') return renderEdit(c, site, meta.id, { error: c.get('t')('editorial.error.delete_confirm') }, 400);
    try {
      const { removedKeys } = await deleteResource(editorialDeps(c, site), currentUser(c), meta.id, parseId(form.version) ?? undefined);
      await discardAttachments(config.dataDir, removedKeys);
    } catch (err) {
      if (refused(err, 'conflict')) return renderEdit(c, site, meta.id, { error: err.say(c.get('t')) }, 409);
      throw err;
    }
    return c.redirect('/admin/resources?done=deleted', 303);
  });

  app.get('/admin/resources/:id{[0-9]+}/history', authorize('resource.create'), async (c) => {
    const { meta, snapshot } = await resourceFromPath(c, site);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    const t = c.get('t');
    const entries = await resourceHistory(site.deps.db, meta.id);
    return adminPage(c, site, t('editorial.history.title', { title: snapshot.title }),
      <HistoryPage t={t} base={`/admin/resources/${meta.id}`} back={t('editorial.back_to_resource')} title={snapshot.title} entries={entries} currentVersion={meta.version} fields={resourceType.fields} done={doneMessage(c)} />);
  });

  const revisionPage = async (c: AppContext, error?: string) => {
    const { meta, snapshot } = await resourceFromPath(c, site);
    const user = currentUser(c);
    if (!mayView(user, meta)) throw forbidden(c);
    const version = parseId(c.req.param('version'));
    if (version === null) throw notFound();
    const from = parseId(c.req.query('from')) ?? version - 1;
    const diff = await resourceRevisionDiff(site.deps.db, meta.id, version, from);
    const who = diff.to.userId ? (await findUserById(site.deps.db, diff.to.userId))?.name ?? null : null;
    const t = c.get('t');
    return adminPage(c, site, t('editorial.revision.title', { version, title: snapshot.title }), (
      <RevisionPage t={t} base={`/admin/resources/${meta.id}`} title={snapshot.title} version={version} fromVersion={diff.from?.version ?? null} currentVersion={meta.version}
        who={who} when={diff.to.createdAt} revision={diff.to} fields={resourceType.fields} changes={diff.changes} canRestore={can(user, 'resource.edit', subjectOf(meta))} error={error} />
    ), error ? 409 : 200);
  };

  app.get('/admin/resources/:id{[0-9]+}/history/:version{[0-9]+}', authorize('resource.create'), (c) => revisionPage(c));

  app.post('/admin/resources/:id{[0-9]+}/history/:version{[0-9]+}/restore', authorize('resource.create'), async (c) => {
    const { meta } = await resourceFromPath(c, site);
    const user = currentUser(c);
    if (!can(user, 'resource.edit', subjectOf(meta))) throw forbidden(c);
    const version = parseId(c.req.param('version'));
    const expected = parseId((await fields(c)).version);
    if (version === null || expected === null) return revisionPage(c, c.get('t')('editorial.error.version'));
    try {
      await restoreRevision(editorialDeps(c, site), user, meta.id, version, expected);
    } catch (err) {
      if (refused(err, 'conflict', 'restore')) return revisionPage(c, err.say(c.get('t')));
      throw err;
    }
    return c.redirect(`/admin/resources/${meta.id}/history?done=restored`, 303);
  });

  return app;
}
