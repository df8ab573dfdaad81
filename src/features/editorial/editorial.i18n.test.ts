import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { idFromLocation, loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { findEditableResource } from './editorial.repo.ts';
import { minimalPdf, resourceFields } from '../../../test/support/factories.ts';

/** The service's refusals on staff pages: Spanish with the Spanish interface, English otherwise. */
describeEachDialect('editorial messages in the staff member’s language', (env) => {
  let editor: Signed;
  let es: Signed;
  let id = 0;
  const fields = resourceFields({ title: 'Language advisory', slug: 'language-advisory' });

  it('shows field problems from the schema and the reference checks in Spanish', async () => {
    editor = await loginAs(env(), 'editor');
    es = { ...editor, cookie: `${editor.cookie}; lang=es` };
    const invalid = await postMultipart(env(), '/admin/resources', es, resourceFields({ title: '', slug: 'Not A Slug', publishedOn: '2024-02-30' }));
    assert.equal(invalid.status, 400);
    const html = await invalid.text();
    assert.match(html, /id="f-title-error">Escriba un título.</);
    assert.match(html, /id="f-slug-error">La dirección web \(slug\) solo puede usar letras minúsculas/);
    assert.match(html, /id="f-publishedOn-error">La fecha de publicación no es una fecha real del calendario.</);
    const unknown = await postMultipart(env(), '/admin/resources', es, resourceFields({ type: 'no-such-type', supersedes: 'nowhere-resource' }));
    assert.equal(unknown.status, 400);
    const text = await unknown.text();
    assert.ok(text.includes('No existe el tipo «no-such-type».'));
    assert.ok(text.includes('No existe el recurso &quot;nowhere-resource&quot;.'));
    const english = await postMultipart(env(), '/admin/resources', editor, resourceFields({ title: '' }));
    assert.match(await english.text(), /id="f-title-error">Enter a title.</);
  });

  it('refuses a taken address and hostile uploads in Spanish', async () => {
    const res = await postMultipart(env(), '/admin/resources', editor, fields);
    id = idFromLocation(res);
    const taken = await postMultipart(env(), '/admin/resources', es, resourceFields({ slug: 'language-advisory' }));
    assert.equal(taken.status, 400);
    assert.ok((await taken.text()).includes('Otro recurso ya usa la dirección «language-advisory». Elija otra.'));
    const hostile = await postMultipart(env(), '/admin/resources', es, resourceFields(), [{ field: 'attachments', name: 'x.pdf.exe', data: minimalPdf('x') }]);
    assert.ok((await hostile.text()).includes('oculta su tipo real tras una segunda extensión (.exe)'));
    const fake = await postMultipart(env(), '/admin/resources', es, resourceFields(), [{ field: 'attachments', name: 'notas.pdf', data: new TextEncoder().encode('no') }]);
    assert.ok((await fake.text()).includes('«notas.pdf» no es un PDF'));
    const empty = await postMultipart(env(), '/admin/resources', es, resourceFields(), [{ field: 'attachments', name: 'vacio.pdf', data: new Uint8Array() }]);
    assert.ok((await empty.text()).includes('El archivo «vacio.pdf» está vacío.'));
  });

  it('explains a refused workflow step and a lost save race in Spanish', async () => {
    const publish = await postForm(env(), `/admin/resources/${id}/publish`, es, { version: '1' });
    assert.equal(publish.status, 409);
    assert.ok((await publish.text()).includes('Este recurso es un borrador; no se puede publicar hasta que se haya enviado a revisión.'));
    const englishPublish = await postForm(env(), `/admin/resources/${id}/publish`, editor, { version: '1' });
    assert.ok((await englishPublish.text()).includes('This resource is a draft; it cannot be published until it has been submitted for review.'));
    const stale = await postForm(env(), `/admin/resources/${id}/submit`, es, { version: '7' });
    assert.equal(stale.status, 409);
    assert.ok((await stale.text()).includes('Otra persona guardó este recurso después de que usted lo abriera'));
  });

  it('gives schedule and restore refusals in Spanish', async () => {
    await postForm(env(), `/admin/resources/${id}/submit`, editor, { version: '1' });
    const past = await postForm(env(), `/admin/resources/${id}/schedule`, es, { version: '2', date: '2024-11-01', time: '09:00', tz: 'UTC' });
    assert.equal(past.status, 400);
    assert.ok((await past.text()).includes('Elija una hora futura para programar la publicación.'));
    // Version 1's address is now taken by another resource: restoring it is refused, with the reason.
    const version = (await findEditableResource(env().db, id))!.meta.version;
    const moved = await postMultipart(env(), `/admin/resources/${id}`, editor, { ...fields, slug: 'language-advisory-moved', version: String(version) });
    assert.equal(moved.status, 303);
    await postMultipart(env(), '/admin/resources', editor, resourceFields({ slug: 'language-advisory' }));
    const restore = await postForm(env(), `/admin/resources/${id}/history/1/restore`, es, { version: String(version + 1) });
    assert.equal(restore.status, 409);
    const html = await restore.text();
    assert.ok(html.includes('La versión 1 no se puede restaurar tal como está: Otro recurso ya usa la dirección «language-advisory».'));
    const missing = await postForm(env(), `/admin/resources/${id}/history/99/restore`, es, { version: String(version + 1) });
    assert.equal(missing.status, 404);
    assert.ok((await missing.text()).includes('Este recurso no tiene versión 99.'));
  });
});

/** An upload refused by the body limit, before any handler runs, still speaks the staff member's language. */
describeEachDialect('oversized upload refusal in the staff member’s language', (env) => {
  it('answers 413 in Spanish on a Spanish staff page and in English otherwise', async () => {
    const editor = await loginAs(env(), 'editor');
    const es = { ...editor, cookie: `${editor.cookie}; lang=es` };
    const big = new Uint8Array(3 * 1024 * 1024);
    const spanish = await postMultipart(env(), '/admin/resources', es, resourceFields(), [{ field: 'attachments', name: 'grande.pdf', data: big }]);
    assert.equal(spanish.status, 413);
    assert.ok((await spanish.text()).includes('Lo que intenta subir es demasiado grande'));
    const english = await postMultipart(env(), '/admin/resources', editor, resourceFields(), [{ field: 'attachments', name: 'big.pdf', data: big }]);
    assert.equal(english.status, 413);
    assert.ok((await english.text()).includes('The upload is too large'));
    assert.equal(await env().db.selectFrom('resources').select('id').where('title', '=', resourceFields().title as string).executeTakeFirst(), undefined);
  });

  it('shows revision summaries in Spanish on the Spanish history page', async () => {
    const editor = await loginAs(env(), 'editor');
    const es = { ...editor, cookie: `${editor.cookie}; lang=es` };
    const created = await postMultipart(env(), '/admin/resources', editor, resourceFields({ slug: 'history-in-spanish' }));
    const id = idFromLocation(created);
    await postMultipart(env(), `/admin/resources/${id}`, editor, resourceFields({ slug: 'history-in-spanish', title: 'A new title', version: '1' }));
    await postForm(env(), `/admin/resources/${id}/submit`, editor, { version: '2' });
    const spanish = await env().get(`/admin/resources/${id}/history`, { headers: { cookie: es.cookie } });
    assert.equal(spanish.status, 200);
    for (const text of ['Creado', 'Se editó: título', 'Enviado a revisión']) assert.ok(spanish.text.includes(`<td>${text}</td>`), text);
    const english = await env().get(`/admin/resources/${id}/history`, { headers: { cookie: editor.cookie } });
    for (const text of ['Created', 'Edited title', 'Submitted for review']) assert.ok(english.text.includes(`<td>${text}</td>`), text);
    const revision = await env().get(`/admin/resources/${id}/history/2`, { headers: { cookie: es.cookie } });
    assert.match(revision.text, /<p class="lead">Se editó: título — /);
  });
}, { env: { UPLOAD_MAX_BYTES: '2048' } });
