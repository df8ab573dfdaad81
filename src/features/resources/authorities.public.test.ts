import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { demoResources, type DemoResource } from '../../../test/support/demo.ts';

// Expectations come from the demo data: which demo resources write a citation out in full.
const BASE = 'http://haven.test';
const indexOf = new Map(demoResources.map((r, i) => [r.slug, i]));
const newest = (a: DemoResource, b: DemoResource) => b.publishedOn.localeCompare(a.publishedOn) || indexOf.get(b.slug)! - indexOf.get(a.slug)!;
const citing = (text: string) => demoResources.filter((r) => [r.title, r.summary, r.body].some((t) => t.includes(text))).sort(newest).map((r) => r.slug);
const pickering = citing('23 I&N Dec. 621');
const superseded = new Set(demoResources.flatMap((r) => r.supersedes ?? []));
const slugsIn = (html: string) => [...html.matchAll(/<h3 class="card-title">\s*<a href="(?:\/es)?\/resources\/([a-z0-9-]+)"/g)].map((m) => m[1]);

describeEachDialect('authority pages, feed and API', (env) => {
  it('lists authorities by kind with counts, and filters them by words and kind, in English and Spanish', async () => {
    const { status, text } = await env().get('/authorities');
    assert.equal(status, 200);
    assert.match(text, /<h1>Authorities<\/h1>/);
    assert.match(text, /<h2 id="kind-statute">Statutes /);
    assert.match(text, /<h2 id="kind-agency-decision">Agency decisions /);
    assert.ok(text.includes(`<a href="/authorities/23-in-dec-621">${escapeHtml('Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)')}</a> <span class="meta">${pickering.length} resources</span>`));
    const filtered = await env().get('/authorities?q=212h&kind=statute');
    assert.match(filtered.text, /<a href="\/authorities\/ina-212-h">INA § 212\(h\)<\/a>/);
    assert.doesNotMatch(filtered.text, /kind-agency-decision|ina-237/);
    const es = await env().get('/es/authorities?kind=form');
    assert.equal(es.status, 200);
    assert.match(es.text, /<h1>Fuentes legales<\/h1>/);
    assert.match(es.text, /<h2 id="kind-form">Formularios /);
    assert.match(es.text, /href="\/es\/authorities\/form-i-601a"/);
    assert.doesNotMatch(es.text, /id="kind-statute"/);
  });

  it('refuses a bad filter with a 400 that says why, and an unknown authority with a 404', async () => {
    const bad = await env().get('/authorities?kind=treaty');
    assert.equal(bad.status, 400);
    assert.match(bad.text, /“kind” must be one of: statute, regulation/);
    assert.equal((await env().get('/authorities?q=a&q=b')).status, 400);
    assert.equal((await env().get(`/authorities?q=${'x'.repeat(201)}`)).status, 400);
    for (const path of ['/authorities/ina-999-zz', '/authorities/not-a-key%00', '/authorities/x', `/authorities/${'a-'.repeat(150)}`]) {
      const r = await env().get(path);
      assert.equal(r.status, 404, path);
    }
    assert.match((await env().get('/es/authorities/ina-999')).text, /Ningún recurso de la biblioteca cita esa fuente/);
  });

  it('shows an authority: full name, other name, parent and subsections, citing resources newest first, superseded marked, feed', async () => {
    const { status, text } = await env().get('/authorities/23-in-dec-621');
    assert.equal(status, 200);
    assert.ok(text.includes(`<h1>${escapeHtml('Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)')}</h1>`));
    assert.deepEqual(slugsIn(text), pickering.slice(0, 20));
    assert.match(text, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feeds\/resources.atom\?authority=23-in-dec-621"/);
    const section = await env().get('/authorities/ina-212');
    assert.match(section.text, /<h1>Immigration and Nationality Act § 212<\/h1>/);
    assert.match(section.text, /Also cited as 8 U\.S\.C\. § 1182\./);
    assert.match(section.text, /<h3>Subsections cited<\/h3>[\s\S]*<a href="\/authorities\/ina-212-h">INA § 212\(h\)<\/a>/);
    const sub = await env().get('/authorities/ina-212-h');
    assert.match(sub.text, /Part of <a href="\/authorities\/ina-212">INA § 212<\/a>/);
    assert.ok(slugsIn(section.text).length >= slugsIn(sub.text).length);
    const es = await env().get('/es/authorities/ina-212-h');
    assert.match(es.text, /<h1>Ley de Inmigración y Nacionalidad § 212\(h\)<\/h1>/);
    assert.match(es.text, /Forma parte de <a href="\/es\/authorities\/ina-212">/);
    // The library's filters apply: a type that none of them is gives an empty list, not an error.
    const typed = await env().get('/authorities/23-in-dec-621?type=webinar-recording&sort=oldest');
    assert.equal(typed.status, 200);
    const words = await env().get('/authorities/23-in-dec-621?q=sentence');
    assert.ok(slugsIn(words.text).every((s) => pickering.includes(s!)));
    const marked = demoResources.find((r) => superseded.has(r.slug) && r.body.includes('27 I&N Dec. 674'));
    if (marked) {
      const page = await env().get('/authorities/27-in-dec-674');
      assert.match(page.text, new RegExp(`resources/${marked.slug}"[\\s\\S]*?superseded|superseded-badge[\\s\\S]*?resources/${marked.slug}"`));
    }
  });

  it('serves an authority feed, and refuses a malformed one', async () => {
    const res = await env().request('/feeds/resources.atom?authority=23-in-dec-621');
    assert.equal(res.status, 200);
    const xml = await res.text();
    assert.match(xml, /<title>[^<]*Matter of Pickering, 23 I&amp;N Dec\. 621/);
    assert.deepEqual([...xml.matchAll(/<entry>[\s\S]*?<link href="[^"]*\/resources\/([a-z0-9-]+)"/g)].map((m) => m[1]), pickering);
    assert.match(xml, /<link rel="alternate" href="http:\/\/haven\.test\/authorities\/23-in-dec-621"\/>/);
    assert.equal((await env().request('/feeds/resources.atom?authority=NOT%20A%20SLUG')).status, 400);
    assert.equal((await env().request('/feeds/resources.atom?authority=99-in-dec-999')).status, 404);
  });

  it('answers the JSON API: the index, one authority with its resources, and authorities on each resource', async () => {
    const list = await (await env().request('/api/v1/authorities?kind=agency-decision')).json() as { data: Record<string, any>[] };
    const p = list.data.find((a) => a.key === '23 I&N Dec. 621')!;
    assert.deepEqual(p, {
      key: '23 I&N Dec. 621', slug: '23-in-dec-621', kind: 'agency-decision', name: 'Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)',
      url: `${BASE}/authorities/23-in-dec-621`, count: pickering.length, apiUrl: `${BASE}/api/v1/authorities/23-in-dec-621`,
    });
    assert.ok(list.data.every((a) => a.kind === 'agency-decision'));
    const one = await env().request('/api/v1/authorities/23-in-dec-621?pageSize=2');
    assert.equal(one.status, 200);
    const body = await one.json() as { data: Record<string, any>; meta: Record<string, number> };
    assert.deepEqual(body.meta, { total: pickering.length, page: 1, pageSize: 2 });
    assert.deepEqual(body.data.resources.map((r: { slug: string }) => r.slug), pickering.slice(0, 2));
    const byKey = await (await env().request(`/api/v1/authorities/${encodeURIComponent('INA 212(h)')}`)).json() as { data: Record<string, any> };
    assert.equal(byKey.data.slug, 'ina-212-h');
    assert.deepEqual(byKey.data.parent, { key: 'INA 212', slug: 'ina-212', url: `${BASE}/authorities/ina-212` });
    assert.equal(byKey.data.alsoCitedAs, '8 U.S.C. § 1182(h)');
    assert.equal((await env().request('/api/v1/authorities/ina-999')).status, 404);
    assert.equal((await env().request('/api/v1/authorities?kind=treaty')).status, 400);
    assert.equal((await env().request('/api/v1/authorities?color=red')).status, 400);
    const detail = await (await env().request(`/api/v1/resources/${pickering[0]}`)).json() as { data: { authorities: Record<string, string>[] } };
    assert.ok(detail.data.authorities.some((a) => a.key === '23 I&N Dec. 621' && a.kind === 'agency-decision' && a.url === `${BASE}/authorities/23-in-dec-621`));
    const listed = await (await env().request('/api/v1/resources?pageSize=100')).json() as { data: { slug: string; authorities: unknown[] }[] };
    assert.ok(listed.data.every((r) => Array.isArray(r.authorities)));
    assert.ok(listed.data.find((r) => r.slug === pickering[0])!.authorities.length > 0);
  });
});
