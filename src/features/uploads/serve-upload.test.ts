import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { loginAs } from '../../../test/support/auth.ts';

describeEachDialect('headers of served uploads and pages', (env) => {
  it('serves an uploaded PDF with Content-Disposition, a sandbox policy and no sniffing, publicly and to staff', async () => {
    const row = await env().db.selectFrom('attachments').innerJoin('resources', 'resources.id', 'attachments.resource_id')
      .select(['attachments.id', 'attachments.filename', 'resources.slug', 'resources.id as rid'])
      .where('resources.status', '=', 'published').where('attachments.storage_key', 'is not', null).orderBy('attachments.id').executeTakeFirstOrThrow();
    const editor = await loginAs(env(), 'editor');
    for (const [path, init] of [
      [`/resources/${row.slug}/attachments/${row.id}/${encodeURIComponent(row.filename)}`, {}],
      [`/admin/resources/${row.rid}/attachments/${row.id}`, { headers: { cookie: editor.cookie } }],
    ] as const) {
      const res = await env().request(path, init);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), 'application/pdf');
      assert.equal(res.headers.get('content-disposition'), `inline; filename*=UTF-8''${encodeURIComponent(row.filename)}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /(^|;\s*)sandbox(;|$)/, `${path}: ${csp}`);
      assert.doesNotMatch(csp, /allow-scripts|allow-same-origin/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
    }
  });

  it('pages say the same thing twice about framing: X-Frame-Options DENY and frame-ancestors \'none\'', async () => {
    for (const path of ['/', '/resources', '/admin/login']) {
      const res = await env().request(path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /sandbox/, path);
    }
  });
});
