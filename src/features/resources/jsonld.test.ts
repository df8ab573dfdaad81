import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { linkReferences, upsertResource, type ResourceWrite } from './resources.write.repo.ts';
import { demoOrganization, demoResources, demoTopics } from '../../../test/support/demo.ts';
import { schemaType, serializeJsonLd } from './jsonld.tsx';

const BASE = 'http://haven.test';

/** The JSON-LD blocks in a page, parsed. */
function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

describe('JSON-LD serialization', () => {
  it('escapes everything that could end the script element, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028 \u2029' };
    const out = serializeJsonLd(data);
    assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(out), data);
  });

  it('picks a schema.org type that fits the resource type', () => {
    assert.equal(schemaType('toolkit-report'), 'Report');
    assert.equal(schemaType('policy-analysis'), 'Report');
    assert.equal(schemaType('practice-advisory'), 'ScholarlyArticle');
    assert.equal(schemaType('faq-explainer'), 'Article');
  });
});

describeEachDialect('JSON-LD on resource pages', (env) => {
  it('describes the resource: type, headline, dates, language, authors, publisher, topics, url', async () => {
    const r = demoResources.find((x) => x.authors?.length && x.updatedOn) ?? demoResources.find((x) => x.authors?.length)!;
    const { status, text } = await env().get(`/resources/${r.slug}`);
    assert.equal(status, 200);
    const head = text.slice(0, text.indexOf('</head>'));
    const blocks = jsonLd(head);
    assert.equal(blocks.length, 1, 'one JSON-LD block, in the head');
    const ld = blocks[0];
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], schemaType(r.type));
    assert.equal(ld.name, r.title);
    assert.ok(r.title.startsWith(ld.headline.replace(/…$/, '')));
    assert.ok([...ld.headline].length <= 110);
    assert.equal(ld.description, r.summary);
    assert.equal(ld.datePublished, r.publishedOn);
    assert.equal(ld.dateModified, r.updatedOn ?? r.publishedOn);
    assert.equal(ld.inLanguage, r.language);
    assert.deepEqual(ld.author, r.authors!.map((name) => ({ '@type': 'Person', name })));
    assert.deepEqual(ld.publisher, { '@type': 'Organization', name: demoOrganization.name, url: BASE });
    assert.deepEqual(ld.about.map((a: { name: string }) => a.name).sort(), r.topics.map((t) => demoTopics.find((x) => x.slug === t)!.name).sort());
    assert.equal(ld.url, `${BASE}/resources/${r.slug}`);
    const es = jsonLd((await env().get(`/es/resources/${r.slug}`)).text)[0];
    assert.equal(es.url, `${BASE}/es/resources/${r.slug}`);
    assert.equal(es['@id'], ld['@id'], 'both language versions describe the same work');
  });

  it('credits the organization when a resource names no author', async () => {
    const r = demoResources.find((x) => !x.authors?.length)!;
    const ld = jsonLd((await env().get(`/resources/${r.slug}`)).text)[0];
    assert.deepEqual(ld.author, [{ '@type': 'Organization', name: demoOrganization.name, url: BASE }]);
  });

  it('cannot be broken out of by a hostile title', async () => {
    const hostile: ResourceWrite = {
      slug: 'jsonld-hostile', type: 'practice-advisory', title: 'A </script><script>alert(1)</script> title', summary: 'x <!-- y',
      body: '', topics: [], language: 'en', audience: 'practitioners', status: 'published', publishedOn: '2024-01-01', updatedOn: null,
      authors: [], series: null, translationOf: null, supersedes: [], attachments: [],
    };
    await env().db.transaction().execute(async (trx) => {
      await upsertResource(trx, hostile, new Date().toISOString());
      await linkReferences(trx, hostile);
      await bumpGeneration(trx);
    });
    const { status, text } = await env().get('/resources/jsonld-hostile');
    assert.equal(status, 200);
    assert.doesNotMatch(text, /<script>alert/);
    // The JSON-LD element and the layout's own suggestions script (src="/suggest.js"), nothing else.
    assert.equal((text.match(/<script/g) ?? []).length, 2, 'only the JSON-LD element and the suggestions script');
    assert.equal((text.match(/<script src="\/suggest\.js" defer(="")?><\/script>/g) ?? []).length, 1);
    const ld = jsonLd(text)[0];
    assert.equal(ld.name, hostile.title);
    assert.equal(ld.description, hostile.summary);
  });
});
