import type { ContentField } from '../../../content/revision.ts';
import { invalidFields, type FieldTexts } from '../../../content/refusal.ts';
import type { ContentStore, ContentType, Step } from '../../../content/type.ts';
import { WORKFLOW_ACTIONS, type PersonAction, type WorkflowAction } from '../../../content/workflow.ts';
import { can, type Action } from '../../admin/index.ts';
import {
  claimDocumentVersion, deleteDocumentRow, documentIdBySlug, findDocument, insertDocumentRow, publishDueDocumentRows, writeDocumentFields,
} from './documents.repo.ts';
import { DOCUMENT_KINDS, KINDS, inputOfSnapshot, parseDocumentInput, type DocumentInput, type DocumentKind, type DocumentSnapshot } from './kinds.ts';

/** The policy action each step on a project, statement or page needs. */
export const DOCUMENT_POLICY: Readonly<Record<Step, Action>> = {
  create: 'document.create',
  edit: 'document.edit',
  delete: 'document.delete',
  submit: 'document.submit',
  withdraw: 'document.review',
  publish: 'document.publish',
  schedule: 'document.schedule',
  unpublish: 'document.unpublish',
  archive: 'document.archive',
  reopen: 'document.edit',
};

/**
 * A kind's fields in reading order, as revisions, diffs and "Edited …" name them; the labels are
 * the ones its form uses. A new field goes here, in kinds.ts (schema, snapshot) and the repository.
 */
export function documentFields(kind: DocumentKind): readonly ContentField[] {
  const spec = KINDS[kind];
  return [
    { name: 'title', label: spec.labels.title, prose: true },
    { name: 'summary', label: 'editorial.field.summary', prose: true },
    { name: 'body', label: 'editorial.field.body', prose: true },
    { name: 'slug', label: 'editorial.field.slug' },
    ...(spec.extra.includes('position') ? [{ name: 'position', label: 'documents.field.position' } as const] : []),
    ...(spec.extra.includes('publishedOn') ? [{ name: 'publishedOn', label: 'editorial.field.publishedOn' } as const] : []),
    { name: 'status', label: 'editorial.list.col.state' },
    { name: 'publishAt', label: 'editorial.workflow.scheduled_for' },
  ];
}

function storeOf(kind: DocumentKind): ContentStore<DocumentInput, DocumentSnapshot> {
  return {
    find: (db, id) => findDocument(db, kind, id),
    insert: (db, input, authorId, now) => insertDocumentRow(db, kind, input, authorId, now),
    write: (db, id, input, _before, now) => writeDocumentFields(db, kind, id, input, now),
    claim: (db, id, expected, now, patch) => claimDocumentVersion(db, kind, id, expected, now, patch),
    remove: async (db, id, expected) => ((await deleteDocumentRow(db, kind, id, expected)) ? [] : undefined),
    publishDue: (db, now) => publishDueDocumentRows(db, kind, now),
  };
}

/** Projects, statements and pages as content types of the editorial engine (src/content). */
function documentType(kind: DocumentKind): ContentType<DocumentInput, DocumentSnapshot> {
  const noun = { key: KINDS[kind].labels.noun };
  return {
    name: kind,
    fields: documentFields(kind),
    parse(raw) {
      const parsed = parseDocumentInput(kind, raw);
      if (parsed.ok) return parsed.value;
      const fields: FieldTexts = {};
      for (const [field, key] of Object.entries(parsed.errors)) if (key) fields[field] = { key };
      throw invalidFields(fields, { key: 'documents.error.fields' });
    },
    async check(db, input, selfId) {
      const owner = await documentIdBySlug(db, kind, input.slug);
      if (owner !== undefined && owner !== selfId) throw invalidFields({ slug: { key: 'documents.error.slug.taken', params: { slug: input.slug } } }, { key: 'documents.error.fields' });
    },
    inputOf: (snapshot) => inputOfSnapshot(kind, snapshot),
    steps: WORKFLOW_ACTIONS,
    audited: new Set<WorkflowAction>(['publish', 'schedule', 'unpublish', 'archive']),
    policy: (actor, step, item) => can(actor, DOCUMENT_POLICY[step], { authorId: item.author_id, status: item.status }),
    texts: {
      missing: { key: 'documents.error.not_found', parts: { noun } },
      conflict: { key: 'documents.error.conflict', parts: { noun } },
      forbidden: { key: 'admin.error.forbidden' },
      noVersion: (version) => ({ key: 'documents.error.no_version', params: { version } }),
      slugTaken: (slug) => ({ key: 'documents.error.slug.taken', params: { slug } }),
      transition: (from, action) => ({
        key: 'documents.error.transition',
        parts: { noun, state: { key: `editorial.state.${from}` }, action: { key: `editorial.action.${action as PersonAction}` } },
      }),
      restore: (version) => ({ key: 'documents.error.restore', params: { version, problems: '' } }),
      schedule: { missing: { key: 'documents.error.schedule.missing' }, past: { key: 'documents.error.schedule.past' }, far: { key: 'documents.error.schedule.missing' } },
    },
    store: storeOf(kind),
  };
}

/** The content type of each kind. */
export const DOCUMENT_TYPES: Readonly<Record<DocumentKind, ContentType<DocumentInput, DocumentSnapshot>>> = Object.fromEntries(
  DOCUMENT_KINDS.map((kind) => [kind, documentType(kind)]),
) as Record<DocumentKind, ContentType<DocumentInput, DocumentSnapshot>>;
