// SIGTERM under load, on both engines, against the production start: the server stops
// accepting, finishes what it accepted (each answer with `Connection: close`), closes idle
// keep-alive connections, and exits 0 within the drain time. `npm start` leaves no orphan.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, describe, it } from 'node:test';
import { loginAs } from './support/auth.ts';
import { manyPagesPdf } from './support/hostile-pdf.ts';
import { postgresUnavailable } from './support/postgres.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { DIALECTS } from './support/app.ts';
import { resourceFields } from './support/factories.ts';

const PATHS = ['/', '/resources', '/resources?q=asylum', '/topics', '/es/resources?sort=title', '/feeds/resources.atom', '/api/v1/resources', '/healthz'];

interface Tally {
  ok: number;
  closeHeaders: number;
  /** Requests the server never took: connection refused once it stopped listening. */
  refused: number;
  /** Accepted requests that failed: a reset mid-answer, or an error status. */
  failed: string[];
}

/** One GET on a keep-alive agent; a request that finds its reused connection closed before any answer is retried once, as browsers do. */
function get(url: string, agent: http.Agent, retried = false): Promise<{ status: number; connection: string | undefined } | { error: string; code?: string }> {
  return new Promise((resolve) => {
    let answered = false;
    const req = http.get(url, { agent }, (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      res.on('error', (err) => resolve({ error: `reset mid-answer: ${err.message}` }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return;
      const reusedClosed = (req as unknown as { reusedSocket?: boolean }).reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE');
      if (reusedClosed && !retried) return resolve(get(url, agent, true));
      resolve({ error: err.message, code: err.code });
    });
  });
}

/** `clients` loops of keep-alive requests until the server refuses connections (or `untilMs`). */
async function load(base: string, clients: number, untilMs: number, tally: Tally): Promise<void> {
  const deadline = Date.now() + untilMs;
  await Promise.all(Array.from({ length: clients }, async (_, i) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let n = i; Date.now() < deadline; n++) {
        const result = await get(base + PATHS[n % PATHS.length], agent);
        if ('status' in result) {
          if (result.status >= 500) tally.failed.push(`${PATHS[n % PATHS.length]}: ${result.status}`);
          else tally.ok++;
          if (result.connection === 'close') tally.closeHeaders++;
        } else if (result.code === 'ECONNREFUSED') {
          tally.refused++;
          return;
        } else {
          tally.failed.push(`${PATHS[n % PATHS.length]}: ${result.error}`);
        }
      }
    } finally {
      agent.destroy();
    }
  }));
}

for (const dialect of DIALECTS) {
  const skip = dialect === 'postgres' ? await postgresUnavailable() : null;
  describe(`graceful stop under load [${dialect}]`, { skip: skip ?? false }, () => {
    let server: RunningServer | undefined;
    after(() => server?.close());

    it('answers every accepted request, closes keep-alive connections, exits 0 within the drain time', async () => {
      server = await startServer(dialect, { env: { SHUTDOWN_DRAIN_MS: '20000' } });
      const editor = await loginAs(server.env, 'editor');
      const tally: Tally = { ok: 0, closeHeaders: 0, refused: 0, failed: [] };
      const running = load(server.url, 12, 30_000, tally);
      // A slow request in flight when the signal comes: an upload whose PDF takes seconds to read.
      await new Promise((r) => setTimeout(r, 1500));
      const form = new FormData();
      form.set('_csrf', editor.csrf);
      for (const [k, v] of Object.entries(resourceFields())) for (const item of [v].flat()) form.append(k, item);
      form.append('attachments', new File([manyPagesPdf(400)], 'long.pdf', { type: 'application/pdf' }));
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      const upload = new Promise<{ status: number; connection?: string; error?: string; at: number }>((resolve) => {
        const req = http.request(`${server!.url}/admin/resources`, {
          method: 'POST', agent: false,
          headers: { cookie: editor.cookie, 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
        }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, at: performance.now() }));
        });
        req.on('error', (err) => resolve({ status: 0, error: err.message, at: performance.now() }));
        req.end(body);
      });
      await new Promise((r) => setTimeout(r, 300));
      const before = tally.ok;
      const signalled = performance.now();
      server.child.kill('SIGTERM');
      const code = await server.exited;
      const stoppedIn = performance.now() - signalled;
      await running;
      const uploaded = await upload;
      console.log(JSON.stringify({ dialect, ok: tally.ok, before, refused: tally.refused, closeHeaders: tally.closeHeaders, failed: tally.failed, stoppedIn: Math.round(stoppedIn), upload: uploaded.status, uploadError: uploaded.error, uploadAfter: Math.round(uploaded.at - signalled) }));
      assert.equal(code, 0, `exit code\n${server.output().slice(-2000)}`);
      assert.ok(stoppedIn < 20_000 + 3_000, `stopped after ${Math.round(stoppedIn)} ms`);
      assert.deepEqual(tally.failed, [], `no accepted request failed\n${server.output().slice(-2500)}`);
      assert.ok(before > 3, `the load ran (${before} answers before the signal)`);
      assert.ok(tally.refused > 0, 'new connections were refused once it stopped');
      assert.equal(uploaded.status, 303, `the upload in flight was finished (${JSON.stringify(uploaded)}, ${Math.round(uploaded.at - signalled)} ms after the signal)\n${server.output().slice(-1500)}`);
      assert.equal(uploaded.connection, 'close', 'the answer in flight said Connection: close');
      assert.match(server.output(), /"msg":"stopped"/);
    });
  });
}

describe('npm start', () => {
  it('runs the server as the process npm signals: SIGTERM to npm stops the server, no orphan', async () => {
    const server = await startServer('sqlite', { command: { file: 'npm', args: ['start', '--silent'] } });
    try {
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      server.child.kill('SIGTERM');
      const code = await server.exited;
      assert.equal(code, 0, `npm's exit code\n${server.output().slice(-1500)}`);
      await assert.rejects(fetch(`${server.url}/healthz`), 'nothing answers on the port any more');
    } finally {
      await server.close();
    }
  });
});
