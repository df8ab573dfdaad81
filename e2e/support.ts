import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
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

/** A suite's live site and one browser page, from `livePage`. */
export interface LivePage {
  readonly site: LiveSite;
  readonly page: Page;
}

/**
 * Registers the usual suite setup: before all tests, a live site, Chromium and one page in a
 * context made with `options` (`prepare` may adjust the context first, e.g. add init scripts);
 * after them, both closed. Read `site` and `page` inside the tests.
 */
export function livePage(options: BrowserContextOptions, prepare?: (context: BrowserContext) => Promise<unknown>): LivePage {
  let site: LiveSite | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
    const context = await browser.newContext(options);
    await prepare?.(context);
    page = await context.newPage();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() { if (!site) throw new Error('the live site is not started'); return site; },
    get page() { if (!page) throw new Error('the browser page is not open'); return page; },
  };
}
