import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { csrfFrom, loginAs, postForm, type Signed } from '../../../test/support/auth.ts';
import { demoOrganization } from '../../../test/support/demo.ts';

const FIELDS = { name: 'Immigrant Rights Center of the Bay', shortName: 'IRCB', tagline: 'Rights for all.', email: 'hello@example.org', phone: '', address: '' };

describeEachDialect('organization settings (admin)', (env) => {
  let admin: Signed;
  before(async () => {
    admin = await loginAs(env(), 'admin');
  });
  const page = () => env().get('/admin/settings', { headers: { cookie: admin.cookie } });
  const revisionOf = (html: string) => /name="revision" value="([^"]+)"/.exec(html)![1];

  it('shows the stored organization in the form', async () => {
    const { status, text } = await page();
    assert.equal(status, 200);
    assert.match(text, /id="f-name"[^>]*value="Immigrant Legal Resource Center"/);
    assert.match(text, new RegExp(`id="f-email"[^>]*value="${demoOrganization.email}"`));
    assert.ok(csrfFrom(text));
  });

  it('saves, shows the new name in the public header at once, and logs the change', async () => {
    assert.match((await env().get('/')).text, /class="brand-name"[^>]*>Immigrant Legal Resource Center</, 'cached before the change');
    const res = await postForm(env(), '/admin/settings', admin, { ...FIELDS, revision: revisionOf((await page()).text) });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/settings?done=saved');
    assert.match((await env().get('/admin/settings?done=saved', { headers: { cookie: admin.cookie } })).text, /Every page shows the new details now./);
    for (const path of ['/', '/es', '/resources']) {
      assert.match((await env().get(path)).text, /class="brand-name"[^>]*>Immigrant Rights Center of the Bay</, path);
    }
    const stored = await env().db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(stored.value), { name: FIELDS.name, shortName: 'IRCB', tagline: 'Rights for all.', email: 'hello@example.org' });
    const audit = await env().db.selectFrom('audit_events').selectAll().where('action', '=', 'settings.organization').executeTakeFirstOrThrow();
    // The Spanish tagline was left empty in this form, so it is cleared too (/es then shows the English one, marked).
    assert.deepEqual(JSON.parse(audit.detail).changed, ['name', 'shortName', 'tagline', 'taglineEs', 'email', 'phone', 'address']);
  });

  it('refuses bad values beside their fields, refilled, nothing saved', async () => {
    const before = await env().db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    const res = await postForm(env(), '/admin/settings', admin, { name: '', shortName: 'x'.repeat(41), tagline: 'ok', email: 'not-an-email', phone: '', address: '', revision: revisionOf((await page()).text) });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-name-error">Enter the organization’s name/);
    assert.match(html, /id="f-shortName-error">Enter a short name of at most 40 characters.</);
    assert.match(html, /id="f-email-error">Enter an email address like name@example.org, or leave it empty.</);
    assert.match(html, /id="f-email"[^>]*value="not-an-email"[^>]*aria-invalid="true"/);
    const after = await env().db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    assert.equal(after.value, before.value);
  });

  it('sets the document number prefix (capitals) and refuses one that is not letters and digits, in both languages', async () => {
    const ok = await postForm(env(), '/admin/settings', admin, { ...FIELDS, documentPrefix: ' hvn2 ', revision: revisionOf((await page()).text) });
    assert.equal(ok.status, 303);
    const stored = await env().db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    assert.equal(JSON.parse(stored.value).documentPrefix, 'HVN2');
    assert.match((await page()).text, /id="f-documentPrefix"[^>]*value="HVN2"/);
    for (const [cookie, message] of [[admin.cookie, 'Start with a letter'], [`${admin.cookie}; lang=es`, 'Empiece con una letra']]) {
      const bad = await postForm(env(), '/admin/settings', { ...admin, cookie }, { ...FIELDS, documentPrefix: '2-BAD', revision: revisionOf((await page()).text) });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), new RegExp(`id="f-documentPrefix-error">${message}`));
    }
    const after = await env().db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    assert.equal(after.value, stored.value, 'nothing saved');
  });

  it('refuses a stale form with a conflict notice, keeping the text; saving again wins', async () => {
    const stale = revisionOf((await page()).text);
    assert.equal((await postForm(env(), '/admin/settings', admin, { ...FIELDS, name: 'First Save', revision: stale })).status, 303);
    const res = await postForm(env(), '/admin/settings', admin, { ...FIELDS, name: 'Second Save', revision: stale });
    assert.equal(res.status, 409);
    const html = await res.text();
    assert.match(html, /Someone else saved the settings while you were editing/);
    assert.match(html, /id="f-name"[^>]*value="Second Save"/);
    assert.match(html, /<dd>First Save<\/dd>/);
    assert.equal((await postForm(env(), '/admin/settings', admin, { ...FIELDS, name: 'Second Save', revision: revisionOf(html) })).status, 303);
    assert.match((await env().get('/')).text, /class="brand-name"[^>]*>Second Save</);
  });

  it('answers in Spanish for a Spanish-speaking admin', async () => {
    const res = await env().get('/admin/settings', { headers: { cookie: `${admin.cookie}; lang=es` } });
    assert.match(res.text, /<html lang="es">/);
    assert.match(res.text, /Ajustes de la organización/);
  });
});
