import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { formatDate, formatList, formatNumber, langIf } from './index.ts';
import { preferredLocale } from './negotiate.ts';

describe('preferredLocale', () => {
  for (const [header, expected] of [
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['es', 'es'],
    ['fr-FR,fr;q=0.9,es;q=0.5', 'es'],
    ['fr-FR,fr;q=0.9,en;q=0.5,es;q=0.4', 'en'],
    ['en;q=0.5,es;q=0.6', 'es'],
    ['es;q=0.8, en;q=0.8', 'es'],
    ['en;q=0.8, es;q=0.8', 'en'],
    ['es;q=0, en;q=0.1', 'en'],
    ['ES-us', 'es'],
    ['*', null],
    ['de', null],
    ['', null],
    ['es;q=abc', 'es'], // a malformed weight is ignored, not fatal
  ] as const) {
    it(`${JSON.stringify(header)} → ${expected}`, () => assert.equal(preferredLocale(header), expected));
  }
  it('treats a missing header as no preference', () => assert.equal(preferredLocale(undefined), null));
});

describe('Intl helpers', () => {
  it('write dates, numbers and lists the way each language does', () => {
    assert.equal(formatDate('2024-11-06', 'en'), '6 Nov 2024');
    assert.equal(formatDate('2025-09-06', 'en'), '6 Sep 2025');
    assert.equal(formatDate('2024-11-06', 'es'), '6 nov 2024');
    assert.equal(formatDate('2025-09-06', 'es'), '6 sept 2025');
    assert.equal(formatNumber(1234, 'en'), '1,234');
    assert.equal(formatNumber(1.5, 'es', { minimumFractionDigits: 1 }), '1.5');
    assert.equal(formatList(['Ana', 'Luis', 'Marta'], 'en'), 'Ana, Luis, and Marta');
    assert.equal(formatList(['Ana', 'Luis', 'Marta'], 'es'), 'Ana, Luis y Marta');
    assert.equal(langIf('en', 'es'), 'en');
    assert.equal(langIf('es', 'es'), undefined);
  });
});

