import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createTestEnv, type TestEnv } from '../test/support/app.ts';
import { IN_CI } from '../test/support/postgres.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Null when Debian's Chromium is installed, otherwise why the browser journeys cannot run. */
export function chromiumUnavailable(): string | null {
  if (fs.existsSync(CHROMIUM_PATH)) return null;
  const reason = `Chromium not found at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium)`;
  if (IN_CI) throw new Error(`${reason}. CI requires it; .ci/run installs it.`);
  return reason;
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface LiveSite {
  env: TestEnv;
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves a freshly seeded SQLite site on a free loopback port. */
export async function startSite(): Promise<LiveSite> {
  const env = await createTestEnv('sqlite');
  const server = serve({ fetch: env.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    env,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await env.close();
    },
  };
}
