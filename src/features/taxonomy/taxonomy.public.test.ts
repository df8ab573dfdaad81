import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { demoResources, demoTopics, demoTypes } from '../../../test/support/demo.ts';

/** The text of the `<select>` options of one library filter. */
function options(html: string, name: string): string {
  const m = new RegExp(`<select id="f-${name}" name="${name}">([\\s\\S]*?)</select>`).exec(html);
  assert.ok(m, `the ${name} filter is on the page`);
  return m[1];
}

describeEachDialect('Spanish topic and type names on the public site', (env) => {
  it('names types and topics in Spanish on /es/resources and in English on /resources', async () => {
    const es = await env().get('/es/resources');
    const en = await env().get('/resources');
    assert.equal(es.status, 200);
    for (const type of demoTypes) {
      assert.ok(options(es.text, 'type').includes(escapeHtml(type.nameEs)), type.nameEs);
      assert.ok(options(en.text, 'type').includes(escapeHtml(type.name)), type.name);
      if (type.nameEs !== type.name) assert.ok(!options(en.text, 'type').includes(escapeHtml(type.nameEs)), `${type.nameEs} not on the English page`);
    }
    for (const topic of demoTopics) {
      assert.ok(options(es.text, 'topic').includes(escapeHtml(topic.nameEs)), topic.nameEs);
      assert.ok(options(en.text, 'topic').includes(escapeHtml(topic.name)), topic.name);
    }
  });

  it('names a resource page’s type and topics in Spanish on /es', async () => {
    const r = demoResources.find((x) => x.topics.length > 0 && demoTypes.find((t) => t.slug === x.type)!.nameEs !== demoTypes.find((t) => t.slug === x.type)!.name)!;
    const type = demoTypes.find((t) => t.slug === r.type)!;
    const es = await env().get(`/es/resources/${r.slug}`);
    const en = await env().get(`/resources/${r.slug}`);
    assert.equal(es.status, 200);
    assert.ok(es.text.includes(`>${escapeHtml(type.nameEs)}</a>`), type.nameEs);
    assert.ok(en.text.includes(`>${escapeHtml(type.name)}</a>`), type.name);
    assert.ok(!en.text.includes(escapeHtml(type.nameEs)));
    for (const slug of r.topics) {
      const topic = demoTopics.find((t) => t.slug === slug)!;
      assert.ok(es.text.includes(`/es/topics/${slug}">${escapeHtml(topic.nameEs)}</a>`), topic.nameEs);
      assert.ok(en.text.includes(`/topics/${slug}">${escapeHtml(topic.name)}</a>`), topic.name);
    }
  });

  it('shows the Spanish topic index and falls back to English where no Spanish name is set', async () => {
    const es = await env().get('/es/topics');
    for (const topic of demoTopics) assert.ok(es.text.includes(`<a href="/es/topics/${topic.slug}">${escapeHtml(topic.nameEs)}</a>`), topic.slug);
    const topic = demoTopics[3];
    await env().db.updateTable('topics').set({ name_es: null, description_es: null }).where('slug', '=', topic.slug).execute();
    await env().db.updateTable('content_state').set((eb) => ({ generation: eb('generation', '+', 1) })).execute();
    const after = await env().get('/es/topics');
    assert.ok(after.text.includes(`<h2 lang="en"><a href="/es/topics/${topic.slug}">${escapeHtml(topic.name)}</a></h2>`), 'English name, marked as English');
    assert.ok(after.text.includes(`<p lang="en">${escapeHtml(topic.description)}</p>`));
    assert.ok(after.text.includes(`<h2><a href="/es/topics/${demoTopics[0].slug}">${escapeHtml(demoTopics[0].nameEs)}</a></h2>`), 'Spanish name, no lang attribute');
  });
});
