// A PostgreSQL outage under load: the server's connections are terminated again and again
// (pg_terminate_backend, as a restart or failover does) while visitors keep coming. The server
// must never exit, never answer 500, answer 503 with Retry-After (or a stored page) while it
// lasts, and reconnect by itself.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { POSTGRES_URL, postgresUnavailable } from './support/postgres.ts';
import { startServer, type RunningServer } from './support/server.ts';

const skip = await postgresUnavailable();

function get(url: string, agent: http.Agent): Promise<{ status: number; retryAfter?: string; stale: boolean } | { error: string }> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, timeout: 15_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, stale: Boolean(res.headers['x-haven-stale']) }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', (err) => resolve({ error: err.message }));
  });
}

describe('PostgreSQL outage under load', { skip: skip ?? false }, () => {
  let server: RunningServer | undefined;
  after(() => server?.close());

  it('keeps serving: 503 with Retry-After or a stored page during the outage, never a 500 or an exit, then recovers', async () => {
    server = await startServer('postgres');
    const base = server.url;
    for (const path of ['/', '/resources', '/topics']) assert.equal((await fetch(base + path)).status, 200);

    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    let terminated = 0;
    const counts = { ok: 0, stale: 0, unavailable: 0, withoutRetryAfter: 0 };
    const bad: string[] = [];
    const deadline = Date.now() + 9_000;
    const stormFrom = Date.now() + 1_500;
    const stormUntil = Date.now() + 6_000;
    const storm = (async () => {
      while (Date.now() < stormUntil) {
        if (Date.now() >= stormFrom) {
          const { rowCount } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [server!.applicationName]);
          terminated += rowCount ?? 0;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const paths = ['/', '/resources', '/topics', '/api/v1/resources', '/feeds/resources.atom', '/healthz'];
    await Promise.all(Array.from({ length: 8 }, async (_, i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let n = 0; Date.now() < deadline; n++) {
        const path = n % 3 === 0 ? `/resources?q=word${i}x${n}` : paths[(n + i) % paths.length];
        const r = await get(base + path, agent);
        if ('error' in r) bad.push(`${path}: ${r.error}`);
        else if (r.status === 503) {
          if (path !== '/healthz' && r.retryAfter !== '5') counts.withoutRetryAfter++;
          counts.unavailable++;
        } else if (r.status >= 500) bad.push(`${path}: ${r.status}`);
        else if (r.stale) counts.stale++;
        else counts.ok++;
      }
      agent.destroy();
    }));
    await storm;
    await admin.end();

    assert.equal(server.child.exitCode, null, `the server is still running\n${server.output().slice(-3000)}`);
    assert.ok(terminated > 0, 'connections were terminated');
    assert.deepEqual(bad, [], 'no 500s, no dropped connections');
    assert.equal(counts.withoutRetryAfter, 0, 'every 503 says when to come back');
    // Recovered by itself: fresh pages and the health check answer again.
    let healthy = false;
    for (let i = 0; i < 50 && !healthy; i++) {
      healthy = (await fetch(`${base}/healthz`)).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(healthy, 'healthz answers 200 again');
    assert.equal((await fetch(`${base}/resources?q=after-the-outage`)).status, 200);
    console.log(JSON.stringify({ terminated, ...counts }));
  });
});
