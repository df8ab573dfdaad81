import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { findEditableResource } from './editorial.repo.ts';
import { minimalPdf, resourceFields } from '../../../test/support/factories.ts';

describeEachDialect('attachment titles and order', (env) => {
  let editor: Signed;
  let id = 0;
  let first = 0;
  let second = 0;
  const fields = resourceFields({ title: 'Attachment order advisory', slug: 'attachment-order-advisory' });
  const stored = async () => (await findEditableResource(env().db, id))!;

  it('shows each attachment’s title and position on the edit form', async () => {
    editor = await loginAs(env(), 'editor');
    const res = await postMultipart(env(), '/admin/resources', editor, fields, [
      { field: 'attachments', name: 'checklist.pdf', data: minimalPdf('one'), type: 'application/pdf' },
      { field: 'attachments', name: 'sample-motion.pdf', data: minimalPdf('two'), type: 'application/pdf' },
    ]);
    assert.equal(res.status, 303);
    id = idFromLocation(res);
    [first, second] = (await stored()).snapshot.attachments.map((a) => a.id);
    const { text } = await env().get(`/admin/resources/${id}`, { headers: { cookie: editor.cookie } });
    assert.ok(text.includes(`<label for="f-attachmentTitle-${first}">Link text for checklist.pdf</label>`));
    assert.match(text, new RegExp(`name="attachmentTitle-${first}" type="text" value="checklist"`));
    assert.match(text, new RegExp(`name="attachmentPosition-${first}" type="number" value="1"`));
    assert.match(text, new RegExp(`name="attachmentPosition-${second}" type="number" value="2"`));
  });

  it('saves new titles and order with the rest of the form, as one revision shown in the diff', async () => {
    const version = (await stored()).meta.version;
    const res = await postMultipart(env(), `/admin/resources/${id}`, editor, {
      ...fields, summary: 'A new summary with the reorder.', version: String(version),
      [`attachmentTitle-${first}`]: 'Vacatur checklist <2024>', [`attachmentPosition-${first}`]: '2',
      [`attachmentTitle-${second}`]: 'Sample motion', [`attachmentPosition-${second}`]: '1',
    });
    assert.equal(res.status, 303);
    const after = await stored();
    assert.equal(after.meta.version, version + 1, 'one new version');
    assert.equal(after.snapshot.summary, 'A new summary with the reorder.');
    assert.deepEqual(after.snapshot.attachments.map((a) => [a.id, a.title]), [[second, 'Sample motion'], [first, 'Vacatur checklist <2024>']]);
    const revisions = await env().db.selectFrom('revisions').select(['version', 'summary']).where('entity_id', '=', id).where('entity_type', '=', 'resource').orderBy('version').execute();
    assert.deepEqual(revisions.map((r) => r.version), [1, 2]);
    assert.equal(revisions[1].summary, 'Edited summary and attachments');
    const diff = await env().get(`/admin/resources/${id}/history/2`, { headers: { cookie: editor.cookie } });
    assert.ok(diff.text.includes('Sample motion (sample-motion.pdf), Vacatur checklist &lt;2024&gt; (checklist.pdf)'), 'the new list, escaped, in the diff');
    const preview = await env().get(`/admin/resources/${id}/preview`, { headers: { cookie: editor.cookie } });
    assert.ok(preview.text.indexOf('>Sample motion</a>') < preview.text.indexOf('>Vacatur checklist &lt;2024&gt;</a>'), 'the preview lists them in the new order');
  });

  it('refuses an empty title or a bad position beside the field, in the page’s language, changing nothing', async () => {
    const before = await stored();
    const common = { ...fields, version: String(before.meta.version), [`attachmentTitle-${second}`]: 'Sample motion', [`attachmentPosition-${second}`]: '1' };
    const res = await postMultipart(env(), `/admin/resources/${id}`, editor, {
      ...common, title: 'Typed title kept', [`attachmentTitle-${first}`]: '   ', [`attachmentPosition-${first}`]: 'two',
    });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, new RegExp(`id="f-attachmentTitle-${first}-error">Enter a title for this attachment.<`));
    assert.match(html, new RegExp(`id="f-attachmentPosition-${first}-error">Enter the position as a whole number from 1 to 999.<`));
    assert.ok(html.includes('value="Typed title kept"'));
    assert.match(html, new RegExp(`name="attachmentPosition-${first}" type="number" value="two"`), 'the typed value is kept');
    const spanish = await postMultipart(env(), `/admin/resources/${id}`, { cookie: `${editor.cookie}; lang=es`, csrf: editor.csrf }, {
      ...common, [`attachmentTitle-${first}`]: 'x'.repeat(301), [`attachmentPosition-${first}`]: '2',
    });
    assert.equal(spanish.status, 400);
    assert.match(await spanish.text(), new RegExp(`id="f-attachmentTitle-${first}-error">El título de un adjunto debe tener como máximo 300 caracteres.<`));
    assert.deepEqual(await stored(), before, 'nothing written');
  });

  it('refuses, as stale, a title edit of an attachment another save removed', async () => {
    const before = await stored();
    const res = await postMultipart(env(), `/admin/resources/${id}`, editor, {
      ...fields, version: String(before.meta.version), [`attachmentTitle-999999`]: 'Ghost', [`attachmentPosition-999999`]: '1',
    });
    assert.equal(res.status, 400);
    assert.ok((await res.text()).includes('An attachment on this form has been removed meanwhile. Reload the page.'));
    assert.deepEqual(await stored(), before, 'nothing written');
    assert.equal(formVersion((await env().get(`/admin/resources/${id}`, { headers: { cookie: editor.cookie } })).text), before.meta.version);
  });
}, { dataset: 'tiny' });
