import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { demoResources } from '../../../test/support/demo.ts';

const withAttachments = demoResources.filter((r) => r.attachments?.length);
const spanish = withAttachments.find((r) => r.language === 'es')!;

describeEachDialect('demo attachments', (env) => {
  const stored = () => env().db.selectFrom('attachments').innerJoin('resources', 'resources.id', 'attachments.resource_id')
    .select(['attachments.id', 'resources.slug', 'resources.title as resourceTitle', 'attachments.filename', 'attachments.title',
      'attachments.bytes', 'attachments.mime_type', 'attachments.storage_key', 'attachments.text_content'])
    .orderBy('attachments.id').execute();

  it('stores every demo attachment as a real PDF under a generated name, with its true size', async () => {
    const rows = await stored();
    assert.equal(rows.length, withAttachments.flatMap((r) => r.attachments!).length);
    for (const row of rows) {
      assert.match(row.storage_key ?? '', /^[0-9a-f]{32}\.pdf$/, row.filename);
      assert.equal(row.mime_type, 'application/pdf');
      const file = fs.readFileSync(path.join(env().config.dataDir, 'attachments', row.storage_key!));
      assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal(row.bytes, file.length, row.filename);
      // Kept for search: the text holds the resource's title (lines may wrap inside it).
      assert.ok(row.text_content?.replace(/\s+/g, ' ').includes(row.resourceTitle), row.filename);
    }
    assert.equal(new Set(rows.map((r) => r.storage_key)).size, rows.length, 'one file each');
  });

  it('links each download on the resource page, with the honest size', async () => {
    for (const r of [withAttachments[0], spanish]) {
      const { status, text } = await env().get(`/resources/${r.slug}`);
      assert.equal(status, 200);
      const rows = (await stored()).filter((row) => row.slug === r.slug);
      for (const row of rows) {
        const href = `/resources/${r.slug}/attachments/${row.id}/${encodeURIComponent(row.filename)}`;
        // The title's own "(PDF)" is dropped: the type is written once beside the link.
        assert.ok(text.includes(`<a class="download-link" href="${escapeHtml(href)}" data-print-url="http://haven.test${escapeHtml(href)}" hreflang="${r.language}" type="application/pdf">${escapeHtml(row.title.replace(/ \(PDF\)$/, ''))}</a>`), href);
        assert.ok(text.includes(`PDF, ${Math.round(row.bytes / 1024)} KB · `), `${row.filename}: ${row.bytes} bytes`);
      }
    }
  });

  it('serves each download as the stored PDF', async () => {
    for (const row of await stored()) {
      const res = await env().request(`/resources/${row.slug}/attachments/${row.id}/${encodeURIComponent(row.filename)}`);
      assert.equal(res.status, 200, row.filename);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      assert.equal(res.headers.get('content-length'), String(row.bytes));
      const body = Buffer.from(await res.arrayBuffer());
      assert.equal(body.length, row.bytes);
      assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-');
    }
    const es = (await stored()).find((row) => row.slug === spanish.slug)!;
    const res = await env().request(`/es/resources/${es.slug}/attachments/${es.id}/${encodeURIComponent(es.filename)}`);
    assert.equal(res.status, 200, 'the Spanish site serves it too');
    const expected = fs.readFileSync(spanish.attachments![0].file);
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(expected), 'the bytes of the file in demo/');
  });

  it('gives each download an absolute URL in the API', async () => {
    const r = withAttachments[0];
    const res = await env().request(`/api/v1/resources/${r.slug}`);
    const body = (await res.json()) as { data: { attachments: { filename: string; url: string; bytes: number }[] } };
    const rows = (await stored()).filter((row) => row.slug === r.slug);
    assert.deepEqual(body.data.attachments.map((a) => [a.filename, a.bytes, a.url]),
      rows.map((row) => [row.filename, row.bytes, `http://haven.test/resources/${r.slug}/attachments/${row.id}/${encodeURIComponent(row.filename)}`]));
    const download = await env().request(new URL(body.data.attachments[0].url).pathname);
    assert.equal(download.status, 200);
    assert.equal(Buffer.from(await download.arrayBuffer()).length, body.data.attachments[0].bytes);
  });
});
