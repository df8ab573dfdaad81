import assert from 'node:assert/strict';
import { it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describeEachDialect } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { IdCache, ensureTopic, linkReferences, upsertResource, type ResourceWrite } from '../resources/resources.write.repo.ts';
import { demoProjects, demoResources, demoTopics, type DemoResource } from '../../../test/support/demo.ts';

const BASE = 'http://haven.test';
const indexOf = new Map(demoResources.map((r, i) => [r.slug, i]));
const newest = (a: DemoResource, b: DemoResource) => b.publishedOn.localeCompare(a.publishedOn) || indexOf.get(b.slug)! - indexOf.get(a.slug)!;
const expected = (filter: (r: DemoResource) => boolean) => demoResources.filter(filter).sort(newest).slice(0, 50);
const topicCount = (slug: string) => demoResources.filter((r) => r.topics.includes(slug)).length;
const busiestTopic = [...demoTopics].sort((a, b) => topicCount(b.slug) - topicCount(a.slug))[0].slug;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
});

/** Undoes the HTML escaping of an Atom `type="html"` text construct. */
const htmlDecode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const text = (node: unknown): string => (typeof node === 'string' ? node : String((node as Record<string, unknown>)['#text'] ?? ''));

interface Feed { id: string; title: string; subtitle?: unknown; updated: string; link: { rel?: string; href: string }[]; entry?: Record<string, any>[] }

