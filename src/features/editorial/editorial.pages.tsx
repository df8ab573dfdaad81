import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isoDate } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { can } from '../admin/index.ts';
import { findUserById } from '../users/index.ts';
import { outdatedTranslation } from '../resources/index.ts';
import { formatDate } from '../../platform/i18n/index.ts';
import { diffRevisions } from './diff.ts';
import { findEditableResource, listAttachments } from './editorial.repo.ts';
import type { ContentRefusal } from '../../content/refusal.ts';
import { formFromInput, type ResourceFormValues } from './editorial.form.ts';
import { allowedActions, currentUser, doneMessage, subjectOf } from './editorial.http.ts';
import { inputOf } from './editorial.rules.ts';
import type { ResourceInput } from './editorial.schema.ts';
import type { FieldErrors } from '../../platform/forms.ts';
import { blankResourceInput } from './editorial.schema.ts';
import { taxonomyChoices } from './staff.repo.ts';
import { EditPage } from './views/EditPage.tsx';
import { authorityPanel, type AuthorityFormState } from './editorial.authorities.ts';
import { ResourceForm } from './views/ResourceForm.tsx';
import { notFound } from '../../platform/errors.ts';

/** What a re-rendered edit page carries: the person's values and problems, or a conflict. */
export interface EditState {
  values?: ResourceFormValues;
  errors?: FieldErrors;
  conflict?: ContentRefusal;
  error?: string;
  scheduleError?: string;
  schedule?: { date: string; time: string; tz: string };
  /** The authorities form as refused (editorial.authorities.ts). */
  authorities?: AuthorityFormState;
}

/** The "new resource" page, blank or refilled. */
export async function renderNew(c: AppContext, site: Site, state: EditState = {}, status: ContentfulStatusCode = 200) {
  const t = c.get('t');
  const { types, topics } = await taxonomyChoices(site.deps.db);
  const values = state.values ?? formFromInput(blankResourceInput(isoDate(site.deps.clock.now())));
  return adminPage(c, site, t('editorial.new.title'), (
    <>
      <p><a href="/admin/resources">{t('editorial.list.back')}</a></p>
      <h1>{t('editorial.new.title')}</h1>
      {state.error ? <p class="notice notice-error" role="alert">{state.error}</p> : null}
      <ResourceForm t={t} action="/admin/resources" values={values} errors={state.errors ?? {}} types={types} topics={topics}
        attachments={[]} maxUploadBytes={site.deps.config.uploadMaxBytes} />
    </>
  ), status);
}

/**
 * The edit page of resource `id` as stored now; with `state` it shows the person's own values
 * (after a problem) or the conflict with what someone else saved.
 */
export async function renderEdit(c: AppContext, site: Site, id: number, state: EditState = {}, status: ContentfulStatusCode = 200) {
  const t = c.get('t');
  const user = currentUser(c);
  const { db, config, clock } = site.deps;
  const current = await findEditableResource(db, id);
  if (!current) throw notFound(t('editorial.error.not_found'));
  const { meta, snapshot } = current;
  const [{ types, topics }, author, attachments, outdated] = await Promise.all([
    taxonomyChoices(db),
    meta.author_id ? findUserById(db, meta.author_id) : Promise.resolve(undefined),
    listAttachments(db, id),
    outdatedTranslation(db, id),
  ]);
  const editable = can(user, 'resource.edit', subjectOf(meta));
  const authorities = await authorityPanel(db, t, id, snapshot, { editable, published: meta.status === 'published', state: state.authorities });
  const conflict = state.conflict?.submitted
    ? { storedVersion: meta.version, changes: diffRevisions(inputOf(snapshot), state.conflict.submitted as ResourceInput) }
    : undefined;
  const tomorrow = new Date(clock.now().getTime() + 86_400_000);
  return adminPage(c, site, snapshot.title, (
    <EditPage
      t={t} title={snapshot.title} done={state.values || state.conflict || state.authorities ? undefined : doneMessage(c)} error={state.error} conflict={conflict}
      readOnlyReason={t('editorial.readonly')} authorities={authorities}
      outdated={outdated ? t('editorial.translation.outdated', { slug: outdated.slug, date: formatDate(outdated.changed, c.get('locale')) }) : undefined}
      form={editable ? {
        t, action: `/admin/resources/${id}`, values: state.values ?? formFromInput(snapshot), errors: state.errors ?? {},
        // After a conflict the form carries the stored version: saving again deliberately replaces it.
        version: meta.version, types, topics, attachments, maxUploadBytes: config.uploadMaxBytes,
      } : null}
      panel={{
        t, meta, authorName: author?.name ?? null, actions: allowedActions(user, meta), canDelete: can(user, 'resource.delete'),
        schedule: { ...(state.schedule ?? { date: isoDate(tomorrow), time: '09:00', tz: 'America/Los_Angeles' }), error: state.scheduleError },
      }}
    />
  ), status);
}
