import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';

describeEachDialect('one URL per page, and query values handled alike everywhere', (env) => {
  it('answers a trailing slash with a 301 to the canonical URL, keeping the query', async () => {
    for (const [from, to] of [
      ['/resources/', '/resources'], ['/es/', '/es'], ['/admin/', '/admin'], ['/resources/?q=asylum&page=2', '/resources?q=asylum&page=2'],
      ['/es/resources//', '/es/resources'], ['/topics/', '/topics'], ['/api/v1/resources/?lang=es', '/api/v1/resources?lang=es'], ['/api/', '/api'],
    ]) {
      const res = await env().request(from, { redirect: 'manual' });
      assert.equal(res.status, 301, from);
      assert.equal(res.headers.get('location'), to, from);
    }
    const followed = await env().request('/resources');
    assert.equal(followed.status, 200);
  });

  it('never turns a trailing-slash redirect into a link to another host', async () => {
    for (const path of ['//evil.example/', '/.//evil.example/', '//evil.example//']) {
      const res = await env().request(path, { redirect: 'manual' });
      const location = res.headers.get('location');
      assert.ok(!location || new URL(location, 'http://haven.test').origin === 'http://haven.test', `${path} → ${location}`);
      assert.ok(!location || !/^\/[/\\]/.test(location), `${path} → ${location}`);
    }
  });

  it('reads lang= in any letter case in the library, the topic pages, the feed and the API', async () => {
    const lower = await env().get('/resources?lang=es');
    const upper = await env().get('/resources?lang=ES');
    assert.equal(lower.status, 200);
    assert.equal(upper.status, 200);
    const count = (html: string) => /<p class="result-count"[^>]*>([^<]+)</.exec(html)?.[1];
    assert.equal(count(upper.text), count(lower.text));
    assert.equal((await env().request('/feeds/resources.atom?lang=Es')).status, 200);
    const api = await env().request('/api/v1/resources?lang=ES');
    assert.equal(api.status, 200);
    assert.ok(((await api.json()) as { meta: { total: number } }).meta.total > 0);
  });

  it('refuses a lang= that is no language with a 400 that names it, in both languages and in the API', async () => {
    const en = await env().get('/resources?lang=xx');
    assert.equal(en.status, 400);
    assert.match(en.text, /(&quot;|")xx(&quot;|") is not a language code/);
    const es = await env().get('/es/resources?lang=xx');
    assert.equal(es.status, 400);
    assert.match(es.text, /«xx» no es un código de idioma/);
    assert.equal((await env().request('/feeds/resources.atom?lang=xx')).status, 400);
    const api = await env().request('/api/v1/resources?lang=xx');
    assert.equal(api.status, 400);
    assert.match(JSON.stringify(await api.json()), /is not a language code/);
    assert.equal((await env().request('/topics/asylum?lang=zz')).status, 400);
    // A real language nobody writes in yet is an empty result, not a mistake.
    assert.equal((await env().request('/resources?lang=fr')).status, 200);
  });
});
