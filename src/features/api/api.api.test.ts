import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { titleSortKey } from '../../platform/sort-key.ts';
import { describeEachDialect } from '../../../test/support/app.ts';
import { demoProjects, demoResources, demoTopics, demoTypes, type DemoResource } from '../../../test/support/demo.ts';

// Expectations come from the demo data; ids follow the seed's insertion order.
const BASE = 'http://haven.test';
const indexOf = new Map(demoResources.map((r, i) => [r.slug, i]));
const newest = (a: DemoResource, b: DemoResource) => b.publishedOn.localeCompare(a.publishedOn) || indexOf.get(b.slug)! - indexOf.get(a.slug)!;
const expected = (filter: (r: DemoResource) => boolean) => demoResources.filter(filter).sort(newest).map((r) => r.slug);
const supersededSlugs = new Set(demoResources.flatMap((r) => r.supersedes ?? []));
const topicCount = (slug: string) => demoResources.filter((r) => r.topics.includes(slug)).length;
const busiestTopic = [...demoTopics].sort((a, b) => topicCount(b.slug) - topicCount(a.slug))[0].slug;

interface ListBody { data: Record<string, any>[]; meta: { total: number; page: number; pageSize: number } }
interface ErrorBody { error: { code: string; message: string; params?: string[] } }

