import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { editorialAudit } from '../src/features/editorial/editorial.audit.ts';
import { publishDueResources } from '../src/features/editorial/scheduler.ts';
import type { TestUser } from '../test/support/auth.ts';
import { JOURNEY_START, fetchPublic, noticeText, resourceIdFrom, signInWithForm, staffAccount } from './staff.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';
import { minimalPdf } from '../test/support/factories.ts';

const skip = chromiumUnavailable() ?? false;

/**
 * Issue 4's journey in Chromium: an author writes a draft with a PDF and submits it, an editor
 * reads the diff and publishes, and the resource reaches the homepage, the library and the feed.
 * An author who tries to publish is refused. Scheduling is the second suite below.
 */
describe('publishing journey: author drafts, editor publishes', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  let authorContext: BrowserContext;
  let editorContext: BrowserContext;
  let authorPage: Page;
  let editorPage: Page;
  let author: TestUser;
  let editor: TestUser;
  let id = 0;
  const title = 'Vacated convictions after Pickering: a practice advisory';
  const slug = 'vacated-convictions-after-pickering';
  const summary = 'When a vacated conviction still counts for immigration purposes.';
  const revisedSummary = 'When a vacated conviction still counts, and when it no longer does.';

  before(async () => {
    site = await startSite();
    site.env.clock.set(JOURNEY_START);
    author = await staffAccount(site, 'author', 'Ana Author');
    editor = await staffAccount(site, 'editor', 'Eddie Editor');
    browser = await launchBrowser();
    authorContext = await browser.newContext({ timezoneId: 'UTC' });
    editorContext = await browser.newContext({ timezoneId: 'UTC' });
    authorPage = await authorContext.newPage();
    editorPage = await editorContext.newPage();
    for (const page of [authorPage, editorPage]) page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('an author signs in, writes a draft with the toolbar and a PDF, revises it and submits it for review', async () => {
    const page = authorPage;
    await signInWithForm(page, site, author);
    await page.getByRole('link', { name: 'Resources' }).first().click();
    await page.getByRole('link', { name: 'Write a new resource' }).click();
    await page.waitForURL(/\/admin\/resources\/new$/);

    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Web address (slug)').fill(slug);
    await page.getByLabel('Summary').fill(summary);

    // The body: typed into the textarea, formatted with editor.js's toolbar.
    const body = page.locator('#f-body');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await body.fill('Background');
    await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.length));
    await toolbar.getByRole('button', { name: 'Heading' }).click();
    await body.press('End');
    await body.pressSequentially('\n\nA conviction vacated for a legal defect ');
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await body.pressSequentially('no longer counts');
    await body.press('End');
    await body.pressSequentially('.\n\nCheck the record');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    assert.equal(await body.inputValue(), '## Background\n\nA conviction vacated for a legal defect **no longer counts**.\n\n- Check the record');

    // The live preview is rendered by the server's own Markdown renderer.
    await toolbar.getByRole('button', { name: 'Show preview' }).click();
    const preview = page.locator('#body-preview');
    await preview.locator('h2', { hasText: 'Background' }).waitFor();
    assert.equal(await preview.locator('strong').innerText(), 'no longer counts');
    assert.equal(await preview.locator('li').innerText(), 'Check the record');

    await page.getByLabel('Type', { exact: true }).selectOption('practice-advisory');
    await page.getByRole('checkbox', { name: 'Removal Defense' }).check();
    await page.getByLabel('Attach PDF files').setInputFiles({
      name: 'pickering-advisory.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf('Matter of Pickering practice advisory')),
    });
    await Promise.all([page.waitForURL(/\/admin\/resources\/\d+\?done=created$/), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    id = resourceIdFrom(page);
    assert.equal(await noticeText(page), 'The draft has been created.');
    assert.match(await page.locator('.attachment-list').innerText(), /pickering-advisory\.pdf/);
    assert.equal((await page.locator('.workflow-panel .badge.state').innerText()).trim(), 'Draft');

    // A second save, so the editor has a change to read.
    await page.getByLabel('Summary').fill(revisedSummary);
    await Promise.all([page.waitForURL(/\?done=saved$/), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    assert.equal(await page.getByLabel('Summary').inputValue(), revisedSummary);

    // Authors see no publish control, only "Submit for review".
    const panel = page.locator('.workflow-panel');
    assert.equal(await panel.getByRole('button', { name: 'Publish now' }).count(), 0);
    assert.equal(await panel.getByRole('button', { name: 'Schedule' }).count(), 0);
    await Promise.all([page.waitForURL(/\?done=submit$/), panel.getByRole('button', { name: 'Submit for review' }).click()]);
    assert.match(await noticeText(page), /^Submitted for review/);
    assert.equal(await panel.getByRole('button', { name: 'Publish now' }).count(), 0, 'no publish button once in review');
    assert.equal((await fetchPublic(site, `/resources/${slug}`)).status, 404, 'not public yet');
  });

  it('an author who forges the publish request is refused with 403, and nothing changes', async () => {
    assert.ok(id, 'the draft exists');
    const page = authorPage;
    await page.goto(`${site.baseUrl}/admin/resources/${id}`);
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    // In review the author has no action forms; the panel still shows the version.
    const version = (await page.locator('.workflow-panel .meta-list div', { hasText: 'Version' }).locator('dd').innerText()).trim();
    assert.equal(version, '3');
    // The author's own session and a valid CSRF token: only the role is wrong.
    const res = await page.request.post(`${site.baseUrl}/admin/resources/${id}/publish`, {
      form: { _csrf: csrf, version }, headers: { origin: site.baseUrl }, maxRedirects: 0,
    });
    assert.equal(res.status(), 403);
    assert.match(await res.text(), /role does not allow this/);
    await page.reload();
    assert.match(await page.locator('.workflow-panel').innerText(), /In review/i);
    assert.equal((await fetchPublic(site, `/resources/${slug}`)).status, 404);
  });

  it('an editor signs in, opens the item, reads its history and the diff, and publishes it', async () => {
    assert.ok(id, 'the draft exists');
    const page = editorPage;
    await signInWithForm(page, site, editor);
    await page.getByRole('link', { name: 'Resources' }).first().click();
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(`${site.baseUrl}/admin/resources/${id}`);
    assert.match(await page.locator('.workflow-panel').innerText(), /Ana Author/);

    await page.getByRole('link', { name: 'Revision history' }).click();
    await page.waitForURL(`${site.baseUrl}/admin/resources/${id}/history`);
    const rows = page.locator('table.data tbody tr');
    assert.equal(await rows.count(), 3, 'created, edited, submitted');
    assert.match(await rows.nth(2).innerText(), /Ana Author/);
    // The second version is the author's edit of the summary: a word diff.
    await page.getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL(`${site.baseUrl}/admin/resources/${id}/history/2`);
    const diff = page.locator('table.diff');
    assert.match(await diff.innerText(), /Summary/);
    assert.match(await diff.locator('ins').allInnerTexts().then((t) => t.join(' ')), /no longer does/);
    assert.ok((await diff.locator('del').count()) > 0, 'the removed words are marked');

    await page.getByRole('link', { name: 'Back to the history' }).click();
    await page.getByRole('link', { name: 'Back to the resource' }).click();
    await page.waitForURL(`${site.baseUrl}/admin/resources/${id}`);
    await Promise.all([page.waitForURL(/\?done=publish$/), page.locator('.workflow-panel').getByRole('button', { name: 'Publish now' }).click()]);
    assert.equal(await noticeText(page), 'Published. It is on the site now.');
    assert.match(await page.locator('.workflow-panel').innerText(), /Published/);
  });

  it('the published resource is on the homepage’s latest items, in the library, on its page with the PDF, and in the feed', async () => {
    assert.ok(id, 'the draft exists');
    const page = editorPage;
    await page.goto(site.baseUrl + '/');
    const latest = page.locator('.latest-list .latest-item').first();
    assert.match(await latest.innerText(), new RegExp(title));

    await page.goto(site.baseUrl + '/resources');
    assert.equal((await page.locator('.result-list .card-title a').first().innerText()).trim(), title, 'newest first in the library');
    await page.goto(site.baseUrl + '/resources?q=vacated%20convictions');
    await page.locator('.result-list .card-title a', { hasText: title }).click();
    await page.waitForURL(`${site.baseUrl}/resources/${slug}`);
    assert.equal((await page.locator('h1').innerText()).trim(), title);
    assert.equal(await page.locator('main strong', { hasText: 'no longer counts' }).count(), 1);
    const download = page.locator('main a[href*=".pdf"], main a[href*="/attachments/"]').first();
    const href = await download.getAttribute('href');
    assert.ok(href, 'a download link');
    const pdf = await fetch(new URL(href, site.baseUrl));
    assert.equal(pdf.status, 200);
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1'), '%PDF-');

    const feed = await fetchPublic(site, '/feeds/resources.atom');
    assert.equal(feed.status, 200);
    assert.ok(feed.text.includes(title), 'the feed names it');
    assert.ok(feed.text.includes(`/resources/${slug}`), 'the feed links to it');
    // Newest first: it is the feed's first entry.
    assert.ok(feed.text.indexOf('<entry') < feed.text.indexOf(`/resources/${slug}`));
    assert.ok(feed.text.indexOf(`/resources/${slug}`) < feed.text.indexOf('<entry', feed.text.indexOf('<entry') + 1));
  });
});

/**
 * A scheduled resource stays private until its time, then the scheduler publishes it once. The
 * app runs publishDueResources from main.ts on a timer (startScheduler) and has no HTTP trigger,
 * so the test moves the site's injected clock and runs it the same way, with the same audit hook.
 */
describe('publishing journey: a scheduled resource appears when its time comes', { skip }, () => {
  let site: LiveSite;
  let browser: Browser;
  let page: Page;
  let editor: TestUser;
  let id = 0;
  const title = 'Asylum clock changes for 2025: what practitioners should know';
  const slug = 'asylum-clock-changes-2025';
  const due = new Date('2024-11-10T09:30:00Z');

  const runScheduler = () => publishDueResources(site.env.db, site.env.clock, editorialAudit(site.env.clock));
  async function isPublic(): Promise<Record<string, boolean>> {
    const [resource, home, library, feed] = await Promise.all(
      [`/resources/${slug}`, '/', '/resources', '/feeds/resources.atom'].map((p) => fetchPublic(site, p)),
    );
    return {
      page: resource.status === 200,
      home: home.text.includes(title),
      library: library.text.includes(title),
      feed: feed.text.includes(`/resources/${slug}`),
    };
  }

  before(async () => {
    site = await startSite();
    site.env.clock.set(JOURNEY_START);
    editor = await staffAccount(site, 'editor', 'Sam Scheduler');
    browser = await launchBrowser();
    const context = await browser.newContext({ timezoneId: 'UTC' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('an editor writes a resource, submits it and schedules it for tomorrow 09:30 UTC; it is not public', async () => {
    await signInWithForm(page, site, editor);
    await page.goto(`${site.baseUrl}/admin/resources/new`);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Web address (slug)').fill(slug);
    await page.getByLabel('Summary').fill('The one-year filing deadline and the asylum clock, explained.');
    await page.locator('#f-body').fill('## The clock\n\nIt stops when the applicant asks for more time.');
    await page.getByLabel('Type', { exact: true }).selectOption('faq-explainer');
    await Promise.all([page.waitForURL(/\?done=created$/), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    id = resourceIdFrom(page);
    const panel = page.locator('.workflow-panel');
    await Promise.all([page.waitForURL(/\?done=submit$/), panel.getByRole('button', { name: 'Submit for review' }).click()]);

    await panel.getByLabel('Date').fill('2024-11-10');
    await panel.getByLabel('Time', { exact: true }).fill('09:30');
    await panel.getByLabel('Time zone').selectOption('UTC');
    await Promise.all([page.waitForURL(/\?done=schedule$/), panel.getByRole('button', { name: 'Schedule', exact: true }).click()]);
    assert.equal(await noticeText(page), 'Scheduled. It will be published at the time shown.');
    assert.match(await panel.innerText(), /Scheduled for/);
    assert.deepEqual(await isPublic(), { page: false, home: false, library: false, feed: false });
  });

  it('one minute early the scheduler publishes nothing; at the time it publishes it exactly once', async () => {
    assert.ok(id, 'the resource was scheduled');
    site.env.clock.set(new Date(due.getTime() - 60_000));
    assert.deepEqual(await runScheduler(), []);
    assert.deepEqual(await isPublic(), { page: false, home: false, library: false, feed: false });

    site.env.clock.set(new Date(due.getTime() + 1_000));
    assert.deepEqual(await runScheduler(), [id]);
    assert.deepEqual(await runScheduler(), [], 'a second run finds nothing left to publish');
    assert.deepEqual(await isPublic(), { page: true, home: true, library: true, feed: true });
  });

  it('the history records the publication by the system, and the browser shows the resource', async () => {
    assert.ok(id, 'the resource was scheduled');
    // A day has passed on the site's clock: the session has expired, so sign in again.
    await signInWithForm(page, site, editor);
    await page.goto(`${site.baseUrl}/admin/resources/${id}/history`);
    const newest = await page.locator('table.data tbody tr').first().innerText();
    assert.match(newest, /System/);
    assert.match(newest, /schedule/i);
    await page.goto(`${site.baseUrl}/resources/${slug}`);
    assert.equal((await page.locator('h1').innerText()).trim(), title);
    await page.goto(site.baseUrl + '/');
    assert.match(await page.locator('.latest-list .latest-item').first().innerText(), new RegExp(title.slice(0, 30)));
  });
});
