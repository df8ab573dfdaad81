import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { createTestEnv, type TestEnv } from '../../test/support/app.ts';
import { explainClientErrors } from './client-errors.ts';

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

describe('requests Node refuses before the app', () => {
  let env: TestEnv & { close(): Promise<void> };
  let server: ReturnType<typeof serve>;
  let base: string;
  before(async () => {
    env = await createTestEnv('sqlite', { seed: false });
    server = serve({ fetch: env.app.fetch, port: 0, hostname: '127.0.0.1' });
    explainClientErrors(server);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await env?.close();
  });

  it('explains an address over 16 KB in plain words, and in JSON under /api/', async () => {
    const long = 'a'.repeat(20_000);
    const page = await get(`${base}/resources?q=${long}`);
    assert.equal(page.status, 431);
    assert.match(page.type, /text\/html/);
    assert.match(page.body, /That address is too long/);
    const api = await get(`${base}/api/v1/resources?q=${long}`);
    assert.equal(api.status, 431);
    assert.match(api.type, /application\/json/);
    assert.equal(JSON.parse(api.body).error.code, 'too_large');
    assert.equal((await get(`${base}/healthz`)).status, 200, 'the server still serves');
  });
});
