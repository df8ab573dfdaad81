import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { csrfFrom, loginAs, postForm, type Signed } from '../../../test/support/auth.ts';

describeEachDialect('the Find legal help page (admin)', (env) => {
  let admin: Signed;
  let editor: Signed;
  before(async () => {
    admin = await loginAs(env(), 'admin');
    editor = await loginAs(env(), 'editor');
  });
  const get = (path: string, who = admin) => env().get(path, { headers: { cookie: who.cookie } });
  const rows = () => env().db.selectFrom('help_entries').selectAll().orderBy('id').execute();

  it('lists the three lists for admins, in the staff navigation, and refuses editors', async () => {
    const { status, text } = await get('/admin/help');
    assert.equal(status, 200);
    assert.match(text, /<a href="\/admin\/help"[^>]*>Find legal help<\/a>/);
    for (const kind of ['service', 'hotline', 'rights']) assert.ok(text.includes(`href="/admin/help/new?kind=${kind}"`), kind);
    assert.match(text, /<td><code>\(555\) 010-0199<\/code><\/td>/);
    assert.equal((await get('/admin/help', editor)).status, 403);
    assert.equal((await postForm(env(), '/admin/help', editor, { kind: 'hotline', label: 'x', phone: '123' })).status, 403);
  });

  it('adds a hotline with its Spanish text, shown at once on both public pages in its position, and audited', async () => {
    const form = await get('/admin/help/new?kind=hotline');
    assert.equal(form.status, 200);
    assert.ok(csrfFrom(form.text));
    assert.match(form.text, /id="f-phone"[^>]*type="tel"/);
    assert.doesNotMatch(form.text, /id="f-url"/, 'a hotline has no link');
    assert.match((await env().get('/help')).text, /In danger right now/, 'cached before the change');
    const res = await postForm(env(), '/admin/help', admin, {
      kind: 'hotline', label: 'Detention hotline', label_es: 'Línea de detención', phone: '+1 (800) 555-0100', note: 'Mon–Fri 9–5', note_es: 'Lun–vie 9–5', position: '1',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/help?done=created');
    const en = (await env().get('/help')).text;
    assert.match(en, /Detention hotline: <a href="tel:\+18005550100" class="help-phone" dir="ltr">\+1 \(800\) 555-0100<\/a>/);
    // Position 1 beside the seeded position 1 (the older first), before the seeded position 2.
    assert.ok(en.indexOf('Rapid-response hotline') < en.indexOf('Detention hotline'));
    assert.ok(en.indexOf('Detention hotline') < en.indexOf('In danger right now'));
    assert.match(en, /Mon–Fri 9–5/);
    const es = (await env().get('/es/help')).text;
    assert.match(es, /Línea de detención: <a href="tel:\+18005550100"/);
    assert.match(es, /Lun–vie 9–5/);
    const event = await env().db.selectFrom('audit_events').selectAll().where('action', '=', 'settings.help').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(event.detail), { change: 'create', kind: 'hotline', label: 'Detention hotline' });
    assert.equal(event.subject_type, 'help_entry');
  });

  it('refuses bad values with a 400 and a message beside each field, refilled, nothing written', async () => {
    const before = await rows();
    const res = await postForm(env(), '/admin/help', admin, { kind: 'service', label: '', url: 'javascript:alert(1)', position: '0' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-label-error">Enter a label\.</);
    assert.match(html, /id="f-url-error">Enter an address starting with https:\/\/ or http:\/\//);
    assert.match(html, /id="f-url"[^>]*aria-invalid="true"/);
    assert.match(html, /value="javascript:alert\(1\)"/, 'their text stays');
    assert.match(html, /id="f-position-error"/);
    const rights = await postForm(env(), '/admin/help', admin, { kind: 'rights', label: 'KYR', url: 'https://example.org/kyr', language: 'zz' });
    assert.equal(rights.status, 400);
    assert.match(await rights.text(), /id="f-language-error">Enter a language code/);
    const phone = await postForm(env(), '/admin/help', admin, { kind: 'hotline', label: 'x', phone: 'call us' });
    assert.equal(phone.status, 400);
    assert.equal((await postForm(env(), '/admin/help', admin, { kind: 'nonsense', label: 'x' })).status, 400);
    assert.equal((await get('/admin/help/new?kind=nonsense')).status, 400);
    assert.deepEqual(await rows(), before);
  });

  it('edits and removes an entry; a Know Your Rights resource is grouped under its language', async () => {
    const red = (await rows()).find((r) => r.url === '/resources/know-your-rights-red-cards')!;
    const form = await get(`/admin/help/${red.id}`);
    assert.match(form.text, /id="f-language"[^>]*value="mul"/);
    const saved = await postForm(env(), `/admin/help/${red.id}`, admin, { label: 'Tarjetas rojas (Haitian Creole)', url: 'https://example.org/kyr-ht', language: 'ht', position: '9' });
    assert.equal(saved.status, 303);
    const page = (await env().get('/help')).text;
    assert.match(page, /<h3>Haitian Creole<\/h3>\s*<ul class="help-list"><li><a href="https:\/\/example\.org\/kyr-ht" hreflang="ht">Tarjetas rojas \(Haitian Creole\)<\/a>/);
    assert.doesNotMatch(page, /In many languages/);
    const removed = await postForm(env(), `/admin/help/${red.id}/delete`, admin);
    assert.equal(removed.status, 303);
    assert.doesNotMatch((await env().get('/help')).text, /kyr-ht/);
    assert.equal((await get(`/admin/help/${red.id}`)).status, 404);
    assert.equal((await postForm(env(), `/admin/help/${red.id}`, admin, { label: 'x', url: '/x', language: 'en' })).status, 404);
    const changes = await env().db.selectFrom('audit_events').select('detail').where('action', '=', 'settings.help').where('subject_id', '=', String(red.id)).orderBy('id').execute();
    assert.deepEqual(changes.map((c) => JSON.parse(c.detail).change), ['update', 'delete']);
  });
});
