import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { helpLink, telHref } from './help.schema.ts';

describe('help links and numbers', () => {
  it('accepts http(s) addresses and paths of this site only', () => {
    for (const ok of ['https://www.immigrationlawhelp.org/', 'http://example.org/a?b=c', '/resources?topic=enforcement&lang=es', '/es/help']) assert.equal(helpLink(ok), ok, ok);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.org', 'ftp://example.org/', '//evil.example/', '/\\evil', 'www.example.org', 'https://user:pw@example.org/', 'https://exa mple.org/', '']) {
      assert.equal(helpLink(bad), null, bad);
    }
  });
  it('dials the digits of a number as written, keeping a leading +', () => {
    assert.equal(telHref('(555) 010-0199'), 'tel:5550100199');
    assert.equal(telHref('+1 555.010.0199'), 'tel:+15550100199');
  });
});

describeEachDialect('the Find legal help page', (env) => {
  it('lists the services, emergency numbers and Know Your Rights resources by language, in English', async () => {
    const { status, text } = await env().get('/help');
    assert.equal(status, 200);
    assert.match(text, /<h1>Find legal help<\/h1>/);
    assert.match(text, /<a href="https:\/\/www\.immigrationlawhelp\.org\/">National directory of nonprofit immigration legal services<\/a>/);
    assert.match(text, /Rapid-response hotline, if someone is detained: <a href="tel:5550100199" class="help-phone" dir="ltr">\(555\) 010-0199<\/a>/);
    assert.match(text, /<a href="tel:911"/);
    // Grouped by the resources' language, each group headed with its name.
    const rights = text.slice(text.indexOf('id="help-rights"'));
    assert.ok(rights.indexOf('<h3>English</h3>') < rights.indexOf('<h3>Spanish</h3>'));
    assert.match(rights, /<h3>In many languages<\/h3>/);
    assert.match(rights, /<a href="\/es\/resources\?topic=enforcement&amp;lang=es" hreflang="es">Conozca sus derechos en español<\/a>/);
    assert.match(rights, /<a href="\/resources\/know-your-rights-red-cards">Red cards in 16 languages<\/a>/);
  });

  it('is in Spanish under /es, site links in Spanish pages, and English text marked where staff wrote no Spanish', async () => {
    const { status, text } = await env().get('/es/help');
    assert.equal(status, 200);
    assert.match(text, /<html lang="es">/);
    assert.match(text, /<h1>Encontrar ayuda legal<\/h1>/);
    assert.match(text, /Directorio nacional de servicios legales de inmigración sin fines de lucro/);
    assert.match(text, /<a href="\/es\/resources\/know-your-rights-red-cards">Tarjetas rojas en 16 idiomas<\/a>/);
    assert.match(text, /<h3>Español<\/h3>/);
    await env().db.updateTable('help_entries').set({ label_es: null }).where('phone', '=', '911').execute();
    await bumpGeneration(env().db);
    const after = (await env().get('/es/help')).text;
    assert.match(after, /<span lang="en">In danger right now<\/span> <span class="fallback-note">\(en inglés\)<\/span>/);
  });

  it('answers its former address with a 301 in both languages, and the navigation links it', async () => {
    for (const [from, to] of [['/pages/find-legal-help', '/help'], ['/es/pages/find-legal-help', '/es/help']]) {
      const res = await env().request(from);
      assert.equal(res.status, 301, from);
      assert.equal(res.headers.get('location'), to);
    }
    const home = (await env().get('/es')).text;
    const nav = home.slice(home.indexOf('<nav class="site-nav"'), home.indexOf('</nav>'));
    assert.match(nav, /<a href="\/es\/help">Ayuda<\/a>/);
    assert.match(nav, /<a href="\/es\/pages\/contact">Contacto<\/a>/);
  });
});