describeEachDialect('JSON API', (env) => {
  async function getJson<T = any>(path: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }> {
    const res = await env().request(path, init);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${path} answers JSON`);
    return { status: res.status, body: (await res.json()) as T, res };
  }

  it('lists published resources newest first, 20 a page, with the total', async () => {
    const all = expected(() => true);
    assert.ok(all.length > 20, 'the demo library fills more than one page');
    const first = await getJson<ListBody>('/api/v1/resources');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.meta, { total: all.length, page: 1, pageSize: 20 });
    assert.deepEqual(first.body.data.map((d) => d.slug), all.slice(0, 20));
    const second = await getJson<ListBody>('/api/v1/resources?page=2&pageSize=7');
    assert.deepEqual(second.body.meta, { total: all.length, page: 2, pageSize: 7 });
    assert.deepEqual(second.body.data.map((d) => d.slug), all.slice(7, 14));
    const everything = await getJson<ListBody>('/api/v1/resources?pageSize=100');
    assert.deepEqual(everything.body.data.map((d) => d.slug), all.slice(0, 100));
  });

  it('presents each item with absolute URLs, ISO dates and the superseded flag', async () => {
    const { body } = await getJson<ListBody>('/api/v1/resources?pageSize=100');
    for (const item of body.data) {
      const demo = demoResources.find((r) => r.slug === item.slug)!;
      assert.equal(item.title, demo.title);
      assert.equal(item.summary, demo.summary);
      assert.equal(item.type.slug, demo.type);
      assert.equal(item.type.name, demoTypes.find((t) => t.slug === demo.type)!.name);
      assert.deepEqual(item.topics.map((t: { slug: string }) => t.slug).sort(), [...demo.topics].sort());
      assert.equal(item.language, demo.language);
      assert.equal(item.audience, demo.audience);
      assert.equal(item.publishedOn, demo.publishedOn);
      assert.match(item.publishedOn, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(item.updatedOn, demo.updatedOn ?? null);
      assert.equal(item.superseded, supersededSlugs.has(demo.slug));
      assert.equal(item.url, `${BASE}/resources/${demo.slug}`);
    }
    assert.ok(body.data.some((d) => d.superseded), 'some demo resource is superseded');
  });

  it('filters by type, topic, language, audience, dates and words', async () => {
    const word = demoResources[0].title.split(' ').sort((a, b) => b.length - a.length)[0].replace(/[^\w]/g, '');
    const cases: [string, (r: DemoResource) => boolean][] = [
      ['type=practice-advisory', (r) => r.type === 'practice-advisory'],
      [`topic=${busiestTopic}`, (r) => r.topics.includes(busiestTopic)],
      ['lang=es', (r) => r.language === 'es'],
      ['audience=community&lang=en', (r) => r.audience === 'community' && r.language === 'en'],
      ['from=2020-01-01&to=2023-12-31', (r) => r.publishedOn >= '2020-01-01' && r.publishedOn <= '2023-12-31'],
    ];
    for (const [qs, predicate] of cases) {
      const want = expected(predicate);
      assert.ok(want.length > 0, `demo data has rows for ${qs}`);
      const { status, body } = await getJson<ListBody>(`/api/v1/resources?${qs}&pageSize=100`);
      assert.equal(status, 200, qs);
      assert.equal(body.meta.total, want.length, qs);
      assert.deepEqual(body.data.map((d) => d.slug), want.slice(0, 100), qs);
    }
    // Words: best match first by default (the resource titled with the word), with why it matched.
    const found = await getJson<ListBody>(`/api/v1/resources?q=${encodeURIComponent(word.toLowerCase())}&pageSize=100`);
    assert.equal(found.status, 200);
    assert.ok(found.body.data.some((d) => d.slug === demoResources[0].slug), `"${word}" finds the resource titled with it`);
    assert.equal(typeof found.body.data[0]!.score, 'number');
    assert.ok(Array.isArray(found.body.data[0]!.matchedCitations));
    const byDate = await getJson<ListBody>(`/api/v1/resources?q=${encodeURIComponent(word.toLowerCase())}&sort=newest&pageSize=100`);
    assert.deepEqual([...byDate.body.data.map((d) => d.slug)].sort(), [...found.body.data.map((d) => d.slug)].sort(), 'same results newest first');
    const dates = byDate.body.data.map((d) => d.publishedOn as string);
    for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1]! >= dates[i]!, 'newest first');
    const byTitle = await getJson<ListBody>('/api/v1/resources?sort=title&pageSize=100');
    const titles = byTitle.body.data.map((d) => d.title as string);
    const keys = titles.map(titleSortKey);
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1] <= keys[i], `${titles[i - 1]} <= ${titles[i]}`);
  });

  it('refuses unknown, repeated and invalid parameters with a 400 that names them', async () => {
    const cases: [string, string[]][] = [
      ['/api/v1/resources?colour=red&limit=5', ['colour', 'limit']],
      ['/api/v1/resources?type=practice-advisory&type=chart', ['type']],
      ['/api/v1/resources?pageSize=101', ['pageSize']],
      ['/api/v1/resources?pageSize=0', ['pageSize']],
      ['/api/v1/resources?pageSize=ten', ['pageSize']],
      ['/api/v1/resources?page=0', ['page']],
      ['/api/v1/resources?from=2024-02-30', ['from']],
      ['/api/v1/resources?from=2024-05-01&to=2024-01-01', ['from']],
      ['/api/v1/resources?sort=random&audience=everyone', ['sort', 'audience']],
      ['/api/v1/resources?type=no-such-type', ['type']],
      ['/api/v1/resources?topic=no-such-topic', ['topic']],
      ['/api/v1/topics?x=1', ['x']],
      ['/api/v1/resources/' + demoResources[0].slug + '?full=1', ['full']],
    ];
    for (const [path, params] of cases) {
      const { status, body, res } = await getJson<ErrorBody>(path);
      assert.equal(status, 400, path);
      assert.equal(body.error.code, 'bad_request', path);
      assert.deepEqual([...(body.error.params ?? [])].sort(), [...params].sort(), path);
      for (const p of params) assert.ok(body.error.message.includes(p), `${path}: ${body.error.message}`);
      assert.equal(res.headers.get('cache-control'), 'no-store');
    }
  });

  it('answers a page past the end, an unknown resource and an unknown address with JSON 404s', async () => {
    const total = demoResources.length;
    const past = await getJson<ErrorBody>(`/api/v1/resources?pageSize=10&page=${Math.ceil(total / 10) + 1}`);
    assert.equal(past.status, 404);
    assert.equal(past.body.error.code, 'not_found');
    assert.match(past.body.error.message, /There is no page/);
    const lastPage = await getJson<ListBody>(`/api/v1/resources?pageSize=10&page=${Math.ceil(total / 10)}`);
    assert.equal(lastPage.status, 200);
    for (const path of ['/api/v1/resources/no-such-resource', '/api/v1/resources/Not%20A%20Slug', '/api/v1/nothing', '/api/v2/resources', '/api']) {
      const { status, body } = await getJson<ErrorBody>(path);
      assert.equal(status, 404, path);
      assert.equal(body.error.code, 'not_found', path);
    }
  });

  it('answers any method but GET, HEAD and OPTIONS with a JSON 405 naming the allowed ones', async () => {
    for (const [method, path] of [['POST', '/api/v1/resources'], ['PUT', '/api/v1/resources/x'], ['DELETE', '/api/v1/topics'], ['PATCH', '/api/openapi.json'], ['POST', '/api/v9/anything']]) {
      const res = await env().request(path, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const body = (await res.json()) as ErrorBody;
      assert.equal(body.error.code, 'method_not_allowed');
      assert.match(body.error.message, new RegExp(`${method} is not allowed`));
    }
    assert.equal((await env().request('/api/v1/resources', { method: 'HEAD' })).status, 200);
  });

  it('returns one resource with body, attachments, series, translations and supersession', async () => {
    const withAll = demoResources.find((r) => r.authors?.length && r.attachments?.length && r.supersedes?.length)!;
    const { status, body } = await getJson<{ data: Record<string, any> }>(`/api/v1/resources/${withAll.slug}`);
    assert.equal(status, 200);
    const d = body.data;
    assert.equal(d.slug, withAll.slug);
    assert.equal(d.body, withAll.body);
    assert.match(d.bodyHtml, /<h2>/);
    assert.deepEqual(d.authors, withAll.bylines);
    assert.match(d.documentNumber, /^ILRC-\d{4}-\d{4}$/, 'published resources carry their document number');
    assert.deepEqual(d.updates, []);
    assert.equal(d.reviewedOn, null);
    // The seed stores a generated PDF for each demo attachment: real sizes, absolute download URLs.
    const stored = await env().db.selectFrom('attachments').innerJoin('resources', 'resources.id', 'attachments.resource_id')
      .select(['attachments.id', 'attachments.bytes']).where('resources.slug', '=', withAll.slug).orderBy('attachments.position').execute();
    assert.deepEqual(d.attachments.map((a: { filename: string; bytes: number; url: string }) => [a.filename, a.bytes, a.url]),
      withAll.attachments!.map((a, i) => [a.filename, stored[i].bytes, `${BASE}/resources/${withAll.slug}/attachments/${stored[i].id}/${encodeURIComponent(a.filename)}`]));
    assert.deepEqual(d.supersedes.map((s: { slug: string; url: string }) => [s.slug, s.url]), withAll.supersedes!.map((s) => [s, `${BASE}/resources/${s}`]));
    assert.deepEqual(d.projects.map((p: { slug: string }) => p.slug), withAll.projects ?? []);
    const older = await getJson<{ data: Record<string, any> }>(`/api/v1/resources/${withAll.supersedes![0]}`);
    assert.equal(older.body.data.superseded, true);
    assert.deepEqual(older.body.data.supersededBy.map((s: { slug: string }) => s.slug), [withAll.slug]);

    const part = demoResources.find((r) => r.series)!;
    const series = (await getJson<{ data: Record<string, any> }>(`/api/v1/resources/${part.slug}`)).body.data.series;
    assert.deepEqual(series, { slug: part.series!.slug, title: part.series!.title, part: part.series!.part, of: part.series!.of });

    const translation = demoResources.find((r) => r.translationOf)!;
    const t = (await getJson<{ data: Record<string, any> }>(`/api/v1/resources/${translation.slug}`)).body.data;
    assert.equal(t.translationOf.slug, translation.translationOf);
    assert.equal(t.translationOf.url, `${BASE}/resources/${translation.translationOf}`);
    const original = (await getJson<{ data: Record<string, any> }>(`/api/v1/resources/${translation.translationOf}`)).body.data;
    assert.equal(original.translationOf, null);
    assert.ok(original.translations.some((x: { slug: string; language: string }) => x.slug === translation.slug && x.language === translation.language));
  });

  it('lists topics, types and projects with counts of published resources', async () => {
    const topics = await getJson<{ data: { slug: string; count: number; url: string }[] }>('/api/v1/topics');
    assert.equal(topics.body.data.length, demoTopics.length);
    for (const t of topics.body.data) {
      assert.equal(t.count, topicCount(t.slug), t.slug);
      assert.equal(t.url, `${BASE}/topics/${t.slug}`);
    }
    const types = await getJson<{ data: { slug: string; count: number }[] }>('/api/v1/types');
    assert.deepEqual(types.body.data.map((t) => t.slug), demoTypes.map((t) => t.slug), 'display order');
    for (const t of types.body.data) assert.equal(t.count, demoResources.filter((r) => r.type === t.slug).length, t.slug);
    const projects = await getJson<{ data: { slug: string; count: number; url: string }[] }>('/api/v1/projects');
    assert.deepEqual(projects.body.data.map((p) => p.slug), demoProjects.map((p) => p.slug));
    for (const p of projects.body.data) {
      assert.equal(p.count, demoResources.filter((r) => r.projects?.includes(p.slug)).length, p.slug);
      assert.equal(p.url, `${BASE}/projects/${p.slug}`);
    }
  });

  it('sends caching headers and answers a matching If-None-Match with 304', async () => {
    for (const path of ['/api/v1/resources?lang=es', `/api/v1/resources/${demoResources[0].slug}`, '/api/v1/topics', '/api/openapi.json']) {
      const first = await env().request(path);
      assert.equal(first.status, 200, path);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60', path);
      const tag = first.headers.get('etag');
      assert.match(tag ?? '', /^(W\/)?"[^"]+"$/, path);
      const again = await env().request(path, { headers: { 'If-None-Match': tag! } });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), tag);
      const changed = await env().request(path, { headers: { 'If-None-Match': 'W/"something-else"' } });
      assert.equal(changed.status, 200, path);
    }
    const a = (await env().request('/api/v1/resources?lang=es')).headers.get('etag');
    const b = (await env().request('/api/v1/resources?lang=en')).headers.get('etag');
    assert.notEqual(a, b, 'different bodies, different tags');
  });

  it('allows cross-origin reads, including preflight, HEAD and 304s', async () => {
    const origin = { Origin: 'https://partner.example' };
    const res = await env().request('/api/v1/types', { headers: origin });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    const preflight = await env().request('/api/v1/resources', { method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'GET' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(preflight.headers.get('access-control-allow-methods')?.split(','), ['GET', 'HEAD', 'OPTIONS']);
    const head = await env().request('/api/v1/types', { method: 'HEAD', headers: origin });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const notModified = await env().request('/api/v1/types', { headers: { ...origin, 'If-None-Match': res.headers.get('etag')! } });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.headers.get('access-control-allow-origin'), '*');
    const error = await env().request('/api/v1/resources?bogus=1', { headers: origin });
    assert.equal(error.headers.get('access-control-allow-origin'), '*', 'errors are readable cross-origin too');
  });

  it('answers an unexpected failure with a JSON 500 and a reference, never a stack', async () => {
    await sql`drop table attachments`.execute(env().db);
    const { status, body } = await getJson<{ error: { code: string; message: string; reference?: string } }>(`/api/v1/resources/${demoResources[0].slug}`);
    assert.equal(status, 500);
    assert.equal(body.error.code, 'internal');
    assert.ok(body.error.reference);
    assert.doesNotMatch(JSON.stringify(body), /attachments|at .*\.ts|sqlite|relation/i);
  });
});
