import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { idFromLocation, loginAs, postForm, postMultipart, type TestUser } from '../test/support/auth.ts';
import { tabTo } from './focus.ts';
import { fetchPublic, staffAccount } from './staff.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';
import { resourceFields } from '../test/support/factories.ts';

const skip = chromiumUnavailable() ?? false;

/**
 * Issue 5: an editor publishes a resource with the keyboard alone (Tab, Shift+Tab, Enter, Space),
 * and every stop on the way shows where focus is (an outline or shadow, on screen).
 */
describe('keyboard only: an editor publishes a resource', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  let page: Page;
  let editor: TestUser;
  let id = 0;
  const title = 'Keyboard journey: bond hearings explained';
  const slug = 'keyboard-journey-bond-hearings';

  before(async () => {
    site = await startSite();
    // An author's draft, submitted for review, through the app's own forms (in-process).
    const author = await loginAs(site.env, 'author');
    const created = await postMultipart(site.env, '/admin/resources', author, resourceFields({ title, slug, topics: ['removal-defense'] }));
    assert.equal(created.status, 303);
    id = idFromLocation(created);
    const submitted = await postForm(site.env, `/admin/resources/${id}/submit`, author, { version: '1' });
    assert.equal(submitted.status, 303);
    editor = await staffAccount(site, 'editor', 'Kim Keyboard');
    browser = await launchBrowser();
    // Reduced motion: focus moves jump instead of scrolling smoothly, so each stop is checked where it lands.
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('signs in with the keyboard: skip link first, then email, password, Enter', async () => {
    await page.goto(`${site.baseUrl}/admin/login`);
    const skipLink = await tabTo(page, () => true, 'the skip link', { max: 1 });
    assert.match(skipLink.selector, /skip-link/);
    await tabTo(page, (f) => f.id === 'f-email', 'the email field', { max: 5 });
    await page.keyboard.type(editor.email);
    await tabTo(page, (f) => f.id === 'f-password', 'the password field', { max: 1 });
    await page.keyboard.type(editor.password);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Sign in', 'the Sign in button', { max: 1 });
    await Promise.all([page.waitForURL(`${site.baseUrl}/admin`), page.keyboard.press('Enter')]);
  });

  it('goes to Resources, opens the item in review and publishes it with Space', async () => {
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Resources' && f.href === '/admin/resources', 'the Resources section', { max: 10 });
    await Promise.all([page.waitForURL(`${site.baseUrl}/admin/resources`), page.keyboard.press('Enter')]);

    // Filter the list to items in review with the filter form: a select, then the button.
    await tabTo(page, (f) => f.tag === 'select' && /state/.test(f.id), 'the State filter', { max: 20 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value), 'review');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Filter', 'the Filter button', { max: 10 });
    await Promise.all([page.waitForURL(/state=review/), page.keyboard.press('Space')]);

    await tabTo(page, (f) => f.href === `/admin/resources/${id}`, 'the resource in the list', { max: 30 });
    await Promise.all([page.waitForURL(`${site.baseUrl}/admin/resources/${id}`), page.keyboard.press('Enter')]);

    // The publication panel follows the form: Tab through the whole form to "Publish now".
    const publish = await tabTo(page, (f) => f.tag === 'button' && f.text === 'Publish now', 'the Publish now button', { max: 150 });
    assert.ok(publish.stops > 10, 'the form comes first');
    await Promise.all([page.waitForURL(/\?done=publish$/), page.keyboard.press('Space')]);
    assert.equal((await page.locator('.notice').first().innerText()).trim(), 'Published. It is on the site now.');
    assert.equal((await page.locator('.workflow-panel .badge.state').innerText()).trim(), 'Published');
    assert.equal((await fetchPublic(site, `/resources/${slug}`)).status, 200);
  });

  it('reads the history with the keyboard: the panel’s history link, then the newest revision', async () => {
    await page.goto(`${site.baseUrl}/admin/resources/${id}`);
    await tabTo(page, (f) => f.text === 'Revision history', 'the history link', { max: 150 });
    await Promise.all([page.waitForURL(`${site.baseUrl}/admin/resources/${id}/history`), page.keyboard.press('Enter')]);
    const newest = await tabTo(page, (f) => f.tag === 'a' && /^\d+$/.test(f.text), 'the newest revision', { max: 20 });
    await Promise.all([page.waitForURL(new RegExp(`/history/${newest.text}$`)), page.keyboard.press('Enter')]);
    assert.match(await page.locator('main').innerText(), /Published/);
  });
});
