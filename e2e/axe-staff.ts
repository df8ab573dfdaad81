import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { authenticator } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { idFromLocation, postForm, postMultipart, signIn, type TestUser } from '../test/support/auth.ts';
import { AXE_TAGS } from './axe.ts';
import { JOURNEY_START, staffAccount } from './staff.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';
import { minimalPdf, resourceFields } from '../test/support/factories.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }

/** axe's violations on the page as it is now (WCAG 2.2 AA tags of e2e/axe.ts), as readable lines. */
export async function violations(page: Page): Promise<string[]> {
  const found = (await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, AXE_TAGS)) as Violation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`).join('\n')}`);
}

/** Who looks at a screen: a signed-in admin, an author, nobody yet, or an author on a 320px phone. */
export type Viewer = 'admin' | 'author' | 'anonymous' | 'phone';

/** The live site and what the audit made on it before looking. */
export interface StaffFixture {
  site: LiveSite;
  admin: TestUser;
  author: TestUser;
  /** An editor with two-step verification turned on. */
  guarded: TestUser;
  /** The author's resource in review: a PDF attached, three revisions. */
  reviewId: number;
  /** The author's draft. */
  draftId: number;
  go(page: Page, path: string): Promise<number | undefined>;
  /** Runs `action` and returns the status of the navigation it causes. */
  submit(page: Page, action: () => Promise<unknown>): Promise<number | undefined>;
  signInPage(page: Page, user: TestUser): Promise<number | undefined>;
}

/** One staff screen to audit. */
export interface Screen {
  label: string;
  viewer: Viewer;
  /** The status the last navigation must answer. */
  status: number;
  /** The interface language the screen is in (default English), for the report. */
  lang?: 'en' | 'es';
  /** Brings the page to the screen; screens of one viewer run in order and build on each other. */
  open(page: Page, fx: StaffFixture): Promise<number | undefined>;
}

/**
 * Audits staff screens with axe-core in Chromium, one browser context per viewer (one viewer after
 * another, each one's screens in order), reports each screen as its own test and prints the pages
 * it checked. The staff area has one URL per screen in both languages; a screen reached after the
 * language switch (`?lang-choice=es`, which sets the `lang` cookie) is in Spanish.
 */
export function describeStaffAudit(name: string, screens: Screen[]): void {
  const skip = chromiumUnavailable() ?? false;
  describe(name, { skip }, () => {
    let site: LiveSite;
    let browser: Browser;
    const results = new Map<string, string[]>();
    const checked: string[] = [];

    before(async () => {
      site = await startSite();
      site.env.clock.set(JOURNEY_START);
      const admin = await staffAccount(site, 'admin', 'Alex Admin');
      const author = await staffAccount(site, 'author', 'Ana Author');
      const guarded = await staffAccount(site, 'editor', 'Gus Guarded');
      await site.env.db.updateTable('users').set({ totp_secret: authenticator.generateSecret(20), totp_enabled: 1 }).where('id', '=', guarded.id).execute();

      // Content to look at, made through the app's own forms (in-process).
      const signed = await signIn(site.env, author);
      const fields = { slug: 'a11y-pickering', title: 'Pickering after vacatur' };
      const created = await postMultipart(site.env, '/admin/resources', signed, resourceFields(fields),
        [{ field: 'attachments', name: 'advisory.pdf', data: minimalPdf('Advisory'), type: 'application/pdf' }]);
      assert.equal(created.status, 303);
      const reviewId = idFromLocation(created);
      const edited = await postMultipart(site.env, `/admin/resources/${reviewId}`, signed,
        resourceFields({ ...fields, summary: 'When a vacated conviction still counts, and when not.', version: '1' }));
      assert.equal(edited.status, 303);
      assert.equal((await postForm(site.env, `/admin/resources/${reviewId}/submit`, signed, { version: '2' })).status, 303);
      const draftId = idFromLocation(await postMultipart(site.env, '/admin/resources', signed, resourceFields({ slug: 'a11y-draft', title: 'A draft in progress' })));

      const url = (path: string) => site.baseUrl + path;
      const fx: StaffFixture = {
        site, admin, author, guarded, reviewId, draftId,
        go: async (page, path) => (await page.goto(url(path)))?.status(),
        submit: async (page, action) => {
          const [res] = await Promise.all([page.waitForNavigation(), action()]);
          return res?.status();
        },
        signInPage: async (page, user) => {
          await page.goto(url('/admin/login'));
          await page.locator('#f-email').fill(user.email);
          await page.locator('#f-password').fill(user.password);
          return fx.submit(page, () => page.getByRole('button', { name: 'Sign in' }).click());
        },
      };

      browser = await launchBrowser();
      // One viewer after another: the machine running the suites may be busy, and sign-ins cost argon2 time.
      for (const viewer of [...new Set(screens.map((s) => s.viewer))]) {
        // The CSP (script-src 'self') would block the injected axe script: bypass it for the audit only.
        const context: BrowserContext = await browser.newContext({
          bypassCSP: true, timezoneId: 'UTC',
          viewport: viewer === 'phone' ? { width: 320, height: 640 } : { width: 1280, height: 900 },
        });
        await context.addInitScript({ path: AXE_PATH });
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        for (const screen of screens.filter((s) => s.viewer === viewer)) {
          try {
            const status = await screen.open(page, fx);
            const here = new URL(page.url());
            checked.push(`${`${screen.label} [${screen.lang ?? 'en'}]`.padEnd(72)} ${here.pathname}${here.search}${viewer === 'phone' ? ' (320px wide)' : ''}`);
            const lang = await page.locator('html').getAttribute('lang');
            results.set(screen.label, status !== screen.status ? [`answered ${status}, expected ${screen.status} at ${here.pathname}`]
              : lang !== (screen.lang ?? 'en') ? [`the page is in "${lang}", expected "${screen.lang ?? 'en'}"`]
              : await violations(page));
          } catch (err) {
            results.set(screen.label, [`could not open the screen: ${(err as Error).message.split('\n')[0]}`]);
          }
        }
        await context.close();
      }
    });
    after(async () => {
      console.log(`axe-core ${AXE_TAGS.join(', ')}: checked ${checked.length} staff pages\n${checked.map((p) => `  ${p}`).join('\n')}`);
      await browser?.close();
      await site?.close();
    });

    for (const screen of screens) {
      it(`${screen.label} [${screen.viewer}${screen.lang === 'es' ? ', es' : ''}]`, () => {
        const found = results.get(screen.label);
        assert.ok(found, 'audited');
        assert.deepEqual(found, [], found.join('\n'));
      });
    }
  });
}
