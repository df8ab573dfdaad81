import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createApp } from '../app/create-app.tsx';
import { describeEachDialect } from '../../test/support/app.ts';
import { createLogger } from './logger.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';

describeEachDialect('/metrics', (env) => {
  it('does not exist without METRICS_TOKEN', async () => {
    assert.equal((await env().request('/metrics')).status, 404);
  });

  it('answers Prometheus text for the bearer token only: requests by route and status, latency, DB pool, page cache, event-loop lag', async () => {
    const stats = () => ({ total: 3, idle: 2, waiting: 0, max: 4 });
    const app = createApp({ db: env().db, dialect: env().dialect, config: { ...env().config, metricsToken: TOKEN }, logger: createLogger('silent'), clock: env().clock, dbPool: stats });
    for (const path of ['/resources', '/resources', '/resources/prosecutorial-discretion-removal-proceedings-part-1', '/no/such/page']) await (await app.request(path)).arrayBuffer();
    assert.equal((await app.request('/metrics')).status, 401);
    const wrong = await app.request('/metrics', { headers: { authorization: 'Bearer not-the-token-at-all-000000' } });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('www-authenticate'), 'Bearer realm="metrics"');
    const res = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    assert.match(text, /haven_http_requests_total\{route="\/resources",method="GET",status="200"\} 2/);
    assert.match(text, /haven_http_requests_total\{route="\/resources\/:slug",method="GET",status="200"\} 1/);
    assert.match(text, /haven_http_requests_total\{route="unmatched",method="GET",status="404"\} 1/);
    assert.match(text, /haven_http_request_duration_seconds_bucket\{le="0\.1",route="\/resources",method="GET"\} \d/);
    assert.match(text, /haven_db_connections\{state="idle"\} 2/);
    assert.match(text, /haven_page_cache_lookups_total\{result="hit"\} 1/);
    assert.match(text, /haven_page_cache_lookups_total\{result="miss"\} 3/);
    assert.match(text, /nodejs_eventloop_lag_seconds \d/);
    assert.doesNotMatch(text, /prosecutorial/, 'paths never become labels');
  });
}, { seed: true });
