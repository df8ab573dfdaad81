// Permanent addresses: an editor changes a published item's slug and its old address (cited in
// briefs, bookmarked, printed) answers 301 to the new one, in every language and for every route
// under it; a slug a live item takes again, or a deleted item's, leads nowhere.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { documentInput, draftInput } from '../../../test/support/factories.ts';
import { createDocument, saveDocument, transitionDocument } from './documents/documents.service.ts';
import { createDraft, deleteResource, publish, saveDraft, submitForReview, type EditorialDeps } from './editorial.service.ts';
import { findEditableResource } from './editorial.repo.ts';

describeEachDialect('former addresses of renamed items', (env) => {
  const deps = (): EditorialDeps => ({ db: env().db, clock: env().clock });
  const location = async (path: string) => {
    const res = await env().request(path, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location') };
  };
  const published = async (slug: string, title?: string) => {
    const { id } = await createDraft(deps(), null, draftInput({ slug, ...(title ? { title } : {}) }));
    await submitForReview(deps(), null, id);
    await publish(deps(), null, id);
    return id;
  };
  const rename = async (id: number, slug: string) => {
    const found = (await findEditableResource(env().db, id))!;
    await saveDraft(deps(), null, id, found.meta.version, draftInput({ ...found.snapshot, slug }));
  };

  it('answers 301 from every old slug of a resource to its current address, keeping the language and the rest of the path', async () => {
    const id = await published('redirect-first-name');
    await rename(id, 'redirect-second-name');
    await rename(id, 'redirect-third-name');
    assert.deepEqual(await location('/resources/redirect-first-name'), { status: 301, location: '/resources/redirect-third-name' });
    assert.deepEqual(await location('/resources/redirect-second-name'), { status: 301, location: '/resources/redirect-third-name' });
    assert.deepEqual(await location('/es/resources/redirect-first-name'), { status: 301, location: '/es/resources/redirect-third-name' });
    assert.deepEqual(await location('/resources/redirect-first-name/cite.ris'), { status: 301, location: '/resources/redirect-third-name/cite.ris' });
    assert.equal((await env().get('/resources/redirect-third-name')).status, 200);
    assert.equal((await location('/resources/never-was-a-slug')).status, 404);
  });

  it('lets a live item take an old slug back, and forgets a deleted item\'s old slugs', async () => {
    const id = await published('redirect-taken-back');
    await rename(id, 'redirect-moved-on');
    assert.equal((await location('/resources/redirect-taken-back')).status, 301);
    await published('redirect-taken-back', 'The new owner of the address');
    const page = await env().get('/resources/redirect-taken-back');
    assert.equal(page.status, 200);
    assert.match(page.text, /The new owner of the address/);
    const { id: gone } = await createDraft(deps(), null, draftInput({ slug: 'redirect-deleted-old' }));
    await rename(gone, 'redirect-deleted-new');
    await deleteResource(deps(), null, gone);
    assert.equal((await location('/resources/redirect-deleted-old')).status, 404);
    const rows = await env().db.selectFrom('slug_redirects').select('old_slug').where('entity_id', '=', gone).where('entity_type', '=', 'resource').execute();
    assert.deepEqual(rows, []);
  });

  it('does not lead to an unpublished item', async () => {
    const { id } = await createDraft(deps(), null, draftInput({ slug: 'redirect-draft-old' }));
    await rename(id, 'redirect-draft-new');
    assert.equal((await location('/resources/redirect-draft-old')).status, 404);
  });

  it('redirects the former address of a page too', async () => {
    const { id } = await createDocument(deps(), 'page', null, documentInput('page', { slug: 'redirect-page-old' }));
    await transitionDocument(deps(), 'page', null, id, 'submit');
    const { version } = await transitionDocument(deps(), 'page', null, id, 'publish');
    await saveDocument(deps(), 'page', null, id, version, documentInput('page', { slug: 'redirect-page-new' }));
    assert.deepEqual(await location('/pages/redirect-page-old'), { status: 301, location: '/pages/redirect-page-new' });
    assert.deepEqual(await location('/es/pages/redirect-page-old'), { status: 301, location: '/es/pages/redirect-page-new' });
  });
}, { dataset: 'tiny' });
