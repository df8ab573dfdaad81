import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { loginAs, postForm, type Signed } from '../../../test/support/auth.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { demoResources, demoTopics, demoTypes } from '../../../test/support/demo.ts';

async function topicRow(env: TestEnv, slug: string) {
  return env.db.selectFrom('topics').selectAll().where('slug', '=', slug).executeTakeFirst();
}

async function lastAudit(env: TestEnv, action: string) {
  const row = await env.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirst();
  return row ? { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> } : undefined;
}

/** The generation counter, to prove a write bumped it. */
async function generation(env: TestEnv): Promise<number> {
  return (await env.db.selectFrom('content_state').select('generation').executeTakeFirstOrThrow()).generation;
}

describeEachDialect('topics and resource types (admin)', (env) => {
  let admin: Signed;
  before(async () => {
    admin = await loginAs(env(), 'admin');
  });
  const get = (path: string) => env().get(path, { headers: { cookie: admin.cookie } });

  it('lists every topic with its Spanish name and how many resources use it', async () => {
    const { status, text } = await get('/admin/topics');
    assert.equal(status, 200);
    for (const topic of demoTopics) {
      const row = (await topicRow(env(), topic.slug))!;
      const uses = demoResources.filter((r) => r.topics.includes(topic.slug)).length;
      assert.ok(text.includes(`<a href="/admin/topics/${row.id}" lang="en">${escapeHtml(topic.name)}</a>`), topic.slug);
      assert.ok(text.includes(`<span lang="es">${escapeHtml(topic.nameEs)}</span>`), topic.slug);
      assert.match(text, new RegExp(`<code>${topic.slug}</code></td><td>${uses}</td>`), `${topic.slug} is used ${uses} times`);
    }
    const types = await get('/admin/types');
    assert.equal(types.status, 200);
    for (const type of demoTypes) assert.ok(types.text.includes(escapeHtml(type.name)), type.slug);
  });

  it('creates a topic, shown on the public site at once in both languages', async () => {
    const before = await generation(env());
    const res = await postForm(env(), '/admin/topics', admin, {
      slug: 'labor-rights', name: 'Labor Rights', name_es: 'Derechos laborales', description: 'Work and wages.', description_es: 'Trabajo y salarios.',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/topics?done=created');
    assert.match((await get('/admin/topics?done=created')).text, /Created. The public site shows it now./);
    const row = (await topicRow(env(), 'labor-rights'))!;
    assert.deepEqual([row.name, row.name_es, row.description, row.description_es, row.version], ['Labor Rights', 'Derechos laborales', 'Work and wages.', 'Trabajo y salarios.', 1]);
    assert.ok((await generation(env())) > before, 'the content generation moved');
    assert.match((await env().get('/topics')).text, /<a href="\/topics\/labor-rights">Labor Rights<\/a>/);
    const es = await env().get('/es/topics/labor-rights');
    assert.equal(es.status, 200);
    assert.match(es.text, /<h1>Derechos laborales<\/h1>/);
    assert.equal((await lastAudit(env(), 'topic.create'))?.detail.slug, 'labor-rights');
  });

  it('refuses bad input with a message beside each field, refilled, nothing saved', async () => {
    const count = (await env().db.selectFrom('topics').select('id').execute()).length;
    const res = await postForm(env(), '/admin/topics', admin, { slug: 'Not A Slug', name: '', name_es: 'x'.repeat(101), description: 'ok' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-slug-error">Use only lower-case letters/);
    assert.match(html, /id="f-name-error">Enter a name of at most 100 characters.</);
    assert.match(html, /id="f-name_es-error">Use at most 100 characters.</);
    assert.match(html, /id="f-slug"[^>]*value="Not A Slug"[^>]*aria-invalid="true"/);
    assert.match(html, /<a href="#f-slug">Slug: /, 'the summary links to the field');
    const taken = await postForm(env(), '/admin/topics', admin, { slug: demoTopics[0].slug, name: 'Again' });
    assert.equal(taken.status, 400);
    assert.match(await taken.text(), /id="f-slug-error">This slug is already used. Choose another one.</);
    const control = await postForm(env(), '/admin/types', admin, { slug: 'ok-type', name: 'Bad\u0000name', position: 'first' });
    assert.equal(control.status, 400);
    const controlHtml = await control.text();
    assert.match(controlHtml, /id="f-name-error">Remove the invisible control characters/);
    assert.match(controlHtml, /id="f-position-error">Enter a whole number from 0 to 9999/);
    assert.equal((await env().db.selectFrom('topics').select('id').execute()).length, count);
    assert.equal(await env().db.selectFrom('resource_types').select('id').where('slug', '=', 'ok-type').executeTakeFirst(), undefined);
  });

  it('edits a topic (names, slug) and refuses a stale copy, keeping its text', async () => {
    const topic = demoTopics[1];
    const row = (await topicRow(env(), topic.slug))!;
    const form = await get(`/admin/topics/${row.id}`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="version" value="1"/);
    assert.match(form.text, /Changing it changes that address/);
    const fields = { version: '1', slug: 'daca-program', name: 'DACA Program', name_es: 'Programa DACA', description: row.description, description_es: '' };
    const res = await postForm(env(), `/admin/topics/${row.id}`, admin, fields);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/admin/topics/${row.id}?done=saved`);
    const saved = (await topicRow(env(), 'daca-program'))!;
    assert.deepEqual([saved.name, saved.name_es, saved.description_es, saved.version], ['DACA Program', 'Programa DACA', null, 2]);
    assert.equal((await env().get(`/topics/${topic.slug}`)).status, 404, 'the old address is gone');
    assert.match((await env().get('/es/topics/daca-program')).text, /<h1>Programa DACA<\/h1>/);
    assert.equal((await lastAudit(env(), 'topic.update'))?.detail.previousSlug, topic.slug);

    const stale = await postForm(env(), `/admin/topics/${row.id}`, admin, { ...fields, name: 'My Stale Name' });
    assert.equal(stale.status, 409);
    const html = await stale.text();
    assert.match(html, /Someone else saved this while you were editing/);
    assert.match(html, /id="f-name"[^>]*value="My Stale Name"/, 'their text is kept');
    assert.match(html, /name="version" value="2"/, 'saving again replaces the stored version');
    assert.equal((await topicRow(env(), 'daca-program'))!.name, 'DACA Program');
  });

  it('sets a type\'s age notice threshold in years, refusing anything but 1–99 or empty', async () => {
    const bad = await postForm(env(), '/admin/types', admin, { slug: 'aging-type', name: 'Aging', position: '', notice_after_years: '0' });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /id="f-notice_after_years-error">Enter a whole number of years from 1 to 99/);
    assert.equal((await postForm(env(), '/admin/types', admin, { slug: 'aging-type', name: 'Aging', position: '', notice_after_years: '5' })).status, 303);
    const row = await env().db.selectFrom('resource_types').select(['id', 'notice_after_years']).where('slug', '=', 'aging-type').executeTakeFirstOrThrow();
    assert.equal(row.notice_after_years, 5);
    const form = await get(`/admin/types/${row.id}`);
    assert.match(form.text, /id="f-notice_after_years"[^>]*value="5"/);
    await env().db.deleteFrom('resource_types').where('id', '=', row.id).execute();
  });

  it('refuses to delete a topic or type in use, saying how many resources use it', async () => {
    const topic = demoTopics[2];
    const row = (await topicRow(env(), topic.slug))!;
    const uses = demoResources.filter((r) => r.topics.includes(topic.slug)).length;
    const res = await postForm(env(), `/admin/topics/${row.id}/delete`, admin);
    assert.equal(res.status, 409);
    assert.ok((await res.text()).includes(`Resources using this topic: ${uses}. Remove it from them before deleting it.`));
    assert.ok(await topicRow(env(), topic.slug), 'still there');
    const type = await env().db.selectFrom('resource_types').select('id').where('slug', '=', demoTypes[0].slug).executeTakeFirstOrThrow();
    const typeUses = demoResources.filter((r) => r.type === demoTypes[0].slug).length;
    const refused = await postForm(env(), `/admin/types/${type.id}/delete`, admin);
    assert.equal(refused.status, 409);
    assert.ok((await refused.text()).includes(`Resources of this type: ${typeUses}.`));
  });

  it('deletes an unused topic and type, with an audit entry', async () => {
    assert.equal((await postForm(env(), '/admin/topics', admin, { slug: 'short-lived', name: 'Short Lived' })).status, 303);
    const row = (await topicRow(env(), 'short-lived'))!;
    const page = await get(`/admin/topics/${row.id}`);
    assert.match(page.text, /Delete permanently/);
    const res = await postForm(env(), `/admin/topics/${row.id}/delete`, admin);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/topics?done=deleted');
    assert.equal(await topicRow(env(), 'short-lived'), undefined);
    assert.deepEqual((await lastAudit(env(), 'topic.delete'))?.detail, { slug: 'short-lived', name: 'Short Lived', name_es: null });
    assert.equal((await postForm(env(), `/admin/topics/${row.id}/delete`, admin)).status, 404);

    assert.equal((await postForm(env(), '/admin/types', admin, { slug: 'brief', name: 'Brief', name_es: 'Resumen', position: '' })).status, 303);
    const type = await env().db.selectFrom('resource_types').selectAll().where('slug', '=', 'brief').executeTakeFirstOrThrow();
    assert.equal(type.position, demoTypes.length, 'a type without an order goes last');
    assert.equal((await postForm(env(), `/admin/types/${type.id}/delete`, admin)).status, 303);
    assert.equal((await lastAudit(env(), 'type.delete'))?.detail.slug, 'brief');
  });

  it('refuses editors and authors, and sends anonymous visitors to sign in', async () => {
    for (const role of ['editor', 'author'] as const) {
      const user = await loginAs(env(), role);
      for (const path of ['/admin/topics', '/admin/types/new', '/admin/settings']) {
        assert.equal((await env().request(path, { headers: { cookie: user.cookie } })).status, 403, `${role} ${path}`);
      }
      assert.equal((await postForm(env(), '/admin/topics', user, { slug: 'sneaky', name: 'Sneaky' })).status, 403);
      assert.equal((await postForm(env(), '/admin/settings', user, { name: 'Sneaky', shortName: 'S' })).status, 403);
    }
    assert.equal(await topicRow(env(), 'sneaky'), undefined);
    const anon = await env().request('/admin/types', { headers: { accept: 'text/html' }, redirect: 'manual' });
    assert.equal(anon.status, 303);
    assert.match(anon.headers.get('location') ?? '', /^\/admin\/login\?next=/);
  });
});
