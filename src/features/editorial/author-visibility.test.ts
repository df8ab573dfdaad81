import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { documentFields, resourceFields } from '../../../test/support/factories.ts';

const SERIES = 'prosecutorial-discretion-2024';
const PART_ONE = '/resources/prosecutorial-discretion-removal-proceedings-part-1';

async function createResource(env: TestEnv, who: Signed, fields: Record<string, string>): Promise<number> {
  const res = await postMultipart(env, '/admin/resources', who, resourceFields(fields));
  assert.equal(res.status, 303, `created (${res.status})`);
  return idFromLocation(res);
}

async function act(env: TestEnv, who: Signed, id: number, action: string): Promise<void> {
  const page = await env.get(`/admin/resources/${id}`, { headers: { cookie: who.cookie } });
  const res = await postForm(env, `/admin/resources/${id}/${action}`, who, { version: String(formVersion(page.text)) });
  assert.equal(res.status, 303, `${action} (${res.status})`);
}

describeEachDialect('authors: only their own drafts, and no reach into what the public sees', (env) => {
  it('the staff lists show an author published items and their own, never a colleague\'s draft title', async () => {
    const editor = await loginAs(env(), 'editor');
    const author = await loginAs(env(), 'author');
    await createResource(env(), editor, { title: 'Confidential litigation strategy draft' });
    await createResource(env(), author, { title: 'My own advisory in progress' });
    const forAuthor = await env().get('/admin/resources', { headers: { cookie: author.cookie } });
    assert.equal(forAuthor.status, 200);
    assert.ok(!forAuthor.text.includes('Confidential litigation strategy draft'), 'a colleague\'s draft title is not shown');
    assert.ok(forAuthor.text.includes('My own advisory in progress'));
    const rows = new Set([...forAuthor.text.matchAll(/href="\/admin\/resources\/(\d+)"/g)].map((m) => m[1]));
    assert.ok(rows.size >= 20, `published resources are listed (${rows.size} rows)`);
    const searched = await env().get('/admin/resources?q=confidential', { headers: { cookie: author.cookie } });
    assert.ok(!searched.text.includes('Confidential litigation strategy draft'), 'nor found by searching its title');
    const forEditor = await env().get('/admin/resources', { headers: { cookie: editor.cookie } });
    assert.ok(forEditor.text.includes('Confidential litigation strategy draft'), 'editors still see every resource');

    const page = await postForm(env(), '/admin/pages', editor, documentFields('page', { title: 'Unannounced board page' }));
    assert.equal(page.status, 303);
    const pagesForAuthor = await env().get('/admin/pages', { headers: { cookie: author.cookie } });
    assert.equal(pagesForAuthor.status, 200);
    assert.ok(!pagesForAuthor.text.includes('Unannounced board page'));
    assert.ok((await env().get('/admin/pages', { headers: { cookie: editor.cookie } })).text.includes('Unannounced board page'));
  });

  it('an author\'s draft part of a series does not change the series readers see; publishing it does', async () => {
    const before = await env().get(PART_ONE);
    assert.match(before.text, /Part 1 of 2/);
    const author = await loginAs(env(), 'author');
    const id = await createResource(env(), author, { title: 'PD part three', seriesSlug: SERIES, seriesPart: '3', seriesOf: '9' });
    const after = await env().get(PART_ONE);
    assert.match(after.text, /Part 1 of 2/, 'the public series still has 2 parts');
    assert.doesNotMatch(after.text, /of 9/);
    const form = await env().get(`/admin/resources/${id}`, { headers: { cookie: author.cookie } });
    assert.match(form.text, /name="seriesOf"[^>]*value="9"/, 'the author keeps the count they typed');

    const editor = await loginAs(env(), 'editor');
    await act(env(), author, id, 'submit');
    await act(env(), editor, id, 'publish');
    assert.match((await env().get(PART_ONE)).text, /Part 1 of 9/, 'once published, its count is the series\' count');
  });
});
