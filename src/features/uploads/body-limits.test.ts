import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { loginAs, loginForm } from '../../../test/support/auth.ts';

// The limits uploads.http.ts sets (literal here, so the test also speaks for the documented values).
const PUBLIC_BODY_BYTES = 64 * 1024;
const STAFF_FORM_BYTES = 8 * 1024 * 1024;

/** A body of `total` bytes (endless when undefined) that counts how much of it was read. */
function countedBody(total?: number) {
  const chunk = new TextEncoder().encode('a='.repeat(32 * 1024));
  const read = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (total !== undefined && read.bytes >= total) return controller.close();
      const piece = total === undefined ? chunk : chunk.subarray(0, Math.min(chunk.length, total - read.bytes));
      read.bytes += piece.length;
      controller.enqueue(piece);
    },
  }, { highWaterMark: 0 });
  return { body, read };
}

describeEachDialect('request body limits', (env) => {
  const post = (path: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
    env().request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, duplex: 'half' } as RequestInit);

  it('refuses a public body whose Content-Length is over the limit without reading a byte', async () => {
    const { body, read } = countedBody(100 * 1024 * 1024);
    const res = await post('/', body, { 'content-length': String(100 * 1024 * 1024) });
    assert.equal(res.status, 413);
    const html = await res.text();
    assert.match(html, /That request is too large/);
    assert.match(html, /larger than this page accepts \(64 KB\)/);
    assert.equal(read.bytes, 0);
  });

  it('stops reading a chunked body (no length) as soon as it passes the limit', async () => {
    // A signed-in staff member's request is read (its CSRF token is looked for in the body).
    const editor = await loginAs(env(), 'editor');
    const { body, read } = countedBody();
    const res = await post('/resources', body, { cookie: editor.cookie });
    assert.equal(res.status, 413);
    assert.match(await res.text(), /That request is too large/);
    assert.ok(read.bytes <= PUBLIC_BODY_BYTES + 64 * 1024, `read ${read.bytes} bytes`);
  });

  it('refuses a state-changing request nobody could have a token for without reading its body', async () => {
    const { body, read } = countedBody();
    const res = await post('/resources', body);
    assert.equal(res.status, 403);
    assert.ok(read.bytes <= 64 * 1024, `read ${read.bytes} bytes`);
  });

  it('answers in Spanish under /es and as JSON under /api/', async () => {
    const editor = await loginAs(env(), 'editor');
    const es = await post('/es/resources', countedBody().body, { cookie: editor.cookie });
    assert.equal(es.status, 413);
    assert.match(await es.text(), /Esa solicitud es demasiado grande/);
    const api = await post('/api/v1/resources', countedBody(1024 * 1024).body, { 'content-type': 'application/json', 'content-length': String(1024 * 1024) });
    assert.equal(api.status, 413);
    const json = await api.json() as { error: { code: string } };
    assert.equal(json.error.code, 'payload_too_large');
  });

  it('lets a small public body through to the usual checks (here the CSRF refusal)', async () => {
    const res = await post('/', 'q=asylum');
    assert.equal(res.status, 403);
  });

  it('gives someone not signed in the staff form limit on upload routes, not the upload limit', async () => {
    const form = await loginForm(env());
    const { body, read } = countedBody();
    const res = await post('/admin/resources', body, { cookie: form.cookie, 'content-type': 'multipart/form-data; boundary=x' });
    assert.equal(res.status, 413);
    assert.ok(read.bytes <= STAFF_FORM_BYTES + 64 * 1024, `read ${read.bytes} bytes`);
    const declared = await post('/admin/resources', countedBody(STAFF_FORM_BYTES + 1).body,
      { cookie: form.cookie, 'content-length': String(STAFF_FORM_BYTES + 1), 'content-type': 'multipart/form-data; boundary=x' });
    assert.equal(declared.status, 413);
  });

  it('limits staff forms without files, and accepts a large body where it belongs', async () => {
    const editor = await loginAs(env(), 'editor');
    const big = await post('/admin/preview', countedBody().body, { cookie: editor.cookie, 'x-csrf-token': editor.csrf });
    assert.equal(big.status, 413);
    const text = 'word '.repeat(200_000);
    const ok = await post('/admin/preview', new URLSearchParams({ _csrf: editor.csrf, body: text }).toString(), { cookie: editor.cookie });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /word word/);
  });
});
