import { parseId } from '../../../platform/ids.ts';
import type { ErrorText } from '../../../platform/errors.ts';
import type { AppContext, CurrentUser } from '../../../platform/http.ts';
import type { MessageKey, Translate } from '../../../platform/i18n/index.ts';
import type { Site } from '../../../platform/site.ts';
import { can, type Action } from '../../admin/index.ts';
import { clientIp } from '../../../platform/client-ip.ts';
import { currentUser, doneMessage as resourceDoneMessage, forbidden, subjectOf } from '../editorial.http.ts';
import { allowedSteps } from '../../../content/change.ts';
import { ContentRefusal } from '../../../content/refusal.ts';
import { findDocument, type DocumentMeta, type EditableDocument } from './documents.repo.ts';
import { documentAudit, type DocumentDeps, type PersonAction } from './documents.service.ts';
import { DOCUMENT_POLICY as POLICY, DOCUMENT_TYPES as TYPES } from './documents.type.ts';
import { stepPolicy } from '../../../content/workflow.ts';
import { KINDS, type DocumentKind } from './kinds.ts';

/** The policy action each workflow action needs (the document types' policy). */
export const DOCUMENT_POLICY: Readonly<Record<PersonAction, Action>> = stepPolicy(POLICY);

/** Messages shown after a redirect, chosen by `?done=` from this fixed list. */
const DONE: Readonly<Record<string, MessageKey>> = {
  created: 'documents.done.created', saved: 'documents.done.saved', submit: 'documents.done.submit', withdraw: 'documents.done.withdraw',
  publish: 'documents.done.publish', schedule: 'documents.done.schedule', unpublish: 'documents.done.unpublish',
  archive: 'documents.done.archive', reopen: 'documents.done.reopen', restored: 'documents.done.restored', deleted: 'documents.done.deleted',
};

/** The `?done=` message of this request, if it names one. */
export function doneMessage(c: AppContext): string | undefined {
  return resourceDoneMessage(c, DONE);
}

/** The service's dependencies for this request (audit entries carry the client address). */
export function documentDeps(c: AppContext, site: Site): DocumentDeps {
  const { db, clock, config } = site.deps;
  return { db, clock, audit: documentAudit(clock, clientIp(c, config.trustProxy)) };
}

// The staff helpers every editorial screen shares.
export { currentUser, forbidden, subjectOf };

/** Editors and admins see every document; an author sees the ones they wrote and published ones. */
export function mayView(user: CurrentUser, meta: DocumentMeta): boolean {
  return can(user, 'document.review') || meta.author_id === user.id || meta.status === 'published';
}

/** The document of `kind` named by the `:id` path parameter, or a 404 in the page's language. */
export async function documentFromPath(c: AppContext, site: Site, kind: DocumentKind): Promise<EditableDocument> {
  const id = parseId(c.req.param('id'));
  const found = id === null ? undefined : await findDocument(site.deps.db, kind, id);
  if (!found) throw new ContentRefusal('missing', TYPES[kind].texts.missing);
  return found;
}

/** The workflow actions `user` may take on a document now. */
export function allowedActions(user: CurrentUser, kind: DocumentKind, meta: DocumentMeta): PersonAction[] {
  return allowedSteps(TYPES[kind], user, meta);
}

/** One service message in the page's language; `{noun}` is the kind's noun. */
export function translateText(t: Translate, kind: DocumentKind, text: ErrorText): string {
  return t(text.key, { noun: t(KINDS[kind].labels.noun), ...text.params });
}

/** Field problems (catalog keys from the service or the schema) in the page's language. */
export function fieldMessages(t: Translate, kind: DocumentKind, fields: Partial<Record<string, ErrorText | MessageKey>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) {
    if (text) out[field] = translateText(t, kind, typeof text === 'string' ? { key: text } : text);
  }
  return out;
}

/** Why a workflow move was refused, in the page's language. */
export function transitionMessage(t: Translate, kind: DocumentKind, err: ContentRefusal): string {
  const hint = (err.action === 'publish' || err.action === 'schedule') && err.from === 'draft' ? ` ${t('documents.error.transition.hint')}` : '';
  return t('documents.error.transition', {
    noun: t(KINDS[kind].labels.noun), state: t(`editorial.state.${err.from!}`), action: t(`editorial.action.${err.action as PersonAction}`),
  }) + hint;
}
