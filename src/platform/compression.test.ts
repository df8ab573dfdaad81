import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { after, before, it } from 'node:test';
import { serve } from '@hono/node-server';
import { describeEachDialect, type TestEnv } from '../../test/support/app.ts';

/** GETs a URL from a real socket and returns the bytes exactly as they came over the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describeEachDialect('compression', (envOf) => {
  let env: TestEnv;
  let server: ReturnType<typeof serve>;
  let base: string;
  let stylesheet: string;

  before(async () => {
    env = envOf();
    server = serve({ fetch: env.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec((await env.get('/')).text)![1];
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends pages Brotli- or gzip-compressed over a real socket, the same bytes on every request', async () => {
    for (const path of ['/', '/resources', '/es/resources']) {
      const plain = await rawGet(base + path, {});
      assert.equal(plain.headers['content-encoding'], undefined, path);
      const gz = await rawGet(base + path, { 'Accept-Encoding': 'gzip, deflate' });
      assert.equal(gz.status, 200);
      assert.equal(gz.headers['content-encoding'], 'gzip', path);
      assert.match(String(gz.headers.vary), /Accept-Encoding/);
      assert.equal(zlib.gunzipSync(gz.body).toString(), plain.body.toString(), path);
      assert.ok(gz.body.length < plain.body.length / 2.5, `${path}: ${gz.body.length} of ${plain.body.length} bytes`);
      const br = await rawGet(base + path, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br', path);
      assert.equal(zlib.brotliDecompressSync(br.body).toString(), plain.body.toString(), path);
      assert.ok(br.body.length < gz.body.length, `${path}: br ${br.body.length} < gzip ${gz.body.length}`);
      assert.equal(Number(br.headers['content-length']), br.body.length);
      const again = await rawGet(base + path, { 'Accept-Encoding': 'br' });
      assert.deepEqual(again.body, br.body, `${path}: a cached page is sent as stored`);
      assert.equal(again.headers['content-security-policy'], br.headers['content-security-policy']);
      const refused = await rawGet(base + path, { 'Accept-Encoding': 'br;q=0, gzip' });
      assert.equal(refused.headers['content-encoding'], 'gzip', `${path}: q=0 refuses br`);
    }
  });

  it('sends the stylesheet pre-compressed with Brotli, or gzip, cached for a year', async () => {
    const plain = await rawGet(base + stylesheet, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers['cache-control']), /max-age=31536000, immutable/);
    const br = await rawGet(base + stylesheet, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    assert.deepEqual(zlib.brotliDecompressSync(br.body), plain.body);
    const gz = await rawGet(base + stylesheet, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(zlib.gunzipSync(gz.body), plain.body);
    assert.ok(br.body.length < gz.body.length, `br ${br.body.length} < gzip ${gz.body.length}`);
    assert.notEqual(br.headers.etag, gz.headers.etag, 'each encoding has its own validator');
    const again = await rawGet(base + stylesheet, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    assert.equal(again.status, 304);
  });
});
