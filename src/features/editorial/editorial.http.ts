import { parseId } from '../../platform/ids.ts';
import type { AppContext } from '../../platform/http.ts';
import { AppError } from '../../platform/errors.ts';
import { ContentRefusal } from '../../content/refusal.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import type { Site } from '../../platform/site.ts';
import { can, type Action, type Subject } from '../admin/index.ts';
import { clientIp } from '../../platform/client-ip.ts';
import type { CurrentUser } from '../../platform/http.ts';
import { databaseFault } from '../../db/faults.ts';
import { editorialAudit } from './editorial.audit.ts';
import { findEditableResource, type EditableResource, type EditorialMeta } from './editorial.repo.ts';
import type { EditorialDeps } from './editorial.service.ts';
import { RESOURCE_POLICY, resourceType } from './resources.type.ts';
import type { PersonAction } from './workflow.ts';
import { allowedSteps } from '../../content/change.ts';
import { stepPolicy } from '../../content/workflow.ts';

/** The policy action each workflow action needs (the resource type's policy). */
export const WORKFLOW_POLICY: Readonly<Record<PersonAction, Action>> = stepPolicy(RESOURCE_POLICY);

/** Messages shown after a redirect, chosen by `?done=` from this fixed list. */
export const DONE: Readonly<Record<string, MessageKey>> = {
  created: 'editorial.done.created', saved: 'editorial.done.saved', submit: 'editorial.done.submit', withdraw: 'editorial.done.withdraw',
  publish: 'editorial.done.publish', schedule: 'editorial.done.schedule', unpublish: 'editorial.done.unpublish',
  archive: 'editorial.done.archive', reopen: 'editorial.done.reopen', restored: 'editorial.done.restored', deleted: 'editorial.done.deleted',
  homepage: 'editorial.done.homepage',
  'authority-add': 'editorial.done.authority.add', 'authority-suppress': 'editorial.done.authority.suppress',
  'authority-superseded': 'editorial.done.authority.mark', 'authority-changed': 'editorial.done.authority.mark',
  'authority-removed': 'editorial.done.authority.removed',
};

/** The `?done=` message of this request from `messages` (the resource screens' by default), if it names one. */
export function doneMessage(c: AppContext, messages: Readonly<Record<string, MessageKey>> = DONE): string | undefined {
  const key = c.req.query('done');
  return key && Object.hasOwn(messages, key) ? c.get('t')(messages[key]) : undefined;
}

/** The editorial service's dependencies for this request (audit entries carry the client address). */
export function editorialDeps(c: AppContext, site: Site): EditorialDeps {
  const { db, clock, config } = site.deps;
  return { db, clock, audit: editorialAudit(clock, clientIp(c, config.trustProxy)) };
}

/** The policy subject of a resource, project, statement or page. */
export function subjectOf(meta: Pick<EditorialMeta, 'author_id' | 'status'>): Subject {
  return { authorId: meta.author_id, status: meta.status };
}

/** The signed-in user (the route guard has already required one). */
export function currentUser(c: AppContext): CurrentUser {
  const user = c.get('user');
  if (!user) throw new AppError('unauthorized', c.get('t')('admin.error.signin_required'));
  return user;
}

/** A 403 in the staff area's words: the content engine's refusal, as the engine's own policy check gives. */
export function forbidden(_c?: AppContext): ContentRefusal {
  return new ContentRefusal('forbidden', resourceType.texts.forbidden);
}

/** Editors and admins see every resource; an author sees the ones they wrote and published ones. */
export function mayView(user: CurrentUser, meta: EditorialMeta): boolean {
  return can(user, 'resource.review') || meta.author_id === user.id || meta.status === 'published';
}

/**
 * When a save failed because the database or disk is full: logs the real cause and returns the
 * message for the editor (their text is shown again with it, so nothing typed is lost);
 * otherwise null.
 */
export function storageFullMessage(c: AppContext, site: Site, err: unknown): string | null {
  if (databaseFault(err) !== 'full') return null;
  site.deps.logger.error({ err, path: c.req.path, user: c.get('user')?.id }, 'save failed: the database or disk is full');
  return c.get('t')('editorial.error.storage_full');
}

/** The resource named by the `:id` path parameter, or a 404. */
export async function resourceFromPath(c: AppContext, site: Site): Promise<EditableResource> {
  const id = parseId(c.req.param('id'));
  const found = id === null ? undefined : await findEditableResource(site.deps.db, id);
  if (!found) throw new ContentRefusal('missing', resourceType.texts.missing);
  return found;
}

/** The workflow actions `user` may take on a resource now. */
export function allowedActions(user: CurrentUser, meta: EditorialMeta): PersonAction[] {
  return allowedSteps(resourceType, user, meta);
}

