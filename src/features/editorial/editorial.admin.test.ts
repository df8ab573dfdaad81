import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { findEditableResource } from './editorial.repo.ts';
import { publishDueResources } from './scheduler.ts';
import { editorialAudit } from './editorial.audit.ts';
import { minimalPdf, resourceFields } from '../../../test/support/factories.ts';

describeEachDialect('editorial screens', (env) => {
  let author: Signed;
  let editor: Signed;
  let id = 0;
  const fields = resourceFields({ title: 'Route journey advisory', slug: 'route-journey-advisory' });
  const attachmentFiles = () => {
    const dir = path.join(env().config.dataDir, 'attachments');
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  };

  it('lets an author write a draft with a PDF, privately previewed, not public', async () => {
    author = await loginAs(env(), 'author');
    editor = await loginAs(env(), 'editor');
    const form = await env().get('/admin/resources/new', { headers: { cookie: author.cookie } });
    assert.equal(form.status, 200);
    assert.match(form.text, /<textarea[^>]*name="body"[^>]*data-editor="markdown"/);
    assert.match(form.text, /<script src="\/editor.js" defer(="")?><\/script>/);
    assert.match(form.text, /enctype="multipart\/form-data"/);

    const res = await postMultipart(env(), '/admin/resources', author, fields, [
      { field: 'attachments', name: 'Pickering checklist.pdf', data: minimalPdf('Checklist for vacatur motions'), type: 'application/pdf' },
    ]);
    assert.equal(res.status, 303);
    id = idFromLocation(res);
    const stored = await findEditableResource(env().db, id);
    assert.equal(stored?.meta.status, 'draft');
    assert.equal(stored?.meta.author_id, author.user.id);
    assert.deepEqual(stored?.snapshot.attachments.map((a) => a.filename), ['Pickering checklist.pdf']);
    const text = await env().db.selectFrom('attachments').select('text_content').where('resource_id', '=', id).executeTakeFirstOrThrow();
    assert.match(text.text_content ?? '', /Checklist for vacatur motions/);

    const edit = await env().get(`/admin/resources/${id}?done=created`, { headers: { cookie: author.cookie } });
    assert.equal(edit.status, 200);
    assert.ok(edit.text.includes('The draft has been created.'));
    assert.ok(edit.text.includes('Pickering checklist'));
    assert.equal((await env().get('/resources/route-journey-advisory')).status, 404);
    const preview = await env().get(`/admin/resources/${id}/preview`, { headers: { cookie: author.cookie } });
    assert.equal(preview.status, 200);
    assert.ok(preview.text.includes('Private preview'));
    assert.ok(preview.text.includes('<h1>Route journey advisory</h1>'));
    assert.ok(preview.text.includes('Staff Attorney and Second Author') || preview.text.includes('Staff Attorney'));
    const file = await env().request(`/admin/resources/${id}/attachments/${(await findEditableResource(env().db, id))!.snapshot.attachments[0].id}`, { headers: { cookie: author.cookie } });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.equal((await env().get(`/admin/resources/${id}/preview`)).status, 303, 'anonymous visitors are sent to sign in');
  });

  it('refuses hostile and wrong uploads and invalid fields with messages beside the fields, keeping the text', async () => {
    const before = attachmentFiles();
    const hostile = await postMultipart(env(), '/admin/resources', author, resourceFields({ title: 'Kept title text' }), [
      { field: 'attachments', name: 'x.pdf.exe', data: minimalPdf('x') },
    ]);
    assert.equal(hostile.status, 400);
    const page = await hostile.text();
    assert.ok(page.includes(escapeHtml('hides its real type behind a second extension (.exe)')));
    assert.ok(page.includes('value="Kept title text"'));
    const fake = await postMultipart(env(), '/admin/resources', author, resourceFields(), [
      { field: 'attachments', name: 'notes.pdf', data: new TextEncoder().encode('not a pdf') },
    ]);
    assert.equal(fake.status, 400);
    assert.ok((await fake.text()).includes('is not a PDF'));
    const invalid = await postMultipart(env(), '/admin/resources', author, resourceFields({ title: '', slug: 'Not A Slug', body: 'My unsaved body text' }));
    assert.equal(invalid.status, 400);
    const html = await invalid.text();
    assert.match(html, /<p class="field-error" id="f-title-error">Enter a title.<\/p>/);
    assert.match(html, /id="f-slug-error">The web address \(slug\) may use only/);
    assert.ok(html.includes('My unsaved body text</textarea>'));
    assert.deepEqual(attachmentFiles(), before, 'nothing stored');
  });

  it('refuses an author who tries to publish, and lets the author submit', async () => {
    const version = formVersion((await env().get(`/admin/resources/${id}`, { headers: { cookie: author.cookie } })).text);
    const publish = await postForm(env(), `/admin/resources/${id}/publish`, author, { version: String(version) });
    assert.equal(publish.status, 403);
    assert.equal((await findEditableResource(env().db, id))?.meta.status, 'draft');
    const noToken = await postForm(env(), `/admin/resources/${id}/submit`, { cookie: author.cookie, csrf: 'wrong' }, { version: String(version) });
    assert.equal(noToken.status, 403);
    const submit = await postForm(env(), `/admin/resources/${id}/submit`, author, { version: String(version) });
    assert.equal(submit.status, 303);
    assert.equal((await findEditableResource(env().db, id))?.meta.status, 'review');
    // Submitted: the author can no longer change it.
    const save = await postMultipart(env(), `/admin/resources/${id}`, author, { ...fields, version: String(version + 1) });
    assert.equal(save.status, 403);
  });

  it('keeps the second editor’s text when two edit at once', async () => {
    const other = await loginAs(env(), 'editor');
    const page = await env().get(`/admin/resources/${id}`, { headers: { cookie: editor.cookie } });
    const version = formVersion(page.text);
    const first = await postMultipart(env(), `/admin/resources/${id}`, editor, { ...fields, summary: 'Summary from the first editor.', version: String(version) });
    assert.equal(first.status, 303);
    const second = await postMultipart(env(), `/admin/resources/${id}`, other, { ...fields, summary: 'Summary from the second editor.', version: String(version) });
    assert.equal(second.status, 409);
    const html = await second.text();
    assert.ok(html.includes('Your changes were not saved'));
    assert.ok(html.includes('Summary from the second editor.</textarea>'), 'their text is kept in the form');
    assert.ok(html.includes('<del>first</del>') || html.includes('<del>first </del>'), 'the diff shows what differs');
    assert.equal(formVersion(html), version + 1, 'saving again replaces the stored version deliberately');
    assert.equal((await findEditableResource(env().db, id))?.snapshot.summary, 'Summary from the first editor.');
  });

  it('shows the history with a readable diff and restores an earlier version', async () => {
    const history = await env().get(`/admin/resources/${id}/history`, { headers: { cookie: editor.cookie } });
    assert.equal(history.status, 200);
    assert.ok(history.text.includes('Created'));
    assert.ok(history.text.includes('Submitted for review'));
    assert.ok(history.text.includes('Edited summary'));
    const current = (await findEditableResource(env().db, id))!.meta.version;
    const diff = await env().get(`/admin/resources/${id}/history/${current}`, { headers: { cookie: editor.cookie } });
    assert.equal(diff.status, 200);
    assert.ok(diff.text.includes('<del>When a vacated conviction still counts</del><ins>Summary from the first editor</ins>'));
    assert.ok(diff.text.includes('<ins>'));
    const restore = await postForm(env(), `/admin/resources/${id}/history/1/restore`, editor, { version: String(current) });
    assert.equal(restore.status, 303);
    const after = await findEditableResource(env().db, id);
    assert.equal(after?.snapshot.summary, fields.summary);
    assert.equal(after?.meta.status, 'review');
  });

  it('lets an editor publish: the resource shows in the library and the homepage’s latest items, audited', async () => {
    // Minutes later (sessions time out after 30 idle minutes).
    env().clock.set(new Date('2024-11-08T12:10:00Z'));
    try {
      const version = (await findEditableResource(env().db, id))!.meta.version;
      const res = await postForm(env(), `/admin/resources/${id}/publish`, editor, { version: String(version) });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), `/admin/resources/${id}?done=publish`);
    } finally {
      env().clock.set(new Date('2024-11-08T12:00:00Z'));
    }
    const page = await env().get('/resources/route-journey-advisory');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('Pickering checklist'));
    assert.ok((await env().get('/resources')).text.includes('href="/resources/route-journey-advisory"'));
    const home = await env().get('/');
    const latest = home.text.slice(home.text.indexOf('Latest Items'));
    assert.ok(latest.indexOf('href="/resources/route-journey-advisory"') >= 0, 'in Latest Items');
    const audit = await env().db.selectFrom('audit_events').select(['action', 'user_id', 'subject_id']).where('action', '=', 'resource.publish').execute();
    assert.deepEqual(audit.map((a) => [a.user_id, a.subject_id]), [[editor.user.id, String(id)]]);
    const list = await env().get('/admin/resources?state=published&type=practice-advisory', { headers: { cookie: author.cookie } });
    assert.equal(list.status, 200);
    assert.ok(list.text.includes('Route journey advisory'));
    const drafts = await env().get('/admin/resources?state=draft', { headers: { cookie: author.cookie } });
    assert.ok(!drafts.text.includes('Route journey advisory'));
  });

  it('schedules from the form in a time zone and publishes when the clock reaches it', async () => {
    const res = await postMultipart(env(), '/admin/resources', editor, resourceFields({ title: 'Scheduled route advisory', slug: 'scheduled-route-advisory' }));
    const sid = idFromLocation(res);
    await postForm(env(), `/admin/resources/${sid}/submit`, editor, { version: '1' });
    const bad = await postForm(env(), `/admin/resources/${sid}/schedule`, editor, { version: '2', date: '2024-11-01', time: '09:00', tz: 'America/Los_Angeles' });
    assert.equal(bad.status, 400);
    assert.ok((await bad.text()).includes('Choose a time in the future'));
    const ok = await postForm(env(), `/admin/resources/${sid}/schedule`, editor, { version: '2', date: '2024-11-08', time: '04:20', tz: 'America/Los_Angeles' });
    assert.equal(ok.status, 303);
    assert.equal((await findEditableResource(env().db, sid))?.meta.publish_at, '2024-11-08T12:20:00.000Z');
    assert.equal((await env().get('/resources/scheduled-route-advisory')).status, 404);
    env().clock.set(new Date('2024-11-08T12:19:59Z'));
    try {
      assert.deepEqual(await publishDueResources(env().db, env().clock), []);
      env().clock.set(new Date('2024-11-08T12:20:00Z'));
      assert.deepEqual(await publishDueResources(env().db, env().clock, editorialAudit(env().clock)), [sid]);
    } finally {
      env().clock.set(new Date('2024-11-08T12:00:00Z'));
    }
    assert.equal((await env().get('/resources/scheduled-route-advisory')).status, 200);
    const audit = await env().db.selectFrom('audit_events').select('action').where('subject_id', '=', String(sid)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['resource.schedule', 'resource.publish']);
  });

  it('renders the toolbar preview from Markdown as sanitized HTML', async () => {
    const res = await postForm(env(), '/admin/preview', author, { body: '## Hi\n\n**bold** <script>alert(1)</script> [x](javascript:alert(1))' });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.includes('<h2>Hi</h2>'));
    assert.ok(html.includes('<strong>bold</strong>'));
    assert.ok(!/script|javascript:/i.test(html));
    assert.equal((await postForm(env(), '/admin/preview', { cookie: '', csrf: 'x' }, { body: 'x' })).status, 403);
  });
}, { dataset: 'tiny' });
