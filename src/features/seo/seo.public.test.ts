import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Hono } from 'hono';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { AppError } from '../../platform/errors.ts';
import { createLogger } from '../../platform/logger.ts';
import { Site } from '../../platform/site.ts';
import { demoPages, demoProjects, demoStatement, demoResources, demoTopics } from '../../../test/support/demo.ts';
import { ancestorKeys, keyToSlug } from '../citations/index.ts';
import { listAuthorities } from '../authorities/index.ts';
import type { Db } from '../../db/database.ts';
import { seoPublic } from './seo.public.ts';

const BASE = 'http://haven.test';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

// Every page the demo site has but its authorities, locale-neutral; the sitemap lists each in English and Spanish.
const FIXED_PAGES = [
  '/', '/resources', '/topics', '/authorities', '/projects', '/search-tips', '/help',
  `/statements/${demoStatement.slug}`,
  // The former help page redirects to /help: not listed.
  ...demoPages.filter((p) => p.slug !== 'find-legal-help').map((p) => `/pages/${p.slug}`),
  ...demoProjects.map((p) => `/projects/${p.slug}`),
  ...demoTopics.map((t) => `/topics/${t.slug}`),
  ...demoResources.map((r) => `/resources/${r.slug}`),
];
const spanish = (path: string) => (path === '/' ? '/es' : `/es${path}`);

/** Authority pages with something on them: every key a published resource cites, and its sections. */
async function authorityPages(db: Db): Promise<string[]> {
  const keys = new Set((await listAuthorities(db)).flatMap((a) => [a.key, ...ancestorKeys(a.key)]));
  return [...keys].map((k) => `/authorities/${keyToSlug(k)}`);
}
async function allPages(db: Db) {
  return [...FIXED_PAGES, ...(await authorityPages(db))];
}

/** The page a resource's hreflang names in `locale`: its version written in that language, else itself. */
function versionPath(neutral: string, locale: string): string {
  const r = demoResources.find((d) => `/resources/${d.slug}` === neutral);
  if (!r) return neutral;
  const root = r.translationOf ?? r.slug;
  const family = [r, ...demoResources.filter((v) => v.slug !== r.slug && (v.slug === root || v.translationOf === root))];
  const own = family.find((v) => v.language === locale);
  return own ? `/resources/${own.slug}` : neutral;
}

interface UrlNode { loc: string; lastmod?: string; 'xhtml:link': { rel: string; hreflang: string; href: string }[] }

async function xml(app: { request(path: string): Response | Promise<Response> }, path: string) {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
  const body = await res.text();
  assert.equal(XMLValidator.validate(body), true, `${path} is well-formed`);
  return parser.parse(body);
}

/** The SEO sub-app alone, with a small sitemap size so the index path is exercised. */
function smallSitemapApp(env: TestEnv, maxUrlsPerSitemap: number, batchSize: number) {
  const site = new Site({ db: env.db, dialect: env.dialect, config: env.config, logger: createLogger('silent'), clock: env.clock });
  const app = new Hono().route('/', seoPublic(site, { maxUrlsPerSitemap, batchSize }));
  app.onError((err) => new Response(err.message, { status: err instanceof AppError ? err.status : 500 }));
  return app;
}

describeEachDialect('sitemap and robots.txt', (env) => {
  it('lists every published page in both languages, with lastmod and hreflang alternates', async () => {
    const doc = await xml(env(), '/sitemap.xml');
    const urls = doc.urlset.url as UrlNode[];
    assert.equal(doc.urlset.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
    const all = (await allPages(env().db)).flatMap((p) => [BASE + p, BASE + spanish(p)]);
    assert.deepEqual(urls.map((u) => u.loc).sort(), [...all].sort());
    for (const path of ['/authorities/ina-212-h', '/authorities/23-in-dec-621', '/es/authorities/ina-212-h']) {
      assert.ok(urls.some((u) => u.loc === BASE + path), `${path} is listed`);
    }
    for (const u of urls) {
      assert.match(u.lastmod ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, u.loc);
      const neutral = u.loc.slice(BASE.length).replace(/^\/es(?=\/|$)/, '') || '/';
      assert.deepEqual(u['xhtml:link'].map((l) => [l.rel, l.hreflang, l.href]), [
        ['alternate', 'en', BASE + versionPath(neutral, 'en')],
        ['alternate', 'es', BASE + spanish(versionPath(neutral, 'es'))],
        ['alternate', 'x-default', BASE + neutral],
      ], u.loc);
    }
    // A translated resource: its Spanish alternate is the translation, as on the page itself.
    const translation = demoResources.find((r) => r.translationOf && r.language === 'es')!;
    const original = urls.find((u) => u.loc === `${BASE}/resources/${translation.translationOf}`)!;
    assert.ok(original['xhtml:link'].some((l) => l.hreflang === 'es' && l.href === `${BASE}/es/resources/${translation.slug}`));
  });

  it('becomes an index of chunk files when there are more URLs than one file may hold', async () => {
    const single = ((await xml(env(), '/sitemap.xml')).urlset.url as UrlNode[]).map((u) => u.loc);
    for (const [maxUrls, batch] of [[40, 3], [27, 2], [single.length - 1, 1000]]) {
      const app = smallSitemapApp(env(), maxUrls, batch);
      const index = await xml(app, '/sitemap.xml');
      const perFile = Math.floor(maxUrls / 2);
      const chunks = Math.ceil((await allPages(env().db)).length / perFile);
      const locs = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
      assert.deepEqual(locs, Array.from({ length: chunks }, (_, i) => `${BASE}/sitemap-${i + 1}.xml`), `max ${maxUrls}`);
      const seen: string[] = [];
      for (const loc of locs) {
        const part = (await xml(app, loc.slice(BASE.length))).urlset.url as UrlNode[];
        assert.ok(part.length <= maxUrls, `${loc} holds at most ${maxUrls} URLs`);
        seen.push(...part.map((u) => u.loc));
      }
      assert.deepEqual(seen, single, `the chunks of ${maxUrls} together are the whole sitemap, in order`);
      assert.equal((await app.request(`/sitemap-${chunks + 1}.xml`)).status, 404);
      assert.equal((await app.request('/sitemap-0.xml')).status, 404);
    }
    // At full size the demo site fits one file: /sitemap-1.xml is that file, there is no second.
    assert.equal((await env().request('/sitemap-1.xml')).status, 200);
    assert.equal((await env().request('/sitemap-2.xml')).status, 404);
  });

  it('leaves out unpublished resources', async () => {
    const draft = demoResources[3];
    await env().db.updateTable('resources').set({ status: 'draft' }).where('slug', '=', draft.slug).execute();
    await bumpGeneration(env().db);
    try {
      const urls = ((await xml(env(), '/sitemap.xml')).urlset.url as UrlNode[]).map((u) => u.loc);
      assert.equal(urls.length, (await allPages(env().db)).length * 2 - 2);
      assert.ok(!urls.includes(`${BASE}/resources/${draft.slug}`));
    } finally {
      await env().db.updateTable('resources').set({ status: 'published' }).where('slug', '=', draft.slug).execute();
      await bumpGeneration(env().db);
    }
  });

  it('serves robots.txt pointing at the sitemap and keeping crawlers out of admin and the API', async () => {
    const { status, text, res } = await env().get('/robots.txt');
    assert.equal(status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    const lines = text.split('\n');
    assert.ok(lines.includes('User-agent: *'));
    assert.ok(lines.includes('Disallow: /admin'));
    assert.ok(lines.includes('Disallow: /api/'));
    assert.ok(lines.includes(`Sitemap: ${BASE}/sitemap.xml`));
  });
});
