import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { idFromLocation, loginAs, postMultipart } from '../../../test/support/auth.ts';
import { nestedXObjectPdf, pagesPdf } from '../../../test/support/hostile-pdf.ts';
import { resourceFields } from '../../../test/support/factories.ts';

describeEachDialect('PDF uploads over the reading budget', (env) => {
  it('keeps a PDF that cannot be read in time, serves it, marks it "text not indexed" and tells the editor', async () => {
    const editor = await loginAs(env(), 'editor');
    const hostile = nestedXObjectPdf(12, 4);
    const created = await postMultipart(env(), '/admin/resources', editor, resourceFields({ slug: 'nested-pdf' }),
      [{ field: 'attachments', name: 'nested.pdf', data: hostile, type: 'application/pdf' }]);
    assert.equal(created.status, 303);
    const id = idFromLocation(created);
    const row = await env().db.selectFrom('attachments').select(['id', 'text_state', 'text_content', 'storage_key']).where('resource_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual({ state: row.text_state, text: row.text_content }, { state: 'not_indexed', text: null });
    const file = await env().request(`/admin/resources/${id}/attachments/${row.id}`, { headers: { cookie: editor.cookie } });
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), hostile, 'the file is kept and served');
    const english = await env().get(`/admin/resources/${id}`, { headers: { cookie: editor.cookie } });
    assert.match(english.text, /Text not indexed: reading this PDF took longer or needed more memory than allowed/);
    const spanish = await env().get(`/admin/resources/${id}`, { headers: { cookie: `${editor.cookie}; lang=es` } });
    assert.match(spanish.text, /Texto no indexado: leer este PDF llevó más tiempo o memoria de lo permitido/);
  });

  it('stores an ordinary PDF’s text page by page, separated by form feeds, and search still finds it', async () => {
    const editor = await loginAs(env(), 'editor');
    const created = await postMultipart(env(), '/admin/resources', editor, resourceFields({ slug: 'paged-pdf' }),
      [{ field: 'attachments', name: 'paged.pdf', data: pagesPdf(['First page', 'Zanzibarian waiver on page two']), type: 'application/pdf' }]);
    assert.equal(created.status, 303);
    const id = idFromLocation(created);
    const row = await env().db.selectFrom('attachments').select(['text_state', 'text_content']).where('resource_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { text_state: null, text_content: 'First page\fZanzibarian waiver on page two' });
    const edit = await env().get(`/admin/resources/${id}`, { headers: { cookie: editor.cookie } });
    assert.doesNotMatch(edit.text, /Text not indexed/);
    // Published (by hand: the trigger queues it for the index), a search finds it by its PDF's page two.
    await env().db.updateTable('resources').set({ status: 'published' }).where('id', '=', id).execute();
    const found = await env().get('/api/v1/resources?q=zanzibarian');
    const body = JSON.parse(found.text) as { data: { slug: string; snippet?: { source: string; page?: number } }[] };
    assert.deepEqual(body.data.map((r) => r.slug), ['paged-pdf']);
    assert.deepEqual(body.data[0]!.snippet && { source: body.data[0]!.snippet.source, page: body.data[0]!.snippet.page }, { source: 'pdf', page: 2 });
  });
}, { env: { PDF_TEXT_TIMEOUT_MS: '2000' } });
