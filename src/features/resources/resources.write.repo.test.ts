import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { refused } from '../../content/refusal.ts';
import { editorialAudit } from '../editorial/editorial.audit.ts';
import { findEditableResource } from '../editorial/editorial.repo.ts';
import { inputOf } from '../editorial/editorial.rules.ts';
import { saveDraft } from '../editorial/editorial.service.ts';
import { demoResources } from '../../../test/support/demo.ts';
import { upsertResource, type ResourceWrite } from './resources.write.repo.ts';

describeEachDialect('resource writer', (env) => {
  const demo = demoResources[0];
  const write = (title: string): ResourceWrite => ({
    slug: demo.slug, type: demo.type, title, summary: demo.summary, body: demo.body, topics: demo.topics, language: demo.language,
    audience: demo.audience, status: 'published', publishedOn: demo.publishedOn, updatedOn: demo.updatedOn ?? null, authors: demo.authors ?? [],
    series: null, translationOf: null, supersedes: [], attachments: [],
  });
  const row = () => env().db.selectFrom('resources').select(['id', 'version', 'title']).where('slug', '=', demo.slug).executeTakeFirstOrThrow();

  it('increments the version when it updates an existing resource, unless told the caller claimed it', async () => {
    const before = await row();
    await env().db.transaction().execute((trx) => upsertResource(trx, write('Updated by an import'), '2024-11-08T12:00:00.000Z'));
    const after = await row();
    assert.equal(after.version, before.version + 1);
    assert.equal(after.title, 'Updated by an import');
    await env().db.transaction().execute((trx) => upsertResource(trx, write('Updated by the editor'), '2024-11-08T12:00:00.000Z', undefined, { keepVersion: true }));
    assert.equal((await row()).version, after.version);
  });

  it('makes an editor’s form opened before an import stale, so the import is not overwritten silently', async () => {
    const { id, version } = await row();
    const opened = (await findEditableResource(env().db, id))!;
    await env().db.transaction().execute((trx) => upsertResource(trx, write('Changed by a later import'), '2024-11-08T12:00:00.000Z'));
    const deps = { db: env().db, clock: env().clock, audit: editorialAudit(env().clock) };
    await assert.rejects(saveDraft(deps, null, id, version, { ...inputOf(opened.snapshot), summary: 'Editor text' }), (err: unknown) => refused(err, 'conflict'));
    assert.equal((await row()).title, 'Changed by a later import');
  });
});
