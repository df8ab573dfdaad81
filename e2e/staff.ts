import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createUser, type TestUser } from '../test/support/auth.ts';
import type { Role } from '../src/platform/http.ts';
import type { LiveSite } from './support.ts';

/** Staff journeys run at a fixed moment (the injected clock), well after the demo content was posted. */
export const JOURNEY_START = new Date('2024-11-09T10:00:00Z');

/** A staff account made straight in the database (password TEST_PASSWORD). */
export function staffAccount(site: LiveSite, role: Role, name?: string): Promise<TestUser> {
  return createUser(site.env, role, name ? { name } : {});
}

/** Signs in through the /admin/login form with the mouse-free basics (fill, then Enter). */
export async function signInWithForm(page: Page, site: LiveSite, user: TestUser): Promise<void> {
  await page.goto(`${site.baseUrl}/admin/login`);
  await page.locator('#f-email').fill(user.email);
  await page.locator('#f-password').fill(user.password);
  await Promise.all([page.waitForURL(`${site.baseUrl}/admin`), page.locator('#f-password').press('Enter')]);
  assert.match(await page.locator('.admin-logout').innerText(), new RegExp(user.name));
}

/** Signs out with the header's button. */
export async function signOut(page: Page, site: LiveSite): Promise<void> {
  await Promise.all([page.waitForURL(`${site.baseUrl}/admin/login?signed_out`), page.locator('.admin-logout button').click()]);
}

/** The id in the current `/admin/resources/<id>` URL. */
export function resourceIdFrom(page: Page): number {
  const m = /\/admin\/resources\/(\d+)/.exec(page.url());
  assert.ok(m, `a resource URL: ${page.url()}`);
  return Number(m[1]);
}

/** The page's success or error notice text. */
export async function noticeText(page: Page): Promise<string> {
  return (await page.locator('.notice').first().innerText()).trim();
}

/** Fetches a public path outside the browser (no cookies): status and text. */
export async function fetchPublic(site: LiveSite, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(site.baseUrl + path);
  return { status: res.status, text: await res.text() };
}
