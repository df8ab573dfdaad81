import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml, resultSlugs, resultTotal } from '../../../test/support/html.ts';
import { demoResources, demoProjects, demoTopics } from '../../../test/support/demo.ts';

describeEachDialect('topic and project pages', (env) => {
  it('lists every topic with its count', async () => {
    const { status, text } = await env().get('/topics');
    assert.equal(status, 200);
    for (const t of demoTopics) {
      const count = demoResources.filter((r) => r.topics.includes(t.slug)).length;
      assert.ok(text.includes(`href="/topics/${t.slug}">${escapeHtml(t.name)}</a>`), t.slug);
      assert.ok(count >= 2, `${t.slug} has resources`);
    }
  });

  it('shows a topic with its resources, paged, and a feed link', async () => {
    const topic = demoTopics[0];
    const index = new Map(demoResources.map((r, i) => [r.slug, i]));
    const want = demoResources.filter((r) => r.topics.includes(topic.slug))
      .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || index.get(b.slug)! - index.get(a.slug)!);
    const { status, text } = await env().get(`/topics/${topic.slug}`);
    assert.equal(status, 200);
    assert.ok(text.includes(`<h1>${escapeHtml(topic.name)}</h1>`));
    assert.equal(resultTotal(text), want.length);
    assert.deepEqual(resultSlugs(text), want.slice(0, 20).map((r) => r.slug));
    assert.ok(text.includes(`type="application/atom+xml"`));
    assert.ok(text.includes(`/feeds/resources.atom?topic=${topic.slug}`));
  });

  it('answers a topic page search it cannot understand with the form again, aimed at the topic', async () => {
    const bad = await env().get('/topics/asylum?from=2024-05-01&to=2024-01-01&q=bond');
    assert.equal(bad.status, 400);
    assert.match(bad.text, /<form method="get" action="\/topics\/asylum" class="filter-form">/);
    assert.match(bad.text, /<input id="f-q" type="search" name="q" value="bond"/);
    assert.match(bad.text, /aria-invalid="true" aria-describedby="f-from-error"/);
    assert.equal((await env().get('/topics/Not..A..Slug?from=x')).status, 404);
    assert.equal((await env().get('/topics/no-such-topic')).status, 404);
  });

  it('shows each project with its description and resources', async () => {
    for (const p of demoProjects) {
      const { status, text } = await env().get(`/projects/${p.slug}`);
      assert.equal(status, 200);
      assert.ok(text.includes(escapeHtml(p.summary)));
      const members = demoResources.filter((r) => r.projects?.includes(p.slug));
      assert.ok(members.length > 0);
      for (const m of members.slice(0, 20)) assert.ok(text.includes(`/resources/${m.slug}"`), m.slug);
    }
    const index = await env().get('/projects');
    for (const p of demoProjects) assert.ok(index.text.includes(`href="/projects/${p.slug}"`));
  });

  it('serves the about page and the statement', async () => {
    assert.equal((await env().get('/pages/about')).status, 200);
    const s = await env().get('/statements/ilrc-calls-for-a-permanent-ceasefire');
    assert.equal(s.status, 200);
    assert.match(s.text, /ILRC Calls for a Permanent Ceasefire/);
  });
});
