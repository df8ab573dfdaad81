import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describeEachDialect } from '../../../test/support/app.ts';

type Json = Record<string, any>;

/** Every `$ref` anywhere in a document. */
function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) refs(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

// The document is validated against the OpenAPI 3.1 JSON Schema by a validator library; the
// checks below add what that schema cannot say: every route is in it, path parameters are
// declared, every reference resolves.
describeEachDialect('OpenAPI document', (env) => {
  async function document(): Promise<Json> {
    const res = await env().request('/api/openapi.json');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    return (await res.json()) as Json;
  }

  it('is a valid OpenAPI 3.1 document (checked by a validator) titled "Haven API", served from the base URL', async () => {
    const doc = await document();
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.1', 'validated against the 3.1 schema');
    const broken = structuredClone(doc);
    delete broken.info.version;
    assert.equal((await new Validator().validate(broken)).valid, false, 'the validator does refuse a broken document');
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    assert.equal(doc.info.title, 'Haven API');
    assert.match(doc.info.version, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(doc.servers.map((s: Json) => s.url), [env().config.baseUrl]);
    assert.ok(Object.keys(doc.paths).length > 0);
  });

  it('describes every /api/v1 route the app serves, each with responses', async () => {
    const doc = await document();
    const served = env().app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
      .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:(\w+)/g, '{$1}') }));
    assert.ok(served.length >= 5, 'the API routes are mounted');
    for (const { method, path } of served) {
      const op = doc.paths[path]?.[method];
      assert.ok(op, `${method.toUpperCase()} ${path} is in the document`);
      assert.ok(op.summary, `${path} has a summary`);
      const statuses = Object.keys(op.responses ?? {});
      assert.ok(statuses.includes('200'), `${path} documents 200`);
      assert.ok(statuses.includes('400'), `${path} documents 400`);
      for (const status of statuses) {
        assert.match(status, /^[1-5]\d\d$/);
        assert.equal(typeof op.responses[status].description, 'string', `${path} ${status} has a description`);
      }
      const declared = new Set((op.parameters ?? []).filter((p: Json) => p.in === 'path').map((p: Json) => p.name));
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
        assert.ok(declared.has(name), `${path} declares its path parameter ${name}`);
        assert.equal(op.parameters.find((p: Json) => p.name === name).required, true);
      }
    }
    for (const path of Object.keys(doc.paths)) {
      assert.ok(path.startsWith('/'), path);
      const routingPath = path.replace(/\{(\w+)\}/g, ':$1');
      assert.ok(env().app.routes.some((r) => r.path === routingPath), `${path} in the document is served`);
    }
  });

  it('documents the list filters from the validating schema, and every reference resolves', async () => {
    const doc = await document();
    const params = doc.paths['/api/v1/resources'].get.parameters as Json[];
    const names = params.map((p) => p.name);
    assert.deepEqual(names, ['q', 'type', 'topic', 'lang', 'audience', 'from', 'to', 'sort', 'page', 'pageSize']);
    for (const p of params) {
      assert.equal(p.in, 'query');
      assert.ok(p.description, `${p.name} has a description`);
    }
    const pageSize = params.find((p) => p.name === 'pageSize')!;
    assert.equal(pageSize.schema.maximum, 100);
    assert.equal(pageSize.schema.default, 20);
    assert.deepEqual(params.find((p) => p.name === 'audience')!.schema.enum, ['practitioners', 'community', 'advocates']);
    for (const ref of refs(doc)) {
      const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
      assert.ok(m && doc.components.schemas[m[1]], `${ref} resolves`);
    }
    const summary = doc.components.schemas.ResourceSummary;
    for (const field of ['slug', 'title', 'type', 'topics', 'language', 'publishedOn', 'updatedOn', 'summary', 'url', 'audience', 'superseded']) {
      assert.ok(summary.properties[field], `ResourceSummary.${field}`);
      assert.ok(summary.required.includes(field), `ResourceSummary.${field} is required`);
    }
  });

  it('renders a readable reference page from the document, without scripts', async () => {
    const doc = await document();
    const res = await env().request('/api/docs');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    // No script but the site layout's deferred search suggestions (a progressive enhancement).
    assert.doesNotMatch(html.replace(/<script src="\/suggest\.js" defer(="")?><\/script>/, ''), /<script/i);
    assert.match(html, /<link rel="stylesheet" href="\/[^"]+\.css"/);
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const [method, op] of Object.entries(item as Json)) {
        assert.ok(html.includes(`<code>${method.toUpperCase()} ${path}</code>`), `${method} ${path}`);
        assert.ok(html.includes((op as Json).summary.replace(/&/g, '&amp;')), (op as Json).summary);
      }
    }
    assert.match(html, /<code>pageSize<\/code>/);
    assert.match(html, /Items per page, 1 to 100\./);
    assert.match(html, /id="schema-ResourceSummary"/);
    assert.match(html, /<code>publishedOn<\/code>/);
  });

  it('serves the reference under /es/api/docs too, where its language switch and hreflang links point', async () => {
    const en = await env().get('/api/docs');
    const links = [...en.text.matchAll(/href="((?:http:\/\/haven\.test)?\/es\/api\/docs[^"]*)"/g)].map((m) => m[1]);
    assert.ok(links.length >= 1, 'the English page links its Spanish version');
    for (const href of links) {
      const res = await env().request(href.replace('http://haven.test', ''), { redirect: 'manual' });
      assert.ok(res.status === 200 || res.status === 302 || res.status === 303, `${href} answers ${res.status}`);
    }
    const es = await env().get('/es/api/docs');
    assert.equal(es.status, 200);
    assert.match(es.text, /<html lang="es">/);
    assert.ok(es.text.includes('<title>Referencia de la API de Haven'));
    assert.ok(es.text.includes('Esta referencia está en inglés.'));
    assert.match(es.text, /<div lang="en"><article class="wrap api-reference">/);
    assert.ok(es.text.includes('<code>GET /api/v1/resources</code>'));
  });
});
