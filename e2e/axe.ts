import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { PUBLIC_PAGES, inLocale, type PublicPage } from './pages.ts';
import { chromiumUnavailable, launchBrowser, startSite, type LiveSite } from './support.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.2 AA: the A and AA rules of 2.0, 2.1 and 2.2. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page to audit: where, what it should answer, and optionally a narrow viewport. */
export interface AuditTarget {
  label: string;
  path: string;
  status: number;
  viewport?: { width: number; height: number };
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * The public pages of one group in one language; the `site` group adds home and the library on a
 * 320px-wide phone.
 */
export function auditTargets(locale: 'en' | 'es', group: PublicPage['group']): AuditTarget[] {
  const phone = { width: 320, height: 640 };
  return [
    ...PUBLIC_PAGES.filter((p) => p.group === group).map((p) => ({ label: `${p.name} [${locale}]`, path: inLocale(p.path, locale), status: p.status })),
    ...(group === 'site'
      ? [
        { label: `home on a 320px phone [${locale}]`, path: inLocale('/', locale), status: 200, viewport: phone },
        { label: `filtered library on a 320px phone [${locale}]`, path: inLocale('/resources?type=practice-advisory', locale), status: 200, viewport: phone },
      ]
      : []),
  ];
}

/**
 * Loads a page and returns axe's violations as readable lines (empty when it passes). `spoil`
 * breaks the page first, to prove the audit notices a violation.
 */
async function audit(context: BrowserContext, baseUrl: string, target: AuditTarget, spoil?: () => void): Promise<string[]> {
  const page = await context.newPage();
  try {
    if (target.viewport) await page.setViewportSize(target.viewport);
    const res = await page.goto(baseUrl + target.path, { waitUntil: 'load' });
    if (res?.status() !== target.status) return [`answered ${res?.status()}, expected ${target.status}`];
    if (spoil) await page.evaluate(spoil);
    const violations = (await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
    }, AXE_TAGS)) as Violation[];
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`).join('\n')}`);
  } finally {
    await page.close();
  }
}

/**
 * A suite that audits every target with axe-core in Chromium, a few pages at a time, then reports
 * each page as its own test and prints the list of pages it checked. `extra` adds tests that need
 * the live site (e.g. a page that may not exist yet).
 */
export function describeAxeAudit(
  name: string,
  targets: AuditTarget[],
  extra?: (ctx: () => { site: LiveSite; run(target: AuditTarget): Promise<string[]>; checked: string[] }) => void,
  options: { selfCheck?: boolean } = {},
): void {
  const skip = chromiumUnavailable() ?? false;
  describe(name, { skip }, () => {
    let site: LiveSite;
    let browser: Browser;
    let context: BrowserContext;
    const results = new Map<string, string[]>();
    const checked: string[] = [];
    const run = async (target: AuditTarget) => {
      const found = await audit(context, site.baseUrl, target);
      checked.push(`${target.label.padEnd(60)} ${target.path}${target.viewport ? ` (${target.viewport.width}px wide)` : ''}`);
      return found;
    };

    before(async () => {
      site = await startSite();
      browser = await launchBrowser();
      // The site's CSP (script-src 'self') would block the injected axe script: bypass it for the audit
      // only. axe goes in as an init script with every page, faster than addScriptTag after load.
      context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      await context.addInitScript({ path: AXE_PATH });
      const queue = [...targets];
      await Promise.all(Array.from({ length: 2 }, async () => {
        for (let target = queue.shift(); target; target = queue.shift()) results.set(target.label, await run(target));
      }));
    });
    after(async () => {
      console.log(`axe-core ${AXE_TAGS.join(', ')}: checked ${checked.length} pages\n${checked.sort().map((p) => `  ${p}`).join('\n')}`);
      await browser?.close();
      await site?.close();
    });

    if (options.selfCheck) it('notices a violation when there is one (self-check of the audit)', async () => {
      const found = await audit(context, site.baseUrl, { label: 'spoiled', path: targets[0].path, status: targets[0].status }, () => {
        const input = document.querySelector('input[type="search"]');
        for (const label of document.querySelectorAll('label')) label.removeAttribute('for');
        input?.removeAttribute('placeholder');
        document.querySelector('a')?.replaceChildren();
      });
      assert.ok(found.some((v) => v.startsWith('label ')), found.join('\n'));
      assert.ok(found.some((v) => v.startsWith('link-name ')), found.join('\n'));
    });

    for (const target of targets) {
      it(target.label, () => {
        const found = results.get(target.label);
        assert.ok(found, 'audited');
        assert.deepEqual(found, [], `${target.path}\n${found.join('\n')}`);
      });
    }
    extra?.(() => ({ site, run, checked }));
  });
}