describeEachDialect('Atom feed', (env) => {
  async function feed(query = ''): Promise<{ res: Response; feed: Feed; xml: string }> {
    const res = await env().request(`/feeds/resources.atom${query}`);
    assert.equal(res.status, 200, query);
    const xml = await res.text();
    assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
    // The validator is lenient about attribute values; XML itself forbids `<` and bare `&` there.
    for (const [, value] of xml.matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value, /<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i, value);
    return { res, xml, feed: parser.parse(xml).feed as Feed };
  }

  it('lists the 50 newest resources by publication date, with absolute links', async () => {
    const { res, feed: f } = await feed();
    assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assert.match(res.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    const want = expected(() => true);
    assert.equal(want.length, 50, 'the demo library has more than 50 resources');
    assert.deepEqual(f.entry!.map((e) => e.link[0].href), want.map((r) => `${BASE}/resources/${r.slug}`));
    assert.equal(f.id, `${BASE}/feeds/resources.atom`);
    assert.deepEqual(f.link.find((l) => l.rel === 'self')?.href, `${BASE}/feeds/resources.atom`);
    assert.deepEqual(f.link.find((l) => l.rel === 'alternate')?.href, `${BASE}/resources`);
    assert.match(text(f.title), /Resources/);
    const updates = want.map((r) => `${r.updatedOn ?? r.publishedOn}T00:00:00.000Z`).sort();
    assert.equal(f.updated, updates[updates.length - 1], 'the feed was updated when its newest entry was');
  });

  it('gives each entry id, title, dates, summary, topics as categories and authors', async () => {
    const { feed: f } = await feed();
    for (const e of f.entry!) {
      const slug = e.link[0].href.slice(`${BASE}/resources/`.length);
      const r = demoResources.find((x) => x.slug === slug)!;
      assert.equal(e.id, `${BASE}/resources/${r.slug}`);
      assert.equal(e.title['type'], 'html');
      assert.equal(htmlDecode(text(e.title)), r.title);
      assert.equal(htmlDecode(text(e.summary)), r.summary);
      assert.equal(e.published, `${r.publishedOn}T00:00:00.000Z`);
      assert.equal(e.updated, `${r.updatedOn ?? r.publishedOn}T00:00:00.000Z`);
      // Topics, and "superseded" when a published resource replaces this one.
      const superseded = demoResources.some((n) => n.supersedes?.includes(r.slug));
      assert.deepEqual((e.category ?? []).map((c: { term: string }) => c.term).sort(), [...r.topics, ...(superseded ? ['superseded'] : [])].sort());
      assert.deepEqual((e.author ?? []).map((a: { name: string }) => a.name), r.authors ?? []);
    }
  });

  it('filters by type, topic, language and project', async () => {
    const project = demoProjects.find((p) => demoResources.some((r) => r.projects?.includes(p.slug)))!;
    const cases: [string, (r: DemoResource) => boolean, string][] = [
      ['?type=practice-advisory', (r) => r.type === 'practice-advisory', '/resources?type=practice-advisory'],
      [`?topic=${busiestTopic}`, (r) => r.topics.includes(busiestTopic), `/resources?topic=${busiestTopic}`],
      ['?lang=es', (r) => r.language === 'es', '/resources?lang=es'],
      [`?lang=en&topic=${busiestTopic}`, (r) => r.language === 'en' && r.topics.includes(busiestTopic), `/resources?topic=${busiestTopic}&lang=en`],
      [`?project=${project.slug}`, (r) => Boolean(r.projects?.includes(project.slug)), `/projects/${project.slug}`],
    ];
    for (const [qs, predicate, alternate] of cases) {
      const want = expected(predicate);
      assert.ok(want.length > 0, qs);
      const { feed: f } = await feed(qs);
      assert.deepEqual((f.entry ?? []).map((e) => e.link[0].href), want.map((r) => `${BASE}/resources/${r.slug}`), qs);
      assert.equal(f.link.find((l) => l.rel === 'alternate')?.href, `${BASE}${alternate}`, qs);
      assert.ok(f.link.find((l) => l.rel === 'self')?.href.startsWith(`${BASE}/feeds/resources.atom?`), qs);
    }
    const page = await env().get(`/projects/${project.slug}`);
    assert.ok(page.text.includes(`<link rel="alternate" type="application/atom+xml" title="${project.name} (Atom)" href="/feeds/resources.atom?project=${project.slug}"/>`));
  });

  it('refuses other parameters (400) and unknown slugs (404)', async () => {
    for (const qs of ['?page=2', '?sort=oldest', '?q=%00', '?from=2024-02-31', '?type=chart&type=sample-form', '?lang=NOT A LANGUAGE', '?project=Bad_Slug']) {
      assert.equal((await env().request(`/feeds/resources.atom${qs}`)).status, 400, qs);
    }
    for (const qs of ['?type=no-such-type', '?topic=no-such-topic', '?project=no-such-project']) {
      assert.equal((await env().request(`/feeds/resources.atom${qs}`)).status, 404, qs);
    }
  });

  it('sends an ETag and answers a matching If-None-Match with 304', async () => {
    const { res } = await feed('?lang=es');
    const tag = res.headers.get('etag');
    assert.ok(tag);
    const again = await env().request('/feeds/resources.atom?lang=es', { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.notEqual((await feed('?lang=en')).res.headers.get('etag'), tag);
  });

  it('keeps markup in titles, topics and authors as text', async () => {
    const e = env();
    const hostile: ResourceWrite = {
      slug: 'feed-hostile', type: 'practice-advisory', title: 'Fees <b>& "waivers"</b> ]]> done', summary: 'A <script>x</script> & ]]> summary',
      body: '', topics: ['feed-odd-topic'], language: 'en', audience: 'practitioners', status: 'published', publishedOn: '2099-01-01',
      updatedOn: null, authors: ['Ana <i>& Co</i>'], series: null, translationOf: null, supersedes: [], attachments: [],
    };
    await e.db.transaction().execute(async (trx) => {
      const cache = new IdCache();
      await ensureTopic(trx, 'feed-odd-topic', cache, 'Fees & <Waivers> "quoted"');
      await upsertResource(trx, hostile, new Date().toISOString(), cache);
      await linkReferences(trx, hostile);
      await bumpGeneration(trx);
    });
    const { feed: f, xml } = await feed('?topic=feed-odd-topic');
    assert.doesNotMatch(xml, /<script|<b>|<i>/);
    assert.equal(f.entry!.length, 1);
    const entry = f.entry![0];
    assert.equal(htmlDecode(text(entry.title)), hostile.title);
    assert.equal(htmlDecode(text(entry.summary)), hostile.summary);
    assert.equal(entry.category[0].label, 'Fees & <Waivers> "quoted"');
    assert.equal(entry.author[0].name, hostile.authors[0]);
  });

  it('follows a search: the words and every filter, newest first among the matches', async () => {
    const page = await env().get('/resources?q=asylum&audience=community&from=2015-01-01');
    const href = /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+)"/.exec(page.text)?.[1]?.replace(/&amp;/g, '&');
    assert.equal(href, '/feeds/resources.atom?q=asylum&audience=community&from=2015-01-01');
    assert.ok(page.text.includes(`<p class="feed-link"><a href="${href!.replace(/&/g, '&amp;')}">`), 'the visible link too');
    const { feed: f } = await feed(href!.slice('/feeds/resources.atom'.length));
    // The same resources as the page, in publication order.
    const onPage = await env().get('/resources?q=asylum&audience=community&from=2015-01-01&sort=newest');
    const slugs = [...onPage.text.matchAll(/<h3 class="card-title"><a href="\/resources\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    assert.ok(slugs.length > 0);
    assert.deepEqual(f.entry!.map((e) => e.link[0].href), slugs.map((s) => `${BASE}/resources/${s}`));
    const published = f.entry!.map((e) => String(e.published));
    assert.deepEqual(published, [...published].sort().reverse(), 'newest first');
    assert.match(text(f.title), /Resources matching “asylum” \(Community members, Published from /);
    assert.equal(f.link.find((l) => l.rel === 'self')?.href, `${BASE}/feeds/resources.atom?q=asylum&audience=community&from=2015-01-01`);
    assert.equal(f.link.find((l) => l.rel === 'alternate')?.href, `${BASE}/resources?q=asylum&audience=community&from=2015-01-01`);
  });

  it('exists in Spanish under /es, titled in Spanish, linking to the Spanish pages', async () => {
    const page = await env().get('/es/resources?q=asilo&lang=es');
    assert.ok(page.text.includes('href="/es/feeds/resources.atom?q=asilo&amp;lang=es"'));
    const res = await env().request('/es/feeds/resources.atom?q=asilo&lang=es');
    assert.equal(res.status, 200);
    const f = parser.parse(await res.text()).feed as Feed;
    assert.match(text(f.title), /: Recursos que coinciden con «asilo» \(Español\)$/);
    assert.match(text(f.subtitle as unknown), /más recientes/);
    assert.ok(f.entry!.length > 0);
    for (const e of f.entry!) {
      assert.match(e.link[0].href, new RegExp(`^${BASE}/es/resources/`));
      assert.match(String(e.id), new RegExp(`^${BASE}/resources/`), 'one id per resource in every feed');
    }
    assert.equal(f.link.find((l) => l.rel === 'self')?.href, `${BASE}/es/feeds/resources.atom?q=asilo&lang=es`);
    const plain = parser.parse(await (await env().request('/es/feeds/resources.atom')).text()).feed as Feed;
    assert.match(text(plain.title), /: Recursos$/);
    assert.equal((await env().request('/es/feeds/resources.atom?type=no-such-type')).status, 404);
  });
});
