import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { idFromLocation, loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { demoResources } from '../../../test/support/demo.ts';
import { minimalPdf, resourceFields } from '../../../test/support/factories.ts';

const seriesParts = demoResources.filter((r) => r.series?.slug === 'prosecutorial-discretion-2024').sort((a, b) => a.series!.part - b.series!.part);
const newer = demoResources.find((r) => r.supersedes?.length)!;
const older = demoResources.find((r) => r.slug === newer.supersedes![0])!;

describeEachDialect('private preview', (env) => {
  let author: Signed;
  let id = 0;
  const pdf = minimalPdf('Preview attachment text');

  it('shows a draft’s series navigation and translation links like the public page', async () => {
    author = await loginAs(env(), 'author');
    const res = await postMultipart(env(), '/admin/resources', author, resourceFields({
      title: 'Discreción procesal: la guía', slug: 'discrecion-procesal-guia', language: 'es',
      seriesSlug: 'prosecutorial-discretion-2024', seriesPart: '2', seriesOf: '2', translationOf: seriesParts[1].slug,
    }), [{ field: 'attachments', name: 'Guía de discreción.pdf', data: pdf, type: 'application/pdf' }]);
    assert.equal(res.status, 303);
    id = idFromLocation(res);
    const { status, text } = await env().get(`/admin/resources/${id}/preview`, { headers: { cookie: author.cookie } });
    assert.equal(status, 200);
    assert.match(text, /<meta name="robots" content="noindex"/);
    const nav = text.slice(text.indexOf('class="series-nav"'));
    assert.match(nav, /Part 2 of 2: Prosecutorial Discretion in Removal Proceedings/);
    assert.ok(nav.includes(`href="/resources/${seriesParts[0].slug}"`), 'links part 1');
    assert.match(nav, /<span aria-current="page">Part 2: Discreción procesal: la guía<\/span>/);
    assert.ok(text.includes('This is a translation. Read the original in English:'));
    assert.ok(text.includes(`href="/resources/${seriesParts[1].slug}"`), 'links the original');
  });

  it('links the draft’s attachment to a staff URL that serves the file to staff and refuses others', async () => {
    const { text } = await env().get(`/admin/resources/${id}/preview`, { headers: { cookie: author.cookie } });
    const href = /<section class="attachments[^"]*"[\s\S]*?<a [^>]*href="([^"]+)"[^>]*>Guía de discreción<\/a>/.exec(text)?.[1];
    assert.ok(href, 'the attachment is linked');
    assert.match(href, new RegExp(`^/admin/resources/${id}/attachments/\\d+$`));
    assert.ok(!text.includes('href="/resources/discrecion-procesal-guia/attachments/'), 'not the public URL, which 404s for a draft');
    const file = await env().request(href, { headers: { cookie: author.cookie } });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), pdf);
    const anonymous = await env().request(href, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.headers.get('location') ?? '', /^\/admin\/login/);
    const stranger = await loginAs(env(), 'author');
    assert.equal((await env().request(href, { headers: { cookie: stranger.cookie } })).status, 403, 'another author may not see this draft');
    assert.equal((await env().request(`/resources/discrecion-procesal-guia/attachments/${href.split('/').pop()}/x.pdf`)).status, 404);
  });

  it('shows the superseded notice, in Spanish on a Spanish staff page', async () => {
    const editor = await loginAs(env(), 'editor');
    const row = await env().db.selectFrom('resources').select('id').where('slug', '=', older.slug).executeTakeFirstOrThrow();
    const { status, text } = await env().get(`/admin/resources/${row.id}/preview`, { headers: { cookie: `${editor.cookie}; lang=es` } });
    assert.equal(status, 200);
    assert.ok(text.includes('Vista previa privada'));
    assert.ok(text.includes('Este recurso ha sido reemplazado'));
    assert.ok(text.includes(`href="/es/resources/${newer.slug}"`), escapeHtml(newer.title));
  });
});
