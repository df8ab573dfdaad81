import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { describeEachDialect } from '../../test/support/app.ts';
import { createApp } from './create-app.tsx';
import { databaseFault } from '../db/faults.ts';
import { createLogger } from '../platform/logger.ts';

/** Makes every query fail the way a lost database does on each engine, while `down` is set. */
class Outage implements KyselyPlugin {
  down = false;
  constructor(private readonly dialect: string) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (!this.down) return args.node;
    throw this.dialect === 'postgres'
      ? Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })
      : Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

describeEachDialect('while the database is unreachable', (env) => {
  it('serves stored public pages stale, answers 503 with Retry-After elsewhere, and recovers by itself', async () => {
    const e = env();
    const outage = new Outage(e.dialect);
    const app = createApp({ db: e.db.withPlugin(outage), dialect: e.dialect, config: e.config, logger: createLogger('silent'), clock: e.clock });
    const home = await app.request('/');
    assert.equal(home.status, 200);
    const homeHtml = await home.text();

    outage.down = true;
    const stale = await app.request('/');
    assert.equal(stale.status, 200, 'the stored homepage');
    assert.equal(await stale.text(), homeHtml);
    assert.equal(stale.headers.get('x-haven-stale'), 'database unavailable');
    assert.equal(stale.headers.get('cache-control'), 'no-store');

    const page = await app.request('/resources?q=never-asked-before');
    assert.equal(page.status, 503);
    assert.equal(page.headers.get('retry-after'), '5');
    const html = await page.text();
    assert.match(html, /The site is briefly unavailable/);
    assert.doesNotMatch(html, /at .*\.ts:\d+/, 'no stack');
    const spanish = await app.request('/es/resources?q=nunca');
    assert.match(await spanish.text(), /El sitio no está disponible por un momento/);

    const api = await app.request('/api/v1/resources');
    assert.equal(api.status, 503);
    assert.equal(api.headers.get('retry-after'), '5');
    assert.equal((await api.json() as { error: { code: string } }).error.code, 'unavailable');
    assert.equal((await app.request('/healthz')).status, 503);
    assert.equal((await app.request('/admin/login')).status, 503);

    outage.down = false;
    assert.equal((await app.request('/resources?q=never-asked-before')).status, 200, 'back as soon as the database is');
    assert.equal((await app.request('/')).headers.get('x-haven-stale'), null);
  });
});

it('classifies database faults on both engines, through error causes', () => {
  const err = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  assert.equal(databaseFault(err('57P01')), 'unavailable');
  assert.equal(databaseFault(err('08006')), 'unavailable');
  assert.equal(databaseFault(err('ECONNREFUSED')), 'unavailable');
  assert.equal(databaseFault(new Error('Connection terminated unexpectedly')), 'unavailable');
  assert.equal(databaseFault(err('SQLITE_BUSY')), 'unavailable');
  assert.equal(databaseFault(err('SQLITE_FULL', 'database or disk is full')), 'full');
  assert.equal(databaseFault(err('53100')), 'full');
  assert.equal(databaseFault(new Error('wrapped', { cause: err('ENOSPC') })), 'full');
  assert.equal(databaseFault(err('23505')), null, 'a unique violation is not a fault');
  assert.equal(databaseFault(new Error('anything else')), null);
});
