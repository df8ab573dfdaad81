import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import type { Suggestion } from './search.suggest.ts';

describeEachDialect('search for visitors: tips and suggestions', (env) => {
  async function suggest(path: string): Promise<Suggestion[]> {
    const res = await env().get(path);
    assert.equal(res.status, 200, path);
    assert.match(res.res.headers.get('content-type') ?? '', /application\/json/);
    return (JSON.parse(res.text) as { suggestions: Suggestion[] }).suggestions;
  }

  it('serves the search tips in English and Spanish, each example a search, linked from the library', async () => {
    const en = await env().get('/search-tips');
    assert.equal(en.status, 200);
    assert.match(en.text, /<h1>Search tips<\/h1>/);
    for (const q of ['212h', '8 CFR 1003.23', 'I-601A']) assert.ok(en.text.includes(`href="/resources?${new URLSearchParams({ q }).toString().replace(/&/g, '&amp;')}"`), q);
    assert.match(en.text, /&quot;notice to appear&quot;/);
    const es = await env().get('/es/search-tips');
    assert.equal(es.status, 200);
    assert.match(es.text, /<h1>Consejos de búsqueda<\/h1>/);
    assert.match(es.text, /href="\/es\/resources\?q=212h"/);
    assert.match((await env().get('/resources?q=asylum')).text, /href="\/search-tips"/);
    assert.match((await env().get('/es/resources')).text, /href="\/es\/search-tips"/);
  });

  it('suggests citations the library cites, in canonical form, for any way of typing them', async () => {
    const ina = await suggest('/search/suggest?q=INA%20212');
    assert.ok(ina.length > 1 && ina.length <= 8);
    assert.ok(ina.every((s) => s.kind === 'citation' && s.label.startsWith('INA 212')), JSON.stringify(ina));
    assert.ok(ina.some((s) => s.label === 'INA 212(a)'), 'subsections the library cites');
    const form = await suggest('/search/suggest?q=i601');
    assert.deepEqual(form[0], { kind: 'citation', label: 'Form I-601', href: '/resources?q=Form+I-601' });
  });

  it('suggests topics and titles by the start of their words, in the page language', async () => {
    const en = await suggest('/search/suggest?q=asy');
    assert.deepEqual(en.slice(0, 2).map((s) => s.kind), ['topic', 'title']);
    assert.deepEqual(en[0], { kind: 'topic', label: 'Asylum', href: '/topics/asylum' });
    assert.match(en[1].href, /^\/resources\/asylum-/);
    // Then titles with a later word starting so.
    assert.ok(en.slice(2).every((s) => s.kind === 'title' && / asy/i.test(s.label)), JSON.stringify(en));
    const es = await suggest('/es/search/suggest?q=ASI');
    assert.deepEqual(es[0], { kind: 'topic', label: 'Asilo', href: '/es/topics/asylum' });
    assert.ok(es.some((s) => s.kind === 'title' && s.lang === 'es' && s.href.startsWith('/es/resources/')));
    const visa = await suggest('/search/suggest?q=u%20vis');
    assert.ok(visa.some((s) => s.kind === 'topic' && s.label.startsWith('U Visa')));
  });

  it('suggests titles by a word inside them, found through the index, when no title starts so', async () => {
    const inner = await suggest('/search/suggest?q=entangl');
    assert.deepEqual(inner.filter((s) => s.kind === 'title').map((s) => s.label), ['Ending Jail Entanglement With ICE: A Campaign Guide']);
    const moral = await suggest('/search/suggest?q=moral%20char');
    assert.ok(moral.some((s) => s.kind === 'title' && s.label === 'Good Moral Character in Naturalization Cases'), JSON.stringify(moral));
    // Titles starting with the text come first; the inner-word ones only fill the list.
    const family = await suggest('/search/suggest?q=family');
    const titles = family.filter((s) => s.kind === 'title').map((s) => s.label);
    const firstInner = titles.findIndex((t) => !t.toLowerCase().startsWith('family'));
    assert.ok(firstInner === -1 || titles.slice(firstInner).every((t) => !t.toLowerCase().startsWith('family')), JSON.stringify(titles));
    // A word found only in bodies suggests no title.
    assert.deepEqual((await suggest('/search/suggest?q=zzzzqq')).filter((s) => s.kind === 'title'), []);
  });

  it('answers anything typed with a list, empty when there is nothing to suggest', async () => {
    for (const q of ['', 'a', '%00%00', '%E2%80%AE', 'zzzzqqqq', encodeURIComponent('NEAR(" * : ^'), 'x'.repeat(5000), '%F0%9F%98%80%F0%9F%98%80']) {
      const found = await suggest(`/search/suggest?q=${q}`);
      assert.ok(Array.isArray(found) && found.length <= 8, q.slice(0, 20));
    }
    assert.deepEqual(await suggest('/search/suggest'), []);
  });
});
