import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { authoritiesOfResource } from '../authorities/index.ts';
import { resourceFields } from '../../../test/support/factories.ts';

const BODY = 'Under INA § 212(h) and Form I-601, a waiver may be sought. See also 8 C.F.R. § 212.7(d).';

describeEachDialect('authority overrides in the resource editor', (env) => {
  let editor: Signed;
  let id = 0;
  const fields = resourceFields({ title: 'Overrides journey advisory', slug: 'overrides-journey-advisory', body: BODY, summary: 'Waivers.' });
  const page = async (lang = 'en') => (await env().get(`/admin/resources/${id}`, { headers: { cookie: `${editor.cookie}; lang=${lang}` } })).text;
  const stored = async () => (await authoritiesOfResource(env().db, id)).map((a) => a.key);
  const audit = async () => (await env().db.selectFrom('audit_events').select(['action', 'detail']).where('subject_id', '=', String(id))
    .where('action', 'like', 'resource.authority.%').orderBy('id').execute()).map((e) => e.action);

  before(async () => {
    editor = await loginAs(env(), 'editor');
    const created = await postMultipart(env(), '/admin/resources', editor, fields);
    assert.equal(created.status, 303);
    id = idFromLocation(created);
  });

  it('shows a draft’s authorities as read from its saved text, in its edit page and its private preview', async () => {
    const html = await page();
    const panel = html.slice(html.indexOf('id="authorities"'));
    assert.ok(panel.includes('INA § 212(h)') && panel.includes('Form I-601') && panel.includes('8 C.F.R. § 212.7(d)'));
    assert.match(panel, /<button type="submit" class="button-secondary" aria-label="Suppress: INA § 212\(h\)">Suppress<\/button>/);
    assert.match(panel, /<input id="f-citation" name="citation"/);
    assert.deepEqual(await stored(), [], 'a draft stores none');
    const preview = await env().get(`/admin/resources/${id}/preview`, { headers: { cookie: editor.cookie } });
    assert.ok(preview.text.includes('class="authorities-cited"'), 'the private preview lists what it will cite');
    const spanish = await page('es');
    assert.ok(spanish.includes('<h2 id="authorities-heading">Autoridades</h2>') && spanish.includes('Suprimir: INA § 212(h)'));
  });

  it('lists the body’s authorities in the live preview the resource form asks for', async () => {
    const live = (query: string) => postForm(env(), `/admin/preview${query}`, editor, { body: 'See *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003) & <b>INA § 237</b>.' });
    const withList = await (await live('?authorities=1')).text();
    assert.match(withList, /<section class="preview-authorities"><h2>Authorities this body cites<\/h2><ul><li>Matter of Pickering, 23 I&amp;N Dec. 621 \(BIA 2003\)<\/li><li>INA § 237<\/li><\/ul><\/section>$/);
    assert.ok(!(await (await live('')).text()).includes('preview-authorities'), 'other forms’ previews are unchanged');
    assert.match(await page(), /data-preview="\/admin\/preview\?authorities=1"/);
  });

  it('adds an authority typed as a citation, and refuses what the grammar cannot read, with the text kept', async () => {
    const bad = await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'add', citation: 'the provisional waiver rule', note: '' });
    assert.equal(bad.status, 400);
    const text = await bad.text();
    assert.ok(text.includes('This is not a citation Haven can read.'));
    assert.match(text, /id="f-citation-error"/);
    assert.match(text, /name="citation"[^>]*value="the provisional waiver rule"/);
    const several = await postForm(env(), `/admin/resources/${id}/authorities`, { ...editor, cookie: `${editor.cookie}; lang=es` }, { action: 'add', citation: 'INA § 212(h) and INA § 237' });
    assert.equal(several.status, 400);
    assert.ok((await several.text()).includes('Esto se lee como más de una autoridad.'));
    assert.equal((await env().db.selectFrom('resource_authority_overrides').select('key').where('resource_id', '=', id).execute()).length, 0);

    const ok = await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'add', citation: 'Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)' });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), `/admin/resources/${id}?done=authority-add#authorities`);
    const html = await page();
    assert.ok(html.includes('Matter of Pickering, 23 I&amp;N Dec. 621 (BIA 2003)</span> <span class="fine-print">(added by an editor)'));
    assert.deepEqual(await audit(), ['resource.authority.add']);
  });

  it('suppresses a wrong one; once published, both choices are stored and survive every save', async () => {
    const res = await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'suppress', key: 'Form I-601' });
    assert.equal(res.status, 303);
    assert.match(await page(), /<del>Form I-601<\/del>/);
    const notCited = await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'suppress', key: 'INA 101' });
    assert.equal(notCited.status, 400);
    const already = await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'add', citation: '8 U.S.C. § 1182(h)' });
    assert.equal(already.status, 400);
    assert.ok((await already.text()).includes('This resource already cites INA § 212(h): nothing to add.'));

    const version = formVersion(await page());
    assert.equal((await postForm(env(), `/admin/resources/${id}/submit`, editor, { version: String(version) })).status, 303);
    assert.equal((await postForm(env(), `/admin/resources/${id}/publish`, editor, { version: String(version + 1) })).status, 303);
    assert.deepEqual(await stored(), ['INA 212(h)', '8 CFR 212.7(d)', '23 I&N Dec. 621']);
    const resourcePage = await env().get('/resources/overrides-journey-advisory');
    assert.ok(resourcePage.text.includes('href="/authorities/23-in-dec-621"'), 'the added authority is on the public page');
    // A save re-reads the text: the editors' choices are applied again.
    const save = await postMultipart(env(), `/admin/resources/${id}`, editor, { ...fields, body: `${BODY} Also INA § 240A(b).`, version: String(version + 2) });
    assert.equal(save.status, 303);
    assert.deepEqual(await stored(), ['INA 212(h)', '8 CFR 212.7(d)', 'INA 240A(b)', '23 I&N Dec. 621']);

    const restore = await postForm(env(), `/admin/resources/${id}/authorities/remove`, editor, { action: 'suppress', key: 'Form I-601' });
    assert.equal(restore.status, 303);
    assert.ok((await stored()).includes('Form I-601'));
    // Adding a suppressed one back takes the suppression back (no hidden addition is left).
    await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'suppress', key: 'Form I-601' });
    assert.ok(!(await stored()).includes('Form I-601'));
    assert.equal((await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'add', citation: 'Form I-601' })).status, 303);
    assert.ok((await stored()).includes('Form I-601'));
    const left = await env().db.selectFrom('resource_authority_overrides').select(['key', 'action']).where('resource_id', '=', id).orderBy('key').execute();
    assert.deepEqual(left.map((o) => [o.key, o.action]), [['23 I&N Dec. 621', 'add']]);
    assert.deepEqual(await audit(), ['resource.authority.add', 'resource.authority.suppress', 'resource.authority.remove', 'resource.authority.suppress', 'resource.authority.remove']);
  });

  it('marks an authority the resource reports changed, with a note, and takes it back', async () => {
    const res = await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'changed', citation: '8 C.F.R. § 212.7', note: 'Amended by the 2024 rule' });
    assert.equal(res.status, 303);
    const html = await page();
    assert.ok(html.includes('8 C.F.R. § 212.7 has changed') && html.includes('Amended by the 2024 rule'));
    assert.ok(!(await stored()).includes('8 CFR 212.7'), 'a mark does not make the resource cite it');
    assert.equal((await postForm(env(), `/admin/resources/${id}/authorities/remove`, editor, { action: 'changed', key: '8 CFR 212.7' })).status, 303);
    assert.ok(!(await page()).includes('has changed'));
  });

  it('lets only those who may edit the resource change its authorities; a malformed form is a 400', async () => {
    const author = await loginAs(env(), 'author');
    const refused = await postForm(env(), `/admin/resources/${id}/authorities`, author, { action: 'add', citation: 'INA § 237' });
    assert.equal(refused.status, 403);
    assert.equal((await postForm(env(), `/admin/resources/${id}/authorities/remove`, author, { action: 'add', key: '23 I&N Dec. 621' })).status, 403);
    const html = (await env().get(`/admin/resources/${id}`, { headers: { cookie: author.cookie } })).text;
    assert.ok(html.includes('id="authorities"') && !html.includes('action="/admin/resources/' + id + '/authorities"'), 'listed, without forms');
    assert.equal((await postForm(env(), `/admin/resources/${id}/authorities`, editor, { action: 'delete-everything', citation: 'INA § 237' })).status, 400);
    assert.equal((await postForm(env(), `/admin/resources/${id}/authorities/remove`, editor, { action: 'add' })).status, 400);
    assert.equal((await postForm(env(), '/admin/resources/999999/authorities', editor, { action: 'add', citation: 'INA § 237' })).status, 404);
  });
});
