import type { Db } from '../../db/database.ts';
import type { ContentField } from '../../content/revision.ts';
import type { ContentMeta, ContentStore, ContentType, Step } from '../../content/type.ts';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../content/workflow.ts';
import { can, type Action } from '../admin/index.ts';
import { IdCache, applySeriesCount, ensureType, linkReferences, upsertResource } from '../resources/index.ts';
import { findEditableResource } from './editorial.repo.ts';
import { checkCurrency, checkReferences, inputOf, slugTakenText, toResourceWrite, validInput } from './editorial.rules.ts';
import type { ResourceInput, ResourceSnapshot } from './editorial.schema.ts';
import { claimVersion, deleteResourceRow, insertDraftRow, publishDueRows, setSlug } from './editorial.write.repo.ts';
import { resourceTransitionText } from './workflow.ts';

/** The policy action each step on a resource needs. */
export const RESOURCE_POLICY: Readonly<Record<Step, Action>> = {
  create: 'resource.create',
  edit: 'resource.edit',
  delete: 'resource.delete',
  submit: 'resource.submit',
  withdraw: 'resource.review',
  publish: 'resource.publish',
  schedule: 'resource.schedule',
  unpublish: 'resource.unpublish',
  archive: 'resource.archive',
  reopen: 'resource.edit',
};

type Series = ResourceSnapshot['series'];
type Attachments = ResourceSnapshot['attachments'];

/**
 * A resource's fields in reading order, as revisions, diffs and "Edited …" name them. A new
 * field goes here (label, prose) and in editorial.schema.ts, findEditableResource and the form.
 */
export const RESOURCE_FIELDS: readonly ContentField[] = [
  { name: 'title', label: 'editorial.diff.label.title', prose: true },
  { name: 'summary', label: 'editorial.diff.label.summary', prose: true },
  { name: 'body', label: 'editorial.diff.label.body', prose: true },
  { name: 'slug', label: 'editorial.diff.label.slug' },
  { name: 'type', label: 'editorial.diff.label.type' },
  { name: 'topics', label: 'editorial.diff.label.topics' },
  { name: 'language', label: 'editorial.diff.label.language' },
  { name: 'audience', label: 'editorial.diff.label.audience' },
  { name: 'publishedOn', label: 'editorial.diff.label.publishedOn' },
  { name: 'updatedOn', label: 'editorial.diff.label.updatedOn' },
  { name: 'reviewedOn', label: 'editorial.diff.label.reviewedOn' },
  {
    name: 'updates', label: 'editorial.diff.label.updates',
    show: (v) => { const list = v as ResourceSnapshot['updates']; return list.length ? list.map((u) => `${u.on}: ${u.note}`).join('; ') : '—'; },
  },
  {
    name: 'authors', label: 'editorial.diff.label.authors',
    // Revisions from before affiliations hold plain names.
    show: (v) => {
      const list = v as (ResourceSnapshot['authors'][number] | string)[];
      return list.length ? list.map((a) => (typeof a === 'string' ? a : a.affiliation ? `${a.name} (${a.affiliation})` : a.name)).join(', ') : '—';
    },
  },
  { name: 'series', label: 'editorial.diff.label.series', show: (v) => { const s = v as NonNullable<Series>; return `${s.slug}, part ${s.part} of ${s.of}`; } },
  { name: 'translationOf', label: 'editorial.diff.label.translationOf' },
  { name: 'supersedes', label: 'editorial.diff.label.supersedes' },
  { name: 'status', label: 'editorial.diff.label.status' },
  { name: 'publishAt', label: 'editorial.diff.label.publishAt' },
  {
    name: 'attachments', label: 'editorial.diff.label.attachments',
    // Title and file name, in list order, so a renamed or reordered attachment shows in the diff.
    show: (v) => { const list = v as Attachments; return list.length ? list.map((a) => (a.title && a.title !== a.filename ? `${a.title} (${a.filename})` : a.filename)).join(', ') : '—'; },
  },
];

/** Where resources live: the resources feature's writer and this feature's repositories. */
const store: ContentStore<ResourceInput, ResourceSnapshot> = {
  find: findEditableResource,
  async insert(trx, input, authorId, now) {
    const cache = new IdCache();
    const typeId = await ensureType(trx, input.type, cache);
    // The row is inserted first so a taken slug fails here instead of updating its owner.
    const id = await insertDraftRow(trx, {
      slug: input.slug, type_id: typeId, title: input.title, summary: input.summary, body: input.body, language: input.language,
      audience: input.audience, published_on: input.publishedOn, author_id: authorId, now,
    });
    await upsertResource(trx, toResourceWrite(input, 'draft'), now, cache, { keepAttachments: true, keepVersion: true });
    await linkReferences(trx, { ...input, status: 'draft' });
    return id;
  },
  async write(trx, id, input, before, now) {
    // The shared writer finds the row by slug, so a new slug is set on the row first.
    await setSlug(trx, id, input.slug);
    await upsertResource(trx, toResourceWrite(input, before.meta.status), now, new IdCache(), { keepAttachments: true, keepVersion: true });
    await linkReferences(trx, { ...input, status: before.meta.status });
  },
  claim: claimVersion,
  remove: deleteResourceRow,
  publishDue: publishDueRows,
  stepPatch(before: ContentMeta, action: WorkflowAction, to, now) {
    // A first publication sets `posted_at` (so the item tops "Latest Items"); a later one keeps it.
    if (before.status === 'published' && to !== 'published') return { first_published_at: before.first_published_at ?? before.posted_at ?? null };
    if (action === 'publish' && before.first_published_at === null) return { first_published_at: now, posted_at: now };
    return {};
  },
  // Its series' part count, as this resource gives it, is what readers now see.
  afterPublish: (trx: Db, ids: number[]) => applySeriesCount(trx, ids),
};

/** Resources as a content type of the editorial engine (src/content). */
export const resourceType: ContentType<ResourceInput, ResourceSnapshot> = {
  name: 'resource',
  fields: RESOURCE_FIELDS,
  parse: validInput,
  async check(db, input, selfId, now) {
    checkCurrency(input, now);
    await checkReferences(db, input, selfId);
  },
  inputOf,
  steps: WORKFLOW_ACTIONS,
  audited: new Set<WorkflowAction>(['publish', 'schedule', 'unpublish', 'archive']),
  policy: (actor, step, item) => can(actor, RESOURCE_POLICY[step], { authorId: item.author_id, status: item.status }),
  texts: {
    missing: { key: 'editorial.error.not_found' },
    conflict: { key: 'editorial.error.conflict' },
    forbidden: { key: 'admin.error.forbidden' },
    noVersion: (version) => ({ key: 'editorial.error.no_version', params: { version } }),
    slugTaken: slugTakenText,
    transition: resourceTransitionText,
    restore: (version) => ({ key: 'editorial.error.restore', params: { version } }),
    schedule: {
      missing: { key: 'editorial.error.publishAt.missing' }, past: { key: 'editorial.error.publishAt.past' }, far: { key: 'editorial.error.publishAt.far' },
    },
  },
  store,
};
