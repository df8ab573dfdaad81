import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { createUser, openSession } from '../../test/support/auth.ts';

describeEachDialect('navigation, help page, icons and error titles', (env) => {
  it('puts Find help and Contact in the main navigation, About and the help page in the footer, in both languages', async () => {
    const en = (await env().get('/')).text;
    const nav = en.slice(en.indexOf('<nav class="site-nav"'), en.indexOf('</nav>'));
    assert.match(nav, /<a href="\/help">Find help<\/a>/);
    assert.match(nav, /<a href="\/pages\/contact">Contact<\/a>/);
    assert.match(en, /<p class="footer-links"><a href="\/pages\/about">About<\/a> · <a href="\/help">Find legal help<\/a>/);
    const es = (await env().get('/es')).text;
    assert.match(es, /<a href="\/es\/pages\/contact">Contacto<\/a>/);
    assert.match(es, /<a href="\/es\/help">Ayuda<\/a>/);
  });

  it('serves the Find legal help page at /help (staff edit its fields: src/features/help), its former page address redirecting', async () => {
    const { status, text } = await env().get('/help');
    assert.equal(status, 200);
    assert.match(text, /<h1>Find legal help<\/h1>/);
    assert.match(text, /In an emergency/);
    assert.match(text, /href="\/es\/resources\?topic=enforcement&amp;lang=es"/);
    assert.equal((await env().request('/pages/find-legal-help')).headers.get('location'), '/help');
  });

  it('says so, in Spanish, where /es shows content that has no Spanish version', async () => {
    const about = (await env().get('/es/pages/about')).text;
    assert.match(about, /<article class="wrap narrow" lang="en"><p class="fallback-block" lang="es">Lo que sigue está en inglés\.<\/p>/);
    assert.doesNotMatch((await env().get('/pages/about')).text, /fallback-block/);
    const project = await env().db.selectFrom('projects').select(['slug', 'name_es']).orderBy('id').executeTakeFirstOrThrow();
    const page = (await env().get(`/es/projects/${project.slug}`)).text;
    assert.ok(page.includes(`<h1>${project.name_es}</h1>`), 'the Spanish name');
    assert.match(page, /<title>[^<]*Red de Justicia[^<]*<\/title>/);
    assert.match(page, /Lo que sigue está en inglés\./, 'before the English description');
  });

  it('answers /favicon.ico and the web manifest, and links both', async () => {
    const ico = await env().request('/favicon.ico');
    assert.equal(ico.status, 301);
    assert.equal(ico.headers.get('Location'), '/favicon.svg');
    const manifest = await env().request('/site.webmanifest');
    assert.equal(manifest.status, 200);
    assert.match(manifest.headers.get('Content-Type') ?? '', /application\/manifest\+json/);
    assert.equal(JSON.parse(await manifest.text()).icons[0].src, '/favicon.svg');
    const { text } = await env().get('/');
    assert.ok(text.includes('<link rel="manifest" href="/site.webmanifest"/>'));
  });

  it('titles every status page, with the organization’s name even for a refused form', async () => {
    const author = await openSession(env(), await createUser(env(), 'author'));
    const refused = await env().request('/admin/homepage', {
      method: 'POST', headers: { cookie: author.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1',
    });
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /<title>[^<]+ \| Staff \| ILRC<\/title>/);
    const forbidden = await env().get('/admin/homepage', { headers: { cookie: author.cookie } });
    assert.match(forbidden.text, /<title>You can’t do that \| Staff \| ILRC<\/title>/);
    const missing = await env().get('/es/no/such/page');
    assert.match(missing.text, /<title>[^<|]+ \| ILRC<\/title>/);
  });
});
