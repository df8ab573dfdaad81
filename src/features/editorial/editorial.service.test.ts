import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { currentGeneration } from '../../db/generation.ts';
import { AppError, inEnglish } from '../../platform/errors.ts';
import { refused } from '../../content/refusal.ts';
import { findEditableResource } from './editorial.repo.ts';
import type { ResourceInput } from './editorial.schema.ts';
import {
  archive, createDraft, deleteResource, publish, restoreRevision, saveDraft, schedule, submitForReview, transition, unpublish,
  type EditorialAuditEvent, type EditorialDeps,
} from './editorial.service.ts';
import { resourceHistory, resourceRevision, resourceRevisionDiff } from './revisions.service.ts';
import { createUser } from '../../../test/support/auth.ts';
import { draftInput } from '../../../test/support/factories.ts';

describeEachDialect('editorial service', (env) => {
  const audits: EditorialAuditEvent[] = [];
  const deps = (): EditorialDeps => ({ db: env().db, clock: env().clock, audit: async (_db, e) => { audits.push(e); } });

  it('creates a draft with revision 1, authored by the creator, invisible to the public', async () => {
    const author = await createUser(env(), 'author');
    const input = draftInput({ slug: 'draft-visible-test', topics: ['removal-defense', 'crimes-and-immigration'] });
    const { id, version } = await createDraft(deps(), author, input);
    assert.equal(version, 1);
    const stored = await findEditableResource(env().db, id);
    assert.equal(stored?.meta.status, 'draft');
    assert.equal(stored?.meta.author_id, author.id);
    assert.deepEqual(stored?.snapshot.topics, ['crimes-and-immigration', 'removal-defense']);
    const history = await resourceHistory(env().db, id);
    assert.deepEqual(history.map((h) => [h.version, h.summary, h.user_id, h.user_name]), [[1, 'Created', author.id, author.name]]);
    assert.equal((await env().get('/resources/draft-visible-test')).status, 404);
  });

  it('refuses bad fields and unknown references, by field, writing nothing', async () => {
    const before = await currentGeneration(env().db);
    await assert.rejects(createDraft(deps(), null, draftInput({ title: ' ', slug: 'Bad Slug', publishedOn: '2024-02-30' })), (err: unknown) => {
      assert.ok(refused(err, 'invalid'));
      assert.equal(err.status, 400);
      assert.deepEqual(Object.keys(err.fields).sort(), ['publishedOn', 'slug', 'title']);
      return true;
    });
    await assert.rejects(createDraft(deps(), null, draftInput({ type: 'no-such-type', topics: ['nope'], supersedes: ['missing-one'] })), (err: unknown) => {
      assert.ok(refused(err, 'invalid'));
      assert.deepEqual(Object.keys(err.fields).sort(), ['supersedes', 'topics', 'type']);
      return true;
    });
    const taken = 'local-policy-interventions-for-protecting-immigrants';
    await assert.rejects(createDraft(deps(), null, draftInput({ slug: taken })), (err: unknown) => refused(err, 'invalid') && /already uses/.test(inEnglish(err.fields.slug!)));
    assert.equal(await currentGeneration(env().db), before);
    const featured = await env().db.selectFrom('resources').select(['title', 'status']).where('slug', '=', taken).executeTakeFirstOrThrow();
    assert.equal(featured.status, 'published');
    assert.notEqual(featured.title, draftInput().title);
  });

  it('refuses the second of two saves from the same version, keeps the first and returns the second text', async () => {
    const { id } = await createDraft(deps(), null, draftInput());
    const first = draftInput({ slug: (await findEditableResource(env().db, id))!.snapshot.slug, body: 'First editor’s body.' });
    const second = { ...first, body: 'Second editor’s body, typed at the same time.' };
    const saved = await saveDraft(deps(), null, id, 1, first);
    assert.equal(saved.version, 2);
    await assert.rejects(saveDraft(deps(), null, id, 1, second), (err: unknown) => {
      assert.ok(refused(err, 'conflict'));
      assert.equal(err.status, 409);
      assert.equal(err.code, 'conflict');
      assert.equal((err.submitted as ResourceInput).body, second.body);
      assert.equal(err.currentVersion, 2);
      assert.equal(err.expectedVersion, 1);
      assert.match(err.message, /Someone else saved this resource/);
      return true;
    });
    const stored = await findEditableResource(env().db, id);
    assert.equal(stored?.snapshot.body, first.body);
    assert.equal(stored?.meta.version, 2);
  });

  it('lets exactly one of two concurrent saves win', async () => {
    const { id } = await createDraft(deps(), null, draftInput());
    const slug = (await findEditableResource(env().db, id))!.snapshot.slug;
    const results = await Promise.allSettled([
      saveDraft(deps(), null, id, 1, draftInput({ slug, body: 'A' })),
      saveDraft(deps(), null, id, 1, draftInput({ slug, body: 'B' })),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.ok(refused(loser.reason, 'conflict'), String(loser.reason));
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    assert.equal((await findEditableResource(env().db, id))?.snapshot.body, winner === 0 ? 'A' : 'B');
    assert.equal((await resourceHistory(env().db, id)).length, 2);
  });

  it('records every save as a revision with a diff, and restores an earlier one as a new revision', async () => {
    const editor = await createUser(env(), 'editor');
    const { id } = await createDraft(deps(), null, draftInput({ title: 'Original title', summary: 'Original summary.' }));
    const slug = (await findEditableResource(env().db, id))!.snapshot.slug;
    env().clock.set(new Date('2024-11-08T13:00:00Z'));
    await saveDraft(deps(), editor, id, 1, draftInput({ slug, title: 'Revised title', summary: 'Original summary.', topics: ['daca'] }));
    const diff = await resourceRevisionDiff(env().db, id, 2);
    assert.deepEqual(diff.changes.map((c) => c.field), ['title', 'topics']);
    assert.deepEqual(diff.changes[0].parts?.map((p) => [p.op, p.value]), [['del', 'Original'], ['ins', 'Revised'], ['same', ' title']]);
    const history = await resourceHistory(env().db, id);
    assert.deepEqual(history.map((h) => [h.version, h.summary, h.user_name, h.created_at]), [
      [2, 'Edited title and topics', editor.name, '2024-11-08T13:00:00.000Z'],
      [1, 'Created', null, '2024-11-08T12:00:00.000Z'],
    ]);

    const restored = await restoreRevision(deps(), editor, id, 1, 2);
    assert.equal(restored.version, 3);
    const now = await findEditableResource(env().db, id);
    assert.equal(now?.snapshot.title, 'Original title');
    assert.deepEqual(now?.snapshot.topics, ['crimes-and-immigration']);
    assert.equal((await resourceRevision(env().db, id, 3)).summary, 'Restored version 1');
    assert.deepEqual((await resourceRevisionDiff(env().db, id, 3, 1)).changes, []);
    await assert.rejects(restoreRevision(deps(), editor, id, 1, 2), (err: unknown) => refused(err, 'conflict'));
    await assert.rejects(restoreRevision(deps(), editor, id, 99, 3), (err: unknown) => err instanceof AppError && err.status === 404);
    env().clock.set(new Date('2024-11-08T12:00:00Z'));
  });

  it('keeps a baseline of seeded content on its first edit, so it can be restored', async () => {
    const row = await env().db.selectFrom('resources').select(['id', 'title', 'slug']).where('slug', '=', 'daca-renewal-guide').executeTakeFirst()
      ?? await env().db.selectFrom('resources').select(['id', 'title', 'slug']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    const current = (await findEditableResource(env().db, row.id))!;
    const { snapshot } = current;
    await saveDraft(deps(), null, row.id, current.meta.version, { ...snapshot, title: `${snapshot.title} (edited)` });
    const history = await resourceHistory(env().db, row.id);
    assert.deepEqual(history.map((h) => h.version), [current.meta.version + 1, current.meta.version]);
    assert.equal((await resourceRevision(env().db, row.id, current.meta.version)).snapshot.title, row.title);
    await restoreRevision(deps(), null, row.id, current.meta.version, current.meta.version + 1);
    assert.equal((await findEditableResource(env().db, row.id))?.snapshot.title, row.title);
  });

  it('runs the workflow: submit, publish (posted now, first time only), unpublish, republish, archive', async () => {
    audits.length = 0;
    const editor = await createUser(env(), 'editor');
    const { id } = await createDraft(deps(), null, draftInput({ title: 'Workflow resource title' }));
    const slug = (await findEditableResource(env().db, id))!.snapshot.slug;
    await assert.rejects(publish(deps(), editor, id), /cannot be published until it has been submitted/);
    await submitForReview(deps(), null, id);
    assert.equal((await findEditableResource(env().db, id))?.meta.submitted_at, '2024-11-08T12:00:00.000Z');
    const generation = await currentGeneration(env().db);
    env().clock.set(new Date('2024-11-09T08:30:00Z'));
    await publish(deps(), editor, id, 2);
    assert.ok((await currentGeneration(env().db)) > generation);
    let meta = (await findEditableResource(env().db, id))!.meta;
    assert.equal(meta.status, 'published');
    assert.equal(meta.posted_at, '2024-11-09T08:30:00.000Z');
    const page = await env().get(`/resources/${slug}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('Workflow resource title'));
    const home = await env().get('/');
    assert.ok(home.text.slice(home.text.indexOf('Latest Items')).includes(`href="/resources/${slug}"`), 'tops Latest Items');

    await unpublish(deps(), editor, id);
    assert.equal((await env().get(`/resources/${slug}`)).status, 404);
    env().clock.set(new Date('2024-11-10T08:30:00Z'));
    await submitForReview(deps(), null, id);
    await publish(deps(), editor, id);
    meta = (await findEditableResource(env().db, id))!.meta;
    assert.equal(meta.posted_at, '2024-11-09T08:30:00.000Z', 'a re-publication keeps its first posted time');
    await archive(deps(), editor, id);
    assert.equal((await findEditableResource(env().db, id))?.meta.status, 'archived');
    assert.equal((await env().get(`/resources/${slug}`)).status, 404);
    assert.deepEqual(audits.map((a) => [a.action, a.userId]), [
      ['resource.publish', editor.id], ['resource.unpublish', editor.id], ['resource.publish', editor.id], ['resource.archive', editor.id],
    ]);
    assert.deepEqual((await resourceHistory(env().db, id)).map((h) => h.summary), [
      'Archived', 'Published', 'Submitted for review', 'Unpublished', 'Published', 'Submitted for review', 'Created',
    ]);
    env().clock.set(new Date('2024-11-08T12:00:00Z'));
  });

  it('refuses a workflow action on a stale version', async () => {
    const { id } = await createDraft(deps(), null, draftInput());
    await submitForReview(deps(), null, id, 1);
    await assert.rejects(transition(deps(), null, id, 'publish', { expectedVersion: 1 }), (err: unknown) => refused(err, 'conflict'));
    assert.equal((await findEditableResource(env().db, id))?.meta.status, 'review');
  });

  it('schedules only in the future', async () => {
    const { id } = await createDraft(deps(), null, draftInput());
    await submitForReview(deps(), null, id);
    await assert.rejects(schedule(deps(), null, id, '2024-11-08T11:59:00Z'), (err: unknown) => refused(err, 'invalid') && /future/.test(inEnglish(err.fields.publishAt!)));
    await assert.rejects(schedule(deps(), null, id, 'not a date'), (err: unknown) => refused(err, 'invalid'));
    await schedule(deps(), null, id, '2024-11-08T18:00:00+02:00');
    const meta = (await findEditableResource(env().db, id))!.meta;
    assert.equal(meta.status, 'scheduled');
    assert.equal(meta.publish_at, '2024-11-08T16:00:00.000Z');
    await unpublish(deps(), null, id);
    assert.equal((await findEditableResource(env().db, id))?.meta.publish_at, null);
  });

  it('deletes a resource with an audit entry, keeping its revisions', async () => {
    audits.length = 0;
    const admin = await createUser(env(), 'admin');
    const { id } = await createDraft(deps(), null, draftInput());
    await assert.rejects(deleteResource(deps(), admin, id, 7), (err: unknown) => refused(err, 'conflict'));
    await deleteResource(deps(), admin, id, 1);
    assert.equal(await findEditableResource(env().db, id), undefined);
    assert.deepEqual(audits.map((a) => a.action), ['resource.delete']);
    assert.equal((await resourceHistory(env().db, id)).length, 1);
  });
}, { dataset: 'tiny' });
