import assert from 'node:assert/strict';
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { before, it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { loginAs, type Signed } from '../../../test/support/auth.ts';
import { resultTotal } from '../../../test/support/html.ts';
import { createApp } from '../../app/create-app.tsx';
import { createLogger, type Logger } from '../../platform/logger.ts';
import { flushSearchLog, SearchLog } from './search-log.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const METRICS_TOKEN = 'search-report-metrics-token';

async function searchRows(env: TestEnv) {
  await flushSearchLog(env.db);
  return env.db.selectFrom('search_log').select(['day', 'language', 'query', 'results', 'suggested', 'filtered']).orderBy('id').execute();
}

async function clickRows(env: TestEnv) {
  await flushSearchLog(env.db);
  return env.db.selectFrom('search_clicks').select(['day', 'language', 'query', 'resource_id']).orderBy('id').execute();
}

async function cacheHits(env: TestEnv): Promise<number> {
  const text = await (await env.request('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return Number(/haven_page_cache_lookups_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
}

/** The rows of one table of the report: query and the numbers after it. */
function tableRows(html: string, id: string): string[][] {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr><th scope="row"><q>([^<]*)<\/q><\/th>((?:<td>[^<]*<\/td>)*)<\/tr>/g)]
    .map((m) => [m[1], ...[...m[2].matchAll(/<td>([^<]*)<\/td>/g)].map((d) => d[1])]);
}

/** Makes every query fail as a lost SQLite database does, while `down` is set. */
class Outage implements KyselyPlugin {
  down = false;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.down) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

describeEachDialect('the search report: recording', (env) => {
  let slug: string;
  let resourceId: number;
  let topic: string;
  let type: string;
  before(async () => {
    const resource = await env().db.selectFrom('resources').select(['id', 'slug']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    [slug, resourceId] = [resource.slug, resource.id];
    topic = (await env().db.selectFrom('topics').select('slug').orderBy('id').executeTakeFirstOrThrow()).slug;
    type = (await env().db.selectFrom('resource_types').select('slug').orderBy('id').executeTakeFirstOrThrow()).slug;
  });
  const visit = (path: string, headers: Record<string, string> = {}) => env().get(path, { headers: { 'user-agent': BROWSER, ...headers } });

  it('records a library search as its words, language, results, suggestion and filters, and nothing about the visitor', async () => {
    const page = await visit('/resources?q=%20U%20Visa%20', {
      cookie: 'lang=es; haven_session=abc', 'x-forwarded-for': '203.0.113.7', referer: 'http://haven.test/',
    });
    assert.equal(page.status, 200);
    assert.equal(page.res.headers.get('x-haven-search'), null, 'the note never leaves the server');
    const es = await visit('/es/resources?q=asylumn');
    const filtered = await visit(`/resources?q=asylum&type=${type}`);
    const onTopic = await visit(`/es/topics/${topic}?q=waiver`);
    assert.deepEqual(await searchRows(env()), [
      { day: '2024-11-08', language: 'en', query: 'u visa', results: resultTotal(page.text), suggested: 0, filtered: 0 },
      { day: '2024-11-08', language: 'es', query: 'asylumn', results: resultTotal(es.text.replace(/(\d+) recursos?/, '$1 resources')), suggested: es.text.includes('search-suggestion') ? 1 : 0, filtered: 0 },
      { day: '2024-11-08', language: 'en', query: 'asylum', results: resultTotal(filtered.text), suggested: 0, filtered: 1 },
      { day: '2024-11-08', language: 'es', query: 'waiver', results: Number(/<strong>(\d+) recursos?<\/strong>/.exec(onTopic.text)?.[1] ?? 0), suggested: 0, filtered: 1 },
    ]);
    assert.ok(es.text.includes('search-suggestion'), 'the misspelling was offered a correction');
  });

  it('stores no address, account, cookie or session: the tables have no column for them', async () => {
    const tables = await env().db.introspection.getTables();
    const columns = (name: string) => tables.find((t) => t.name === name)!.columns.map((c) => c.name).sort();
    assert.deepEqual(columns('search_log'), ['day', 'filtered', 'id', 'language', 'query', 'results', 'suggested']);
    assert.deepEqual(columns('search_clicks'), ['day', 'id', 'language', 'query', 'resource_id']);
  });

  it('counts a search answered from the page cache like any other', async () => {
    const before = (await searchRows(env())).length;
    const hits = await cacheHits(env());
    assert.equal((await visit('/resources?q=deportation+defense')).status, 200);
    assert.equal((await visit('/resources?q=deportation+defense')).status, 200);
    assert.equal(await cacheHits(env()), hits + 1, 'the second answer came from the page cache');
    const rows = (await searchRows(env())).slice(before);
    assert.deepEqual(rows.map((r) => r.query), ['deportation defense', 'deportation defense']);
    assert.equal(rows[0]!.results, rows[1]!.results);
  });

  it('does not count later pages, the API, feeds, programs or pages without words', async () => {
    const before = (await searchRows(env())).length;
    const first = await visit('/resources?q=immigration');
    assert.ok(resultTotal(first.text) > 20, 'the query fills more than one page');
    assert.equal((await visit('/resources?q=immigration&page=2')).status, 200);
    assert.equal((await env().request('/api/v1/resources?q=immigration', { headers: { 'user-agent': BROWSER } })).status, 200);
    assert.equal((await visit('/feeds/resources.atom?type=' + type)).status, 200);
    assert.equal((await visit('/resources?q=immigration', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })).status, 200);
    assert.equal((await env().get('/resources?q=immigration')).status, 200, 'no User-Agent');
    assert.equal((await visit('/resources?q=immigration', { 'sec-purpose': 'prefetch' })).status, 200);
    assert.equal((await visit('/resources')).status, 200);
    assert.equal((await visit('/resources?q=%3F%3F')).status, 200);
    const rows = (await searchRows(env())).slice(before);
    assert.deepEqual(rows.map((r) => r.query), ['immigration', '??']);
  });

  it('records a result followed from a search page, by its Referer, and nothing else', async () => {
    const before = (await clickRows(env())).length;
    const open = (referer?: string, headers: Record<string, string> = {}) => visit(`/resources/${slug}`, { ...(referer ? { referer } : {}), ...headers });
    assert.equal((await open('http://haven.test/resources?q=U+Visa&type=' + type)).status, 200);
    assert.equal((await open(`http://haven.test/es/topics/${topic}?q=Asilo&page=2`)).status, 200);
    assert.equal((await visit(`/es/resources/${slug}`, { referer: 'http://localhost/es/resources?q=tps' })).status, 200, 'the request’s own origin counts too');
    // Not a followed search result:
    await open('http://haven.test/resources');
    await open('http://haven.test/resources?type=' + type);
    await open('https://elsewhere.example/resources?q=spam');
    await open('http://haven.test/about?q=asylum');
    await open('not a url');
    await open();
    await open('http://haven.test/resources?q=asylum', { 'user-agent': 'curl/8.5.0' });
    await visit('/resources/no-such-resource', { referer: 'http://haven.test/resources?q=asylum' });
    assert.deepEqual((await clickRows(env())).slice(before), [
      { day: '2024-11-08', language: 'en', query: 'u visa', resource_id: resourceId },
      { day: '2024-11-08', language: 'es', query: 'asilo', resource_id: resourceId },
      { day: '2024-11-08', language: 'es', query: 'tps', resource_id: resourceId },
    ]);
  });

  it('writes in batches without waiting for its timer, holds a bounded number of entries, and never fails a page', async () => {
    const warnings: string[] = [];
    const logger = { warn: (_: unknown, msg: string) => warnings.push(msg), info: () => {} } as unknown as Logger;
    const log = new SearchLog({ db: env().db, clock: env().clock, logger }, { batch: 2, maxPending: 3, flushMs: 60_000 });
    const entry = { day: '2024-11-09', language: 'en', query: 'batched', results: 1, suggested: false, filtered: false };
    log.recordSearch(entry);
    log.recordSearch(entry);
    await new Promise((resolve) => setImmediate(resolve));
    await log.flush();
    const written = async () => (await env().db.selectFrom('search_log').select('id').where('query', '=', 'batched').execute()).length;
    assert.equal(await written(), 2, 'a full batch is written at once');
    for (let i = 0; i < 5; i++) log.recordSearch(entry);
    assert.equal(log.pending, 3, 'no more than maxPending wait in memory');
    await log.flush();
    assert.equal(await written(), 5);
    assert.ok(warnings.some((w) => /dropped/.test(w)), 'dropped entries are reported');

    await sql`alter table search_log rename to search_log_away`.execute(env().db);
    try {
      const page = await visit('/resources?q=refugee');
      assert.equal(page.status, 200, 'the page does not depend on the log');
      log.recordSearch(entry);
      await log.flush();
      assert.ok(warnings.some((w) => /write failed/.test(w)), 'a failed write is logged');
      await flushSearchLog(env().db);
    } finally {
      await sql`alter table search_log_away rename to search_log`.execute(env().db);
    }
  });

  it('a search page kept from before a database outage is served without the note', async () => {
    const outage = new Outage();
    const e = env();
    const db = e.db.withPlugin(outage);
    const app = createApp({ db, dialect: e.dialect, config: e.config, logger: createLogger('silent'), clock: e.clock });
    const ask = () => app.request('/resources?q=outage+question', { headers: { 'user-agent': BROWSER } });
    assert.equal((await ask()).status, 200);
    outage.down = true;
    try {
      const stale = await ask();
      assert.equal(stale.status, 200);
      assert.equal(stale.headers.get('x-haven-stale'), 'database unavailable');
      assert.equal(stale.headers.get('x-haven-search'), null);
      await flushSearchLog(db); // fails to write while the database is out, and says so in the log only
    } finally {
      outage.down = false;
    }
  });
}, { env: { METRICS_TOKEN } });

describeEachDialect('the search report: figures, access and retention', (env) => {
  let editor: Signed;
  let slug: string;
  before(async () => {
    slug = (await env().db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow()).slug;
  });
  const visit = (path: string, headers: Record<string, string> = {}) => env().get(path, { headers: { 'user-agent': BROWSER, ...headers } });
  const report = (query = '', cookie = editor.cookie) => env().get(`/admin/search-report${query}`, { headers: { cookie } });

  it('shows, per week and language, the top queries, those that found nothing and those whose results nobody opened', async () => {
    env().clock.set(new Date('2024-12-04T10:00:00Z'));
    const nothing = 'qqqxxxzzzyyyvvv';
    for (const q of ['Asylum', 'asylum', 'ASYLUM ']) await visit(`/resources?q=${encodeURIComponent(q)}`);
    for (let i = 0; i < 2; i++) await visit('/es/resources?q=asilo');
    for (let i = 0; i < 2; i++) assert.equal(resultTotal((await visit(`/resources?q=${nothing}`)).text), 0);
    await visit('/resources?q=daca');
    await visit(`/resources/${slug}`, { referer: 'http://haven.test/resources?q=asylum' });
    await visit('/resources?q=asylum', { 'user-agent': 'Googlebot/2.1' });
    env().clock.set(new Date('2024-12-09T10:00:00Z'));
    await visit('/resources?q=next+week');
    editor = await loginAs(env(), 'editor');

    const page = await report('?week=2024-12-02');
    assert.equal(page.status, 200);
    assert.match(page.text, /<option value="2024-12-02" selected="">2 Dec 2024 to 8 Dec 2024<\/option>/);
    assert.match(page.text, /<dt>Searches<\/dt><dd>8<\/dd>/);
    assert.match(page.text, /<dt>Different queries<\/dt><dd>4<\/dd>/);
    assert.match(page.text, /<dt>Searches that found nothing<\/dt><dd>2<\/dd>/);
    assert.match(page.text, /<dt>Results opened<\/dt><dd>1<\/dd>/);
    assert.deepEqual(tableRows(page.text, 'top-queries'), [['asylum', '3', '0', '1'], ['asilo', '2', '0', '0'], [nothing, '2', '2', '0'], ['daca', '1', '0', '0']]);
    assert.deepEqual(tableRows(page.text, 'empty-queries'), [[nothing, '2', '0', '0']]);
    assert.deepEqual(tableRows(page.text, 'unfollowed-queries'), [['asilo', '2', '0'], ['daca', '1', '0']]);
    assert.match(page.text, /<table class="data" aria-labelledby="top-queries"><thead><tr><th scope="col">Query<\/th><th scope="col">Searches<\/th>/);

    const es = await report('?week=2024-12-02&lang=es', `${editor.cookie}; lang=es`);
    assert.equal(es.status, 200);
    assert.match(es.text, /<h1>Informe de búsquedas<\/h1>/);
    assert.deepEqual(tableRows(es.text, 'top-queries'), [['asilo', '2', '0', '0']]);
    assert.match(es.text, /<option value="es" selected="">Páginas en español<\/option>/);

    const current = await report();
    assert.deepEqual(tableRows(current.text, 'top-queries'), [['next week', '1', current.text.includes('<dt>Searches that found nothing</dt><dd>1</dd>') ? '1' : '0', '0']]);
  });

  it('is for editors and admins; a week outside the kept days or an unknown language is a 400', async () => {
    assert.equal((await report('', (await loginAs(env(), 'admin')).cookie)).status, 200);
    assert.equal((await report('', (await loginAs(env(), 'author')).cookie)).status, 403);
    const anonymous = await env().request('/admin/search-report', { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.headers.get('location') ?? '', /^\/admin\/login/);
    for (const bad of ['?week=2024-12-03', '?week=2020-01-06', '?week=nope', '?lang=fr', '?week=2024-12-09&week=x']) {
      const res = await report(bad);
      assert.equal(res.status, 400, bad);
      assert.match(res.text, /Choose a week from the list/);
    }
  });

  it('deletes searches and clicks older than 180 days, once a day whichever node gets there first', async () => {
    const db = env().db;
    const row = (day: string) => ({ day, language: 'en', query: `kept-${day}`, results: 1, suggested: 0, filtered: 0 });
    await db.insertInto('search_log').values([row('2025-01-01'), row('2025-01-02'), row('2025-06-30')]).execute();
    await db.insertInto('search_clicks').values([{ day: '2025-01-01', language: 'en', query: 'x', resource_id: 1 }, { day: '2025-01-02', language: 'en', query: 'x', resource_id: 1 }]).execute();
    const silent = { warn: () => {}, info: () => {} } as unknown as Logger;
    let now = new Date('2025-07-01T08:00:00Z'); // 180 days after 2025-01-02
    const clock = { now: () => now };
    const nodes = [new SearchLog({ db, clock, logger: silent }), new SearchLog({ db, clock, logger: silent })];
    const results = await Promise.all(nodes.map((n) => n.purgeExpired()));
    const winners = results.filter((r) => r !== null);
    assert.equal(winners.length, 1, 'one node purges');
    assert.ok((winners[0] ?? 0) >= 2, 'the day-181 search and click went');
    const days = (await db.selectFrom('search_log').select('day').where('query', 'like', 'kept-%').orderBy('day').execute()).map((r) => r.day);
    assert.deepEqual(days, ['2025-01-02', '2025-06-30'], 'exactly 180 days are kept');
    assert.deepEqual((await db.selectFrom('search_clicks').select('day').where('query', '=', 'x').execute()).map((r) => r.day), ['2025-01-02']);
    assert.equal(await nodes[0]!.purgeExpired(), null, 'not twice the same day');
    now = new Date('2025-07-02T08:00:00Z');
    assert.equal(await nodes[1]!.purgeExpired(), 2, 'the next day, the next day’s rows');
  });
});
