import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { resultTotal } from '../../../test/support/html.ts';

/** The "remove one filter" links of a page that found nothing: their text, where they go and the count they promise. */
function ways(html: string): { text: string; href: string; count: string }[] {
  const section = /<section class="no-results"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<li><a href="([^"]+)">([\s\S]*?)<\/a>(?: <span class="count">\(([^)]*)\)<\/span>)?<\/li>/g)]
    .map((m) => ({ href: m[1].replace(/&amp;/g, '&'), text: m[2].replace(/<[^>]+>/g, ''), count: m[3] ?? '' }));
}

describeEachDialect('library: a search that finds nothing', (env) => {
  it('offers each filter removed with the count it gives, the topic index and the search tips', async () => {
    const page = await env().get('/resources?q=asylum&type=practice-advisory&from=2030-01-01');
    assert.equal(page.status, 200);
    assert.equal(resultTotal(page.text), 0);
    const found = ways(page.text);
    const withoutDate = found.find((w) => w.href === '/resources?q=asylum&type=practice-advisory');
    assert.ok(withoutDate, JSON.stringify(found));
    assert.match(withoutDate.text, /^Without “Published from: .+”$/);
    // The count promised is the count the link gives.
    const wider = await env().get(withoutDate.href);
    assert.ok(resultTotal(wider.text) > 0);
    assert.equal(withoutDate.count, `${resultTotal(wider.text)} resource${resultTotal(wider.text) === 1 ? '' : 's'}`);
    const withoutType = found.find((w) => w.href === '/resources?q=asylum&from=2030-01-01');
    assert.deepEqual(withoutType && [withoutType.text, withoutType.count], ['Without “Type: Practice Advisory”', 'still nothing']);
    assert.ok(found.some((w) => w.href === '/topics'), 'the topic index');
    assert.ok(found.some((w) => w.href === '/search-tips'), 'the search tips');
  });

  it('counts without words too, and speaks Spanish on /es', async () => {
    const page = await env().get('/es/resources?lang=es&type=community-resource&audience=community&to=1990-01-01');
    assert.match(page.text, /<strong>Ningún recurso coincide con estos filtros\.<\/strong>/);
    const found = ways(page.text);
    const withoutTo = found.find((w) => w.href === '/es/resources?type=community-resource&lang=es&audience=community');
    assert.ok(withoutTo, JSON.stringify(found));
    assert.match(withoutTo.text, /^Sin «Publicado hasta: .+»$/);
    const wider = await env().get(withoutTo.href);
    const total = Number(/<strong>(\d+) recursos?<\/strong>/.exec(wider.text)?.[1] ?? -1);
    assert.ok(total > 0);
    assert.equal(withoutTo.count, `${total} recurso${total === 1 ? '' : 's'}`);
    assert.equal(found.filter((w) => w.text.startsWith('Sin «')).length, 4, 'one way out per filter');
    assert.ok(found.some((w) => w.href === '/es/topics'));
    assert.ok(found.some((w) => w.href === '/es/search-tips'));
  });

  it('puts the spelling suggestion first when the words are misspelled', async () => {
    const page = await env().get('/resources?q=asylumn&from=2030-01-01');
    assert.equal(resultTotal(page.text), 0);
    const suggestion = page.text.indexOf('class="search-suggestion"');
    assert.ok(suggestion > 0, 'a "did you mean" is offered');
    assert.ok(suggestion < page.text.indexOf('class="no-results"'));
    assert.ok(ways(page.text).some((w) => w.href === '/resources?q=asylumn'));
  });
});
