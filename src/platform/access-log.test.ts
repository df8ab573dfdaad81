import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { it } from 'node:test';
import pino from 'pino';
import { createApp } from '../app/create-app.tsx';
import { describeEachDialect, type TestEnv } from '../../test/support/app.ts';
import { loginAs } from '../../test/support/auth.ts';
import { loggerOptions } from './logger.ts';

/** An app like the test one, logging JSON lines at `level` into an array. */
function loggingApp(env: TestEnv, level: string, configOverrides: Record<string, unknown> = {}) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l)); cb(); } });
  const logger = pino(loggerOptions(level, false), sink);
  const app = createApp({ db: env.db, dialect: env.dialect, config: { ...env.config, ...configOverrides }, logger, clock: env.clock });
  return { app, lines: () => lines.filter((l) => l.msg === 'request') };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describeEachDialect('access log and request ids', (env) => {
  it('writes one line per request: method, path, status, bytes, ms, request id; the staff member\'s id on staff pages', async () => {
    const { app, lines } = loggingApp(env(), 'info');
    const page = await app.request('/resources?q=asylum', { headers: { 'accept-encoding': 'gzip' } });
    const body = new Uint8Array(await page.arrayBuffer());
    const missing = await app.request('/no/such/page');
    await missing.arrayBuffer();
    const editor = await loginAs(env(), 'editor');
    const staff = await app.request('/admin', { headers: { cookie: editor.cookie } });
    await staff.arrayBuffer();
    await settle();
    const [a, b, c] = lines();
    assert.equal(lines().length, 3);
    assert.deepEqual({ method: a.method, path: a.path, status: a.status, bytes: a.bytes }, { method: 'GET', path: '/resources', status: 200, bytes: body.byteLength });
    assert.equal(typeof a.ms, 'number');
    assert.equal(a.requestId, page.headers.get('x-request-id'));
    assert.equal(a.userId, undefined, 'visitors are not identified');
    assert.equal(b.status, 404);
    assert.equal(c.userId, editor.user.id);
    assert.doesNotMatch(JSON.stringify(lines()), /asylum/, 'the query (what someone searched for) is not logged');
  });

  it('respects LOG_LEVEL: nothing below warn is written at warn', async () => {
    const { app, lines } = loggingApp(env(), 'warn');
    await (await app.request('/')).arrayBuffer();
    await settle();
    assert.equal(lines().length, 0);
  });

  it('makes its own request id unless TRUST_PROXY is set, and echoes it', async () => {
    const direct = loggingApp(env(), 'info');
    const forged = await direct.app.request('/healthz', { headers: { 'x-request-id': 'forged-id' } });
    const id = forged.headers.get('x-request-id');
    assert.ok(id && id !== 'forged-id', 'a client cannot choose its request id');
    assert.match(id, /^[0-9a-f-]{36}$/);
    const proxied = loggingApp(env(), 'info', { trustProxy: true });
    const res = await proxied.app.request('/healthz', { headers: { 'x-request-id': 'lb-7f3a2c' } });
    await res.arrayBuffer();
    assert.equal(res.headers.get('x-request-id'), 'lb-7f3a2c', 'behind a trusted proxy, its id is kept');
    const odd = await proxied.app.request('/healthz', { headers: { 'x-request-id': 'bad id\twith "quotes"' } });
    assert.notEqual(odd.headers.get('x-request-id'), 'bad id\twith "quotes"');
    await settle();
    assert.equal(proxied.lines()[0].requestId, 'lb-7f3a2c');
  });

  it('writes human-readable lines through pino-pretty when asked (a terminal), JSON otherwise', () => {
    assert.equal(loggerOptions('info', false).transport, undefined);
    assert.deepEqual((loggerOptions('info', true).transport as { target: string }).target, 'pino-pretty');
  });
}, { seed: true });
