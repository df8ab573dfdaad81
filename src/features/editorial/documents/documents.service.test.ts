import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../../test/support/app.ts';
import { createUser } from '../../../../test/support/auth.ts';
import { currentGeneration } from '../../../db/generation.ts';
import { WORKFLOW_ACTIONS, nextState } from '../workflow.ts';
import { RESOURCE_STATUSES } from '../../resources/resources.table.ts';
import { refused } from '../../../content/refusal.ts';
import type { DocumentInput } from './kinds.ts';
import { findDocument } from './documents.repo.ts';
import { documentHistory, documentRevisionDiff } from './documents.revisions.ts';
import {
  createDocument, deleteDocument, restoreDocument, saveDocument, transitionDocument, type DocumentAuditEvent, type DocumentDeps, type PersonAction,
} from './documents.service.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './kinds.ts';
import { documentInput } from '../../../../test/support/factories.ts';

describeEachDialect('documents service (projects, statements, pages)', (env) => {
  const audits: DocumentAuditEvent[] = [];
  const deps = (): DocumentDeps => ({ db: env().db, clock: env().clock, audit: async (_db, e) => { audits.push(e); } });

  for (const kind of DOCUMENT_KINDS) {
    it(`creates a ${kind} draft with revision 1, authored by the creator, not public`, async () => {
      const author = await createUser(env(), 'author');
      const input = documentInput(kind);
      const { id, version } = await createDocument(deps(), kind, author, input);
      assert.equal(version, 1);
      const stored = await findDocument(env().db, kind, id);
      assert.equal(stored?.meta.status, 'draft');
      assert.equal(stored?.meta.author_id, author.id);
      assert.equal(stored?.snapshot.title, input.title);
      const history = await documentHistory(env().db, kind, id);
      assert.deepEqual(history.map((h) => [h.version, h.summary, h.user_name]), [[1, 'Created', author.name]]);
      const path = { project: '/projects/', statement: '/statements/', page: '/pages/' }[kind] + input.slug;
      assert.equal((await env().get(path)).status, 404);
    });
  }

  it('refuses invalid fields and a taken slug by field, writing nothing', async () => {
    const before = await currentGeneration(env().db);
    await assert.rejects(createDocument(deps(), 'project', null, documentInput('project', { title: ' ', slug: 'Bad Slug', summary: '', position: -1 })), (err: unknown) => {
      assert.ok(refused(err, 'invalid'));
      assert.equal(err.status, 400);
      assert.deepEqual(Object.keys(err.fields).sort(), ['position', 'slug', 'summary', 'title']);
      assert.equal(err.fields.slug?.key, 'documents.error.slug.pattern');
      return true;
    });
    await assert.rejects(createDocument(deps(), 'statement', null, documentInput('statement', { publishedOn: '2024-02-30' })),
      (err: unknown) => refused(err, 'invalid') && err.fields.publishedOn?.key === 'documents.error.publishedOn');
    await assert.rejects(createDocument(deps(), 'page', null, documentInput('page', { slug: 'about', title: 'Hijacked' })), (err: unknown) => {
      assert.ok(refused(err, 'invalid'));
      assert.deepEqual(err.fields.slug, { key: 'documents.error.slug.taken', params: { slug: 'about' } });
      return true;
    });
    assert.equal(await currentGeneration(env().db), before, 'nothing written');
    const about = await env().db.selectFrom('pages').select(['title', 'status']).where('slug', '=', 'about').executeTakeFirstOrThrow();
    assert.deepEqual(about, { title: 'About Us', status: 'published' });
    // The same slug may be used by another kind: slugs are unique per table.
    const { id } = await createDocument(deps(), 'statement', null, documentInput('statement', { slug: 'about' }));
    assert.ok(id > 0);
  });

  it('refuses the second of two saves from the same version and keeps the first; the second text comes back', async () => {
    const { id } = await createDocument(deps(), 'page', null, documentInput('page'));
    const slug = (await findDocument(env().db, 'page', id))!.snapshot.slug;
    const first = documentInput('page', { slug, body: 'First editor’s body.' });
    const second = { ...first, body: 'Second editor’s body, typed at the same time.' };
    assert.equal((await saveDocument(deps(), 'page', null, id, 1, first)).version, 2);
    await assert.rejects(saveDocument(deps(), 'page', null, id, 1, second), (err: unknown) => {
      assert.ok(refused(err, 'conflict'));
      assert.equal(err.status, 409);
      assert.equal((err.submitted as DocumentInput).body, second.body);
      assert.equal(err.currentVersion, 2);
      assert.equal(err.text?.key, 'documents.error.conflict');
      return true;
    });
    assert.equal((await findDocument(env().db, 'page', id))?.snapshot.body, first.body);
    // Two at once: exactly one wins.
    const results = await Promise.allSettled([
      saveDocument(deps(), 'page', null, id, 2, { ...first, body: 'A' }), saveDocument(deps(), 'page', null, id, 2, { ...first, body: 'B' }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    assert.ok(results.some((r) => r.status === 'rejected' && refused(r.reason, 'conflict')));
  });

  it('follows the workflow table for every state and action, refusing the rest with the reason', async () => {
    const reach: Record<string, PersonAction[]> = {
      draft: [], review: ['submit'], scheduled: ['submit', 'schedule'], published: ['submit', 'publish'], archived: ['archive'],
    };
    for (const from of RESOURCE_STATUSES) {
      for (const action of WORKFLOW_ACTIONS.filter((a): a is PersonAction => a !== 'publishDue')) {
        const { id } = await createDocument(deps(), 'statement', null, documentInput('statement'));
        for (const step of reach[from]) await transitionDocument(deps(), 'statement', null, id, step, { publishAt: new Date('2025-01-01T00:00:00Z') });
        assert.equal((await findDocument(env().db, 'statement', id))?.meta.status, from);
        const to = nextState(from, action);
        const run = transitionDocument(deps(), 'statement', null, id, action, { publishAt: new Date('2025-02-01T00:00:00Z') });
        if (to === null) {
          await assert.rejects(run, (err: unknown) => refused(err, 'transition') && err.status === 409 && err.from === from && err.action === action, `${from} ${action}`);
        } else {
          assert.equal((await run).status, to, `${from} ${action}`);
        }
      }
    }
  });

  it('schedules only in the future, publishes with an audit entry, and records each step as a revision', async () => {
    audits.length = 0;
    const editor = await createUser(env(), 'editor');
    const { id } = await createDocument(deps(), 'project', editor, documentInput('project'));
    await transitionDocument(deps(), 'project', editor, id, 'submit');
    await assert.rejects(transitionDocument(deps(), 'project', editor, id, 'schedule', { publishAt: new Date('2024-01-01T00:00:00Z') }),
      (err: unknown) => refused(err, 'invalid') && err.fields.publishAt?.key === 'documents.error.schedule.past');
    await transitionDocument(deps(), 'project', editor, id, 'schedule', { publishAt: new Date('2024-12-01T09:00:00Z') });
    assert.equal((await findDocument(env().db, 'project', id))?.meta.publish_at, '2024-12-01T09:00:00.000Z');
    await transitionDocument(deps(), 'project', editor, id, 'publish');
    const meta = (await findDocument(env().db, 'project', id))!.meta;
    assert.equal(meta.status, 'published');
    assert.equal(meta.publish_at, null);
    assert.deepEqual(audits.map((a) => [a.action, a.subjectType, a.subjectId, a.userId]), [
      ['project.schedule', 'project', id, editor.id], ['project.publish', 'project', id, editor.id],
    ]);
    const history = await documentHistory(env().db, 'project', id);
    assert.deepEqual(history.map((h) => h.summary), ['Published', 'Scheduled for 2024-12-01 09:00 UTC', 'Submitted for review', 'Created']);
    await assert.rejects(transitionDocument(deps(), 'project', editor, id, 'publish', { expectedVersion: 1 }), (err: unknown) => refused(err, 'conflict'));
  });

  it('keeps revisions with a field-by-field and word diff, and restores an earlier one as a new version', async () => {
    const input = documentInput('statement', { summary: 'The original summary.' });
    const { id } = await createDocument(deps(), 'statement', null, input);
    await saveDocument(deps(), 'statement', null, id, 1, { ...input, summary: 'A revised summary.', publishedOn: '2024-11-05' });
    const diff = await documentRevisionDiff(env().db, 'statement', id, 2);
    assert.deepEqual(diff.changes.map((c) => c.field), ['summary', 'publishedOn']);
    assert.deepEqual(diff.changes[0].parts?.filter((p) => p.op !== 'same').map((p) => [p.op, p.value]), [['del', 'The original'], ['ins', 'A revised']]);
    assert.deepEqual([diff.changes[1].before, diff.changes[1].after], ['2024-11-01', '2024-11-05']);
    assert.equal((await documentHistory(env().db, 'statement', id))[0].summary, 'Edited summary and publication date');
    const { version } = await restoreDocument(deps(), 'statement', null, id, 1, 2);
    assert.equal(version, 3);
    const after = await findDocument(env().db, 'statement', id);
    assert.equal(after?.snapshot.summary, 'The original summary.');
    assert.equal(after?.snapshot.publishedOn, '2024-11-01');
    assert.equal((await documentHistory(env().db, 'statement', id))[0].summary, 'Restored version 1');
  });

  it('records a baseline revision the first time a seeded item changes', async () => {
    const row = await env().db.selectFrom('projects').select(['id', 'version']).where('slug', '=', 'new-americans-campaign').executeTakeFirstOrThrow();
    const doc = (await findDocument(env().db, 'project', row.id))!;
    await saveDocument(deps(), 'project', null, row.id, row.version, { ...doc.snapshot, summary: 'A new summary.' });
    const history = await documentHistory(env().db, 'project', row.id);
    assert.deepEqual(history.map((h) => [h.version, h.summary]), [[row.version + 1, 'Edited summary'], [row.version, 'As it was before its first edit here']]);
  });

  it('deletes with an audit entry, refusing a stale version', async () => {
    audits.length = 0;
    const kind: DocumentKind = 'page';
    const { id } = await createDocument(deps(), kind, null, documentInput(kind));
    await transitionDocument(deps(), kind, null, id, 'submit');
    await assert.rejects(deleteDocument(deps(), kind, null, id, 1), (err: unknown) => refused(err, 'conflict'));
    await deleteDocument(deps(), kind, null, id, 2);
    assert.equal(await findDocument(env().db, kind, id), undefined);
    assert.deepEqual(audits.map((a) => a.action), ['page.delete']);
  });
}, { dataset: 'tiny' });