describeEachDialect('first visit, language switch and Spanish pages', (envOf) => {
  let env: TestEnv;
  beforeEach(() => {
    env = envOf();
  });

  it('sends a visitor whose browser prefers Spanish from / to /es, and says the answer varies', async () => {
    const res = await env.request('/', { headers: { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' } });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('Location'), '/es');
    assert.match(res.headers.get('Vary') ?? '', /Accept-Language/);
    assert.match(res.headers.get('Vary') ?? '', /Cookie/);
  });

  it('serves English at / to everyone else, still marked as varying', async () => {
    for (const lang of ['en-US,en;q=0.9,es;q=0.8', 'de-DE', '']) {
      const res = await env.request('/', { headers: lang ? { 'Accept-Language': lang } : {} });
      assert.equal(res.status, 200, lang);
      assert.match(res.headers.get('Vary') ?? '', /Accept-Language/, lang);
      assert.match(await res.text(), /<html lang="en">/);
    }
  });

  it('never redirects other pages by Accept-Language', async () => {
    const res = await env.request('/resources', { headers: { 'Accept-Language': 'es' } });
    assert.equal(res.status, 200);
    assert.doesNotMatch(res.headers.get('Vary') ?? '', /Accept-Language/);
  });

  it('remembers the language chosen with the switch, without JavaScript', async () => {
    const choose = await env.request('/resources?type=practice-advisory&lang-choice=en', { headers: { 'Accept-Language': 'es' } });
    assert.equal(choose.status, 303);
    assert.equal(choose.headers.get('Location'), '/resources?type=practice-advisory');
    const cookie = choose.headers.get('Set-Cookie') ?? '';
    assert.match(cookie, /^lang=en;/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(choose.headers.get('Cache-Control') ?? '', /no-store/);
    // The cookie beats Accept-Language both ways.
    const home = await env.request('/', { headers: { 'Accept-Language': 'es', Cookie: 'lang=en' } });
    assert.equal(home.status, 200);
    const toEs = await env.request('/', { headers: { 'Accept-Language': 'en', Cookie: 'lang=es' } });
    assert.equal(toEs.status, 302);
    assert.equal(toEs.headers.get('Location'), '/es');
    const bogus = await env.request('/es/topics?lang-choice=fr');
    assert.equal(bogus.status, 303);
    assert.equal(bogus.headers.get('Set-Cookie'), null);
  });

  it('links the switch to the same page in the other language, keeping the filters', async () => {
    const { text } = await env.get('/es/resources?type=practice-advisory');
    assert.ok(text.includes('href="/resources?type=practice-advisory&amp;lang-choice=en" hreflang="en" lang="en"'));
    const en = await env.get('/topics');
    assert.ok(en.text.includes('href="/es/topics?lang-choice=es" hreflang="es" lang="es"'));
    assert.ok(en.text.includes('<link rel="alternate" hreflang="es" href="http://haven.test/es/topics"/>'));
    assert.ok(en.text.includes('<link rel="alternate" hreflang="x-default" href="http://haven.test/topics"/>'));
  });

  it('writes Spanish pages in Spanish and marks English content with lang="en"', async () => {
    const { text } = await env.get('/es/resources');
    assert.match(text, /<html lang="es">/);
    assert.match(text, /Filtrar la biblioteca/);
    // Type and topic names are in Spanish where an admin gave one (the demo gives every one).
    assert.match(text, /<option value="practice-advisory">Aviso práctico/, 'a Spanish name needs no lang on a Spanish page');
    // Inside an English resource's card (lang="en"), the Spanish type name says it is Spanish.
    assert.match(text, /<article class="card resource-card compact" lang="en"><h3 class="card-title"><a [^>]+>[^<]+<\/a><\/h3><p class="meta eyebrow"><span class="type-label" lang="es">/);
    const about = await env.get('/es/pages/about');
    assert.match(about.text, /<article class="wrap narrow" lang="en">/);
  });

  it('marks a name an admin has not translated yet as English on Spanish pages', async () => {
    await env.db.updateTable('topics').set({ name_es: null }).where('slug', '=', 'asylum').execute();
    await bumpGeneration(env.db);
    const { text } = await env.get('/es/resources?topic=asylum');
    assert.match(text, /<option value="asylum" selected="" lang="en">Asylum/);
    assert.match(text, /Tema: <span lang="en">Asylum<\/span>/, 'the active-filter chip');
    const slug = /<a href="\/es\/resources\/([a-z0-9-]+)">/.exec(text.slice(text.indexOf('result-list')))![1];
    const page = await env.get(`/es/resources/${slug}`);
    assert.match(page.text, /<li lang="en"><a href="\/es\/topics\/asylum">Asylum<\/a><\/li>/);
    const english = await env.get('/resources?topic=asylum');
    assert.doesNotMatch(english.text, /lang="en">Asylum/, 'nothing to mark on English pages');
  });

  it('explains a bad library query in the page language', async () => {
    const es = await env.get('/es/resources?from=2024-02-31&page=0');
    assert.equal(es.status, 400);
    assert.match(es.text, /«Publicado desde» no es una fecha real del calendario; «Página» debe ser un número entero entre 1 y 999999\./);
    const type = await env.get('/es/resources?type=no-such-type');
    assert.match(type.text, /No existe ningún tipo de recurso llamado «no-such-type»/);
    const past = await env.get('/es/resources?page=999');
    assert.equal(past.status, 404);
    assert.match(past.text, /No existe la página 999/);
    const missing = await env.get('/es/resources/no-such-resource');
    assert.match(missing.text, /No encontramos ese recurso/);
    const en = await env.get('/resources?from=2024-02-31');
    assert.match(en.text, /“Published from” is not a real calendar date\./);
  });
});
