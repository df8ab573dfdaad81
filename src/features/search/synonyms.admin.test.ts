import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { loginAs, postForm, type Signed } from '../../../test/support/auth.ts';
import { resultSlugs, resultTotal } from '../../../test/support/html.ts';

/** A word no demo resource has, so only a synonym can make it find anything. */
const MADE_UP = 'zorblaxian';
const PAROLE_TITLE = 'Keeping Families Together: Frequently Asked Questions About Parole in Place';

async function groupWith(env: TestEnv, phrase: string) {
  const rows = await env.db.selectFrom('search_synonyms').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ ...r, phrases: JSON.parse(r.phrases) as string[] })).find((r) => r.phrases.includes(phrase));
}

async function lastAudit(env: TestEnv, action: string) {
  const row = await env.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirst();
  return row ? { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> } : undefined;
}

async function generation(env: TestEnv): Promise<number> {
  return (await env.db.selectFrom('content_state').select('generation').executeTakeFirstOrThrow()).generation;
}

describeEachDialect('search synonyms (admin)', (env) => {
  let editor: Signed;
  let paroleSlug: string;
  before(async () => {
    editor = await loginAs(env(), 'editor');
    paroleSlug = (await env().db.selectFrom('resources').select('slug').where('title', '=', PAROLE_TITLE).executeTakeFirstOrThrow()).slug;
  });
  const get = (path: string, cookie = editor.cookie) => env().get(path, { headers: { cookie } });
  /** The library page for a query, as a visitor gets it (through the page cache). */
  const library = async (q: string) => {
    const page = await env().get(`/resources?q=${encodeURIComponent(q)}`);
    assert.equal(page.status, 200, q);
    return { total: resultTotal(page.text), slugs: resultSlugs(page.text) };
  };
  const api = async (q: string) => {
    const res = await env().request(`/api/v1/resources?q=${encodeURIComponent(q)}&pageSize=100`);
    assert.equal(res.status, 200);
    return ((await res.json()) as { data: { slug: string }[] }).data.map((d) => d.slug);
  };

  it('lists the seeded groups for an editor, and the section is in the staff navigation', async () => {
    const { status, text } = await get('/admin/synonyms');
    assert.equal(status, 200);
    assert.match(text, /<a href="\/admin\/synonyms" aria-current="page">Synonyms<\/a>/);
    const cimt = (await groupWith(env(), 'CIMT'))!;
    assert.ok(text.includes(`<a href="/admin/synonyms/${cimt.id}">CIMT = crime involving moral turpitude = crimes involving moral turpitude</a>`));
    const author = await loginAs(env(), 'author');
    assert.equal((await get('/admin/synonyms', author.cookie)).status, 403, 'authors may not edit synonyms');
    assert.doesNotMatch((await get('/admin', author.cookie)).text, /href="\/admin\/synonyms"/, 'nor see the section');
  });

  it('a new group changes search results at once, on the library page and the API', async () => {
    assert.equal((await library(MADE_UP)).total, 0, 'nothing has the made-up word yet');
    assert.deepEqual(await api(MADE_UP), []);
    const before = await generation(env());
    const res = await postForm(env(), '/admin/synonyms', editor, { phrases: `${MADE_UP}\nParole in place` });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/synonyms?done=created');
    assert.match((await get('/admin/synonyms?done=created')).text, /Created. Searches use it now./);
    assert.ok((await generation(env())) > before, 'the content generation moved, so every node reads the new list');
    const after = await library(MADE_UP);
    assert.ok(after.total > 0, 'the same address now finds resources');
    assert.ok(after.slugs.includes(paroleSlug), 'among them the parole in place FAQ');
    assert.ok((await api(MADE_UP)).includes(paroleSlug));
    const group = (await groupWith(env(), MADE_UP))!;
    assert.deepEqual([group.phrases, group.version], [[MADE_UP, 'Parole in place'], 1]);
    const audit = (await lastAudit(env(), 'synonym.create'))!;
    assert.deepEqual([audit.user_id, audit.subject_id, audit.detail.phrases], [editor.user.id, String(group.id), [MADE_UP, 'Parole in place']]);
  });

  it('refuses bad phrases with a message beside the field, in English and Spanish, keeping the text', async () => {
    const count = (await env().db.selectFrom('search_synonyms').select('id').execute()).length;
    const cases: [string, RegExp][] = [
      ['lonely', /Write at least two different phrases, one per line./],
      ['CIMT = moral turpitude', /Line 1 holds several phrases/],
      ['waiver\nINA 212(h)', /Line 2 has “\(”. Use only letters/],
      ['Petición\npeticion', /Line 2 repeats line 1/],
      [`asylum\n${'x'.repeat(101)}`, /Line 2 is too long: a phrase may have at most 100 characters./],
    ];
    for (const [phrases, message] of cases) {
      const res = await postForm(env(), '/admin/synonyms', editor, { phrases });
      assert.equal(res.status, 400, phrases);
      const html = await res.text();
      assert.match(html, new RegExp(`id="f-phrases-error">${message.source}`), phrases);
      assert.match(html, /<textarea id="f-phrases" name="phrases"[^>]*aria-invalid="true"[^>]*aria-describedby="f-phrases-hint f-phrases-error"/);
      assert.ok(html.includes(`>${phrases.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</textarea>`), 'their text is kept');
      assert.match(html, /<a href="#f-phrases">Phrases that mean the same: /, 'the summary links to the field');
    }
    const es = await postForm(env(), '/admin/synonyms', { ...editor, cookie: `${editor.cookie}; lang=es` }, { phrases: 'solo' });
    assert.equal(es.status, 400);
    assert.match(await es.text(), /id="f-phrases-error">Escriba al menos dos frases distintas, una por línea.</);
    assert.equal((await env().db.selectFrom('search_synonyms').select('id').execute()).length, count, 'nothing saved');
  });

  it('starts from seeded groups that share no phrase (a phrase counts in its first group only)', async () => {
    const rows = await env().db.selectFrom('search_synonyms').select('phrases').execute();
    const keys = rows.flatMap((r) => (JSON.parse(r.phrases) as string[]).map((p) => p.toLowerCase()));
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
    assert.ok((await groupWith(env(), 'KYR'))!.phrases.includes('conozca sus derechos'), 'KYR joined know your rights');
  });

  it('refuses a form without the CSRF token, saving nothing', async () => {
    const forged = await postForm(env(), '/admin/synonyms', { cookie: editor.cookie, csrf: 'forged' }, { phrases: 'forged one\nforged two' });
    assert.equal(forged.status, 403);
    assert.equal(await groupWith(env(), 'forged one'), undefined);
  });

  it('refuses a phrase another group already has, naming that group', async () => {
    const res = await postForm(env(), '/admin/synonyms', editor, { phrases: 'cimt\nmoral turpitude offense' });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /“cimt” is already in another group \(CIMT = crime involving moral turpitude = crimes involving moral turpitude\)/);
  });

  it('edits a group, and refuses a stale copy with the conflict screen, keeping the text', async () => {
    const group = (await groupWith(env(), MADE_UP))!;
    const form = await get(`/admin/synonyms/${group.id}`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="version" value="1"/);
    assert.ok(form.text.includes(`>${MADE_UP}\nParole in place</textarea>`));
    const saved = await postForm(env(), `/admin/synonyms/${group.id}`, editor, { version: '1', phrases: `${MADE_UP}\nhumanitarian parole` });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `/admin/synonyms/${group.id}?done=saved`);
    const stored = (await groupWith(env(), MADE_UP))!;
    assert.deepEqual([stored.phrases, stored.version], [[MADE_UP, 'humanitarian parole'], 2]);
    assert.deepEqual((await lastAudit(env(), 'synonym.update'))!.detail, { phrases: [MADE_UP, 'humanitarian parole'], previous: [MADE_UP, 'Parole in place'] });

    const stale = await postForm(env(), `/admin/synonyms/${group.id}`, editor, { version: '1', phrases: `${MADE_UP}\nmy stale phrase` });
    assert.equal(stale.status, 409);
    const html = await stale.text();
    assert.match(html, /Someone else changed this group while you were editing/);
    assert.ok(html.includes(`<p>${MADE_UP} = humanitarian parole</p>`), 'shows what is stored now');
    assert.ok(html.includes(`>${MADE_UP}\nmy stale phrase</textarea>`), 'their text is kept');
    assert.match(html, /name="version" value="2"/, 'saving again replaces the stored version');
    assert.deepEqual((await groupWith(env(), MADE_UP))!.phrases, [MADE_UP, 'humanitarian parole']);
    assert.equal((await postForm(env(), '/admin/synonyms/999999', editor, { version: '1', phrases: 'a1\nb1' })).status, 404);
  });

  it('deletes a group only from a current copy; searches stop using it at once', async () => {
    const group = (await groupWith(env(), MADE_UP))!;
    assert.ok((await library(MADE_UP)).total > 0);
    const stale = await postForm(env(), `/admin/synonyms/${group.id}/delete`, editor, { version: '1' });
    assert.equal(stale.status, 409, 'a stale form deletes nothing');
    assert.ok(await groupWith(env(), MADE_UP));
    const res = await postForm(env(), `/admin/synonyms/${group.id}/delete`, editor, { version: String(group.version) });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/synonyms?done=deleted');
    assert.equal(await groupWith(env(), MADE_UP), undefined);
    assert.equal((await library(MADE_UP)).total, 0, 'the word finds nothing again');
    assert.deepEqual((await lastAudit(env(), 'synonym.delete'))!.detail, { phrases: [MADE_UP, 'humanitarian parole'] });
    assert.equal((await get(`/admin/synonyms/${group.id}`)).status, 404);
  });
});
