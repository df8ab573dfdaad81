import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../../test/support/app.ts';
import { formVersion, loginAs, postForm, type Signed } from '../../../../test/support/auth.ts';
import { escapeHtml } from '../../../../test/support/html.ts';
import { documentsEs } from './messages.es.ts';
import { publishDueDocuments } from '../scheduler.ts';
import { documentAudit } from './documents.service.ts';
import { findDocument } from './documents.repo.ts';
import { documentFields } from '../../../../test/support/factories.ts';

/** The id in a `/admin/<kind>s/<id>…` redirect. */
function idFrom(res: Response): number {
  const m = /\/admin\/(?:projects|statements|pages)\/(\d+)/.exec(res.headers.get('location') ?? '');
  assert.ok(m, `an item in ${res.headers.get('location')}`);
  return Number(m[1]);
}

describeEachDialect('editorial screens for projects, statements and pages', (env) => {
  let author: Signed;
  let editor: Signed;
  let id = 0;
  const fields = documentFields('page', { title: 'Know your rights', slug: 'know-your-rights', summary: 'What to do at the door.', body: '## At the door\n\nYou may stay silent.' });
  const as = (who: Signed) => ({ headers: { cookie: who.cookie } });

  it('lists each kind with state, author and last change, and links them from the dashboard', async () => {
    author = await loginAs(env(), 'author');
    editor = await loginAs(env(), 'editor');
    const dashboard = await env().get('/admin', as(author));
    for (const path of ['/admin/projects', '/admin/statements', '/admin/pages']) assert.ok(dashboard.text.includes(`href="${path}"`), path);
    const projects = await env().get('/admin/projects', as(editor));
    assert.equal(projects.status, 200);
    assert.ok(projects.text.includes('Immigrant Justice Network'));
    assert.ok(projects.text.includes('3 projects'));
    assert.match(projects.text, /class="badge state state-published"/);
    const statements = await env().get('/admin/statements?state=published', as(editor));
    assert.ok(statements.text.includes('ILRC Calls for a Permanent Ceasefire'));
    const none = await env().get('/admin/statements?state=draft', as(editor));
    assert.ok(!none.text.includes('ILRC Calls for a Permanent Ceasefire'));
    assert.ok((await env().get('/admin/pages?q=contact', as(editor))).text.includes('href="/admin/pages/'));
  });

  it('lets an author write a draft: edit form with the body toolbar, private preview, not public', async () => {
    const form = await env().get('/admin/pages/new', as(author));
    assert.equal(form.status, 200);
    assert.match(form.text, /<textarea[^>]*name="body"[^>]*data-editor="markdown"/);
    assert.match(form.text, /<script src="\/editor.js" defer(="")?><\/script>/);
    assert.match(form.text, /name="_csrf" value="[^"]+"/);
    const res = await postForm(env(), '/admin/pages', author, fields);
    assert.equal(res.status, 303);
    id = idFrom(res);
    const stored = await findDocument(env().db, 'page', id);
    assert.equal(stored?.meta.status, 'draft');
    assert.equal(stored?.meta.author_id, author.user.id);
    const edit = await env().get(`/admin/pages/${id}?done=created`, as(author));
    assert.equal(edit.status, 200);
    assert.ok(edit.text.includes('The draft has been created.'));
    assert.ok(edit.text.includes('You may stay silent.</textarea>'));
    assert.equal((await env().get('/pages/know-your-rights')).status, 404);
    const preview = await env().get(`/admin/pages/${id}/preview`, as(author));
    assert.equal(preview.status, 200);
    assert.ok(preview.text.includes('Private preview'));
    assert.ok(preview.text.includes('<h1>Know your rights</h1>'));
    assert.ok(preview.text.includes('<h2>At the door</h2>'));
    assert.match(preview.text, /<meta name="robots" content="noindex/);
    assert.equal((await env().get(`/admin/pages/${id}/preview`)).status, 303, 'anonymous visitors are sent to sign in');
    const other = await loginAs(env(), 'author');
    assert.equal((await env().get(`/admin/pages/${id}/preview`, as(other))).status, 403, 'another author may not see the draft');
  });

  it('refuses invalid fields and a taken slug beside the fields, keeping the text and saving nothing', async () => {
    const invalid = await postForm(env(), '/admin/projects', author, documentFields('project', { title: '', slug: 'Not A Slug', position: 'first', body: 'My unsaved body text' }));
    assert.equal(invalid.status, 400);
    const html = await invalid.text();
    assert.match(html, /<p class="field-error" id="f-title-error">Enter a title.<\/p>/);
    assert.match(html, /id="f-slug-error">The web address \(slug\) may use only/);
    assert.match(html, /id="f-position-error">Enter the position as a whole number/);
    assert.ok(html.includes('My unsaved body text</textarea>'));
    assert.ok(html.includes('value="first"'));
    const taken = await postForm(env(), '/admin/statements', author, documentFields('statement', { slug: 'ilrc-calls-for-a-permanent-ceasefire', title: 'Kept title' }));
    assert.equal(taken.status, 400);
    const takenHtml = await taken.text();
    assert.ok(takenHtml.includes(escapeHtml('Another statement already uses the address “ilrc-calls-for-a-permanent-ceasefire”')));
    assert.ok(takenHtml.includes('value="Kept title"'));
    const count = await env().db.selectFrom('statements').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  it('lets the author submit but not publish; once submitted the author can no longer edit', async () => {
    const version = formVersion((await env().get(`/admin/pages/${id}`, as(author))).text);
    assert.equal((await postForm(env(), `/admin/pages/${id}/publish`, author, { version: String(version) })).status, 403);
    assert.equal((await postForm(env(), `/admin/pages/${id}/submit`, { cookie: author.cookie, csrf: 'wrong' }, { version: String(version) })).status, 403);
    assert.equal((await postForm(env(), `/admin/pages/${id}/submit`, author, { version: String(version) })).status, 303);
    assert.equal((await findDocument(env().db, 'page', id))?.meta.status, 'review');
    assert.equal((await postForm(env(), `/admin/pages/${id}`, author, { ...fields, version: String(version + 1) })).status, 403);
    const page = await env().get(`/admin/pages/${id}`, as(author));
    assert.ok(page.text.includes('You can read this page but not change it'));
    // A move the workflow does not allow says why.
    const refused = await postForm(env(), `/admin/pages/${id}/reopen`, editor, { version: String(version + 1) });
    assert.equal(refused.status, 409);
    assert.ok((await refused.text()).includes(escapeHtml('This page is in the state “In review”; “Reopen as draft” is not possible from there.')));
  });

  it('keeps the second editor’s text when two edit at once (409)', async () => {
    const other = await loginAs(env(), 'editor');
    const version = formVersion((await env().get(`/admin/pages/${id}`, as(editor))).text);
    const first = await postForm(env(), `/admin/pages/${id}`, editor, { ...fields, summary: 'Summary from the first editor.', version: String(version) });
    assert.equal(first.status, 303);
    const second = await postForm(env(), `/admin/pages/${id}`, other, { ...fields, summary: 'Summary from the second editor.', version: String(version) });
    assert.equal(second.status, 409);
    const html = await second.text();
    assert.ok(html.includes('Your changes were not saved'));
    assert.ok(html.includes('Someone else saved this page'));
    assert.ok(html.includes('Summary from the second editor.</textarea>'), 'their text is kept in the form');
    assert.ok(html.includes('<del>first</del>') || html.includes('<del>first </del>'), 'the comparison shows what differs');
    assert.equal(formVersion(html), version + 1);
    assert.equal((await findDocument(env().db, 'page', id))?.snapshot.summary, 'Summary from the first editor.');
  });

  it('shows the history with a readable diff and restores an earlier version', async () => {
    const history = await env().get(`/admin/pages/${id}/history`, as(editor));
    assert.equal(history.status, 200);
    for (const s of ['Created', 'Submitted for review', 'Edited summary']) assert.ok(history.text.includes(s), s);
    const current = (await findDocument(env().db, 'page', id))!.meta.version;
    const diff = await env().get(`/admin/pages/${id}/history/${current}`, as(editor));
    assert.equal(diff.status, 200);
    assert.ok(diff.text.includes('<del>What to do at</del><ins>Summary from</ins><span> the </span><del>door</del><ins>first editor</ins>'), 'a word diff');
    assert.equal((await env().get(`/admin/pages/${id}/history/99`, as(editor))).status, 404);
    const restore = await postForm(env(), `/admin/pages/${id}/history/1/restore`, editor, { version: String(current) });
    assert.equal(restore.status, 303);
    const after = await findDocument(env().db, 'page', id);
    assert.equal(after?.snapshot.summary, fields.summary);
    assert.equal(after?.meta.status, 'review');
  });

  it('lets an editor publish (public page shows it, audited) and unpublish (public page gone)', async () => {
    let version = (await findDocument(env().db, 'page', id))!.meta.version;
    assert.equal((await postForm(env(), `/admin/pages/${id}/publish`, editor, { version: String(version) })).status, 303);
    const page = await env().get('/pages/know-your-rights');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('You may stay silent.'));
    version += 1;
    assert.equal((await postForm(env(), `/admin/pages/${id}/unpublish`, editor, { version: String(version) })).status, 303);
    assert.equal((await env().get('/pages/know-your-rights')).status, 404, 'no longer public, at once (the page cache follows the generation)');
    const audit = await env().db.selectFrom('audit_events').select(['action', 'user_id']).where('subject_type', '=', 'page').where('subject_id', '=', String(id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => [a.action, a.user_id]), [['page.publish', editor.user.id], ['page.unpublish', editor.user.id]]);
  });

  it('schedules a statement from the form in a time zone; the scheduler publishes it when due', async () => {
    const created = await postForm(env(), '/admin/statements', editor, documentFields('statement', { slug: 'scheduled-statement', title: 'A scheduled statement' }));
    const sid = idFrom(created);
    await postForm(env(), `/admin/statements/${sid}/submit`, editor, { version: '1' });
    const bad = await postForm(env(), `/admin/statements/${sid}/schedule`, editor, { version: '2', date: '2024-11-01', time: '09:00', tz: 'America/Los_Angeles' });
    assert.equal(bad.status, 400);
    assert.ok((await bad.text()).includes('Choose a time in the future'));
    const ok = await postForm(env(), `/admin/statements/${sid}/schedule`, editor, { version: '2', date: '2024-11-08', time: '04:30', tz: 'America/Los_Angeles' });
    assert.equal(ok.status, 303);
    assert.equal((await findDocument(env().db, 'statement', sid))?.meta.publish_at, '2024-11-08T12:30:00.000Z');
    assert.equal((await env().get('/statements/scheduled-statement')).status, 404);
    env().clock.set(new Date('2024-11-08T12:30:00Z'));
    try {
      assert.deepEqual(await publishDueDocuments(env().db, env().clock, documentAudit(env().clock)), [{ kind: 'statement', id: sid }]);
    } finally {
      env().clock.set(new Date('2024-11-08T12:00:00Z'));
    }
    assert.equal((await env().get('/statements/scheduled-statement')).status, 200);
  });

  it('lets an editor delete (confirmed, audited); an author may not', async () => {
    const created = await postForm(env(), '/admin/projects', author, documentFields('project', { slug: 'short-lived-project' }));
    const pid = idFrom(created);
    assert.equal((await postForm(env(), `/admin/projects/${pid}/delete`, author, { version: '1', confirm: 'yes' })).status, 403);
    assert.equal((await postForm(env(), `/admin/projects/${pid}/delete`, editor, { version: '1' })).status, 400);
    const res = await postForm(env(), `/admin/projects/${pid}/delete`, editor, { version: '1', confirm: 'yes' });
    assert.equal(res.status, 303);
    assert.equal(await findDocument(env().db, 'project', pid), undefined);
    assert.equal((await env().get(`/admin/projects/${pid}`, as(editor))).status, 404);
  });

  it('speaks Spanish to a staff member who chose Spanish, service messages included', async () => {
    const es = { headers: { cookie: `${editor.cookie}; lang=es` } };
    const list = await env().get('/admin/statements', es);
    assert.match(list.text, /<html lang="es">/);
    assert.ok(list.text.includes(escapeHtml(documentsEs['documents.statement.add'])));
    const taken = await postForm(env(), '/admin/pages', { cookie: `${editor.cookie}; lang=es`, csrf: editor.csrf }, documentFields('page', { slug: 'about' }));
    assert.equal(taken.status, 400);
    assert.ok((await taken.text()).includes(escapeHtml('Ya hay otro contenido (página) con la dirección «about». Elija otra.')));
  });
}, { dataset: 'tiny' });
