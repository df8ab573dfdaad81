import assert from 'node:assert/strict';
import { it } from 'node:test';
import { titleSortKey } from '../../platform/sort-key.ts';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml, resultSlugs, resultTotal } from '../../../test/support/html.ts';
import { demoResources, type DemoResource } from '../../../test/support/demo.ts';

// Expected results are computed from the demo data itself; ids follow the seed's insertion order.
const indexOf = new Map(demoResources.map((r, i) => [r.slug, i]));
const newest = (a: DemoResource, b: DemoResource) => b.publishedOn.localeCompare(a.publishedOn) || indexOf.get(b.slug)! - indexOf.get(a.slug)!;
const oldest = (a: DemoResource, b: DemoResource) => -newest(a, b);
// The library leaves out resources a published one supersedes unless asked to include them.
const superseded = new Set(demoResources.flatMap((r) => r.supersedes ?? []));
const current = demoResources.filter((r) => !superseded.has(r.slug));
function expected(filter: (r: DemoResource) => boolean, order = newest, all = current) {
  return all.filter(filter).sort(order).map((r) => r.slug);
}
const mostUsedTopic = (() => {
  const counts = new Map<string, number>();
  for (const r of demoResources) for (const t of r.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
})();

describeEachDialect('library', (env) => {
  it('lists every published resource, newest first, 20 a page with the total', async () => {
    const all = expected(() => true);
    const { status, text } = await env().get('/resources');
    assert.equal(status, 200);
    assert.equal(resultTotal(text), all.length);
    assert.deepEqual(resultSlugs(text), all.slice(0, 20));
    const page2 = await env().get('/resources?page=2');
    assert.deepEqual(resultSlugs(page2.text), all.slice(20, 40));
    assert.match(page2.text, /rel="prev" href="\/resources"/);
    assert.match(text, /rel="next" href="\/resources\?page=2"/);
  });

  it('filters by type, topic, language and audience in combination', async () => {
    const cases: [string, (r: DemoResource) => boolean][] = [
      ['type=practice-advisory', (r) => r.type === 'practice-advisory'],
      [`topic=${mostUsedTopic}`, (r) => r.topics.includes(mostUsedTopic)],
      ['lang=es', (r) => r.language === 'es'],
      ['audience=community', (r) => r.audience === 'community'],
      [`type=practice-advisory&topic=${mostUsedTopic}`, (r) => r.type === 'practice-advisory' && r.topics.includes(mostUsedTopic)],
      ['lang=en&audience=practitioners&from=2020-01-01&to=2023-12-31', (r) => r.language === 'en' && r.audience === 'practitioners' && r.publishedOn >= '2020-01-01' && r.publishedOn <= '2023-12-31'],
    ];
    for (const [qs, predicate] of cases) {
      const want = expected(predicate);
      assert.ok(want.length > 0, `demo data has rows for ${qs}`);
      const { status, text } = await env().get(`/resources?${qs}`);
      assert.equal(status, 200, qs);
      assert.equal(resultTotal(text), want.length, qs);
      assert.deepEqual(resultSlugs(text), want.slice(0, 20), qs);
    }
  });

  it('shows for each choice how many resources it would give under the other filters', async () => {
    const { text } = await env().get('/resources?lang=en');
    const inEnglish = current.filter((r) => r.language === 'en');
    const advisories = inEnglish.filter((r) => r.type === 'practice-advisory').length;
    assert.match(text, new RegExp(`<option value="practice-advisory">Practice Advisory \\(${advisories}\\)</option>`));
    const spanish = current.filter((r) => r.language === 'es').length;
    // The language facet ignores the language filter itself, so Spanish still shows its count.
    assert.match(text, new RegExp(`<option value="es">Spanish \\(${spanish}\\)</option>`));
    const topicCount = inEnglish.filter((r) => r.topics.includes(mostUsedTopic)).length;
    assert.match(text, new RegExp(`<option value="${mostUsedTopic}">[^<]+ \\(${topicCount}\\)</option>`));
    // One facet list: the form's selects, not a second list of links beside them.
    assert.doesNotMatch(text, /class="facet"/);
  });

  it('hides superseded resources unless "include superseded" is ticked, and says how many there are', async () => {
    assert.ok(superseded.size > 0, 'the demo library has superseded resources');
    const { text } = await env().get('/resources');
    assert.match(text, new RegExp(`<input id="f-superseded" type="checkbox" name="superseded" value="include"/><label for="f-superseded">Include superseded resources \\(${superseded.size}\\)</label>`));
    const all = expected(() => true, newest, demoResources);
    const included = await env().get('/resources?superseded=include');
    assert.equal(resultTotal(included.text), all.length);
    assert.deepEqual(resultSlugs(included.text), all.slice(0, 20));
    assert.match(included.text, /name="superseded" value="include" checked=""/);
    assert.match(included.text, /href="\/resources\?page=2&amp;superseded=include"/);
    const es = await env().get('/es/resources');
    assert.match(es.text, new RegExp(`Incluir recursos reemplazados \\(${superseded.size}\\)`));
    // Words: the same rule, and the count is of superseded resources matching them.
    const old = [...superseded][0]!;
    const title = demoResources.find((r) => r.slug === old)!.title;
    const q = encodeURIComponent(`"${title}"`);
    assert.ok(!resultSlugs((await env().get(`/resources?q=${q}`)).text).includes(old));
    assert.ok(resultSlugs((await env().get(`/resources?q=${q}&superseded=include`)).text).includes(old));
    assert.equal((await env().get('/resources?superseded=yes')).status, 400);
  });

  it('sorts by oldest and by title', async () => {
    const old = await env().get('/resources?sort=oldest');
    assert.deepEqual(resultSlugs(old.text), expected(() => true, oldest).slice(0, 20));
    const byTitle = await env().get('/resources?sort=title');
    const slugs = resultSlugs(byTitle.text);
    const titles = slugs.map((s) => demoResources.find((r) => r.slug === s)!.title);
    assert.equal(slugs.length, 20);
    const keys = titles.map(titleSortKey);
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1] <= keys[i], `${titles[i - 1]} <= ${titles[i]}`);
  });

  it('matches words in titles and escapes what it echoes', async () => {
    const target = demoResources.find((r) => r.language === 'en' && r.title.split(' ').length > 3)!;
    const word = target.title.split(' ').sort((a, b) => b.length - a.length)[0].replace(/[^\w]/g, '');
    const { text } = await env().get(`/resources?q=${encodeURIComponent(word.toUpperCase())}`);
    assert.ok(resultSlugs(text).includes(target.slug) || resultTotal(text) > 20);
    const hostile = await env().get('/resources?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(hostile.status, 200);
    assert.ok(!hostile.text.includes('<script>alert(1)</script>'));
    assert.ok(hostile.text.includes(escapeHtml('<script>alert(1)</script>')));
  });

  it('shows a search it cannot understand as the search form again, each problem tied to its field', async () => {
    const { status, text } = await env().get('/resources?q=asylum&from=2024-05-01&to=2024-01-01&type=practice-advisory&page=0');
    assert.equal(status, 400);
    assert.match(text, /<div class="notice notice-error" role="alert" aria-labelledby="problems-heading">/);
    assert.match(text, /<a href="#f-from">The start date comes after the end date<\/a>/);
    assert.match(text, /<input id="f-from" type="date" name="from" value="2024-05-01" aria-invalid="true" aria-describedby="f-from-error"/);
    assert.match(text, /<input id="f-to" type="date" name="to" value="2024-01-01" aria-invalid="true" aria-describedby="f-to-error"/);
    assert.match(text, /<input id="f-q" type="search" name="q" value="asylum" maxlength="2000"\/>/);
    assert.match(text, /<input type="hidden" name="type" value="practice-advisory"\/>/, 'a good filter is kept');
    assert.doesNotMatch(text, /name="page"/, 'a wrong page is dropped');
    assert.match(text, /<form method="get" action="\/resources" class="filter-form">/);
    const es = await env().get('/es/resources?from=2024-02-31');
    assert.equal(es.status, 400);
    assert.match(es.text, /<form method="get" action="\/es\/resources"/);
    assert.match(es.text, /id="f-from-error">[^<]*no es una fecha real/);
  });

  it('answers bad input with a 4xx page that explains itself, never a 500', async () => {
    const cases: [string, number, RegExp][] = [
      ['/resources?type=no-such-type', 400, /no resource type called &quot;no-such-type&quot;/],
      ['/resources?topic=no-such-topic', 400, /no topic called/],
      ['/resources?from=2024-02-31', 400, /not a real calendar date/],
      ['/resources?from=2024-05-01&to=2024-01-01', 400, /start date comes after the end date/],
      ['/resources?page=0', 400, /whole number|between 1/],
      ['/resources?page=abc', 400, /whole number/],
      ['/resources?page=99999', 404, /There is no page 99999/],
      ['/resources?type=chart&type=sample-form', 400, /given 2 times/],
      [`/resources?q=${'a'.repeat(2001)}`, 400, /at most 2000 characters/],
      ['/resources?sort=%00', 400, /Sort/],
      ['/resources?q=%00', 400, /must not contain control characters/],
      ['/es/resources?q=a%00b', 400, /no debe contener caracteres de control/],
      ['/resources/no-such-resource', 404, /could not find that resource/],
      ['/resources/UPPER..%2F..%2Fetc', 404, /Page not found/],
      ['/topics/no-such-topic', 404, /could not find that topic/],
      ['/projects/no-such-project', 404, /could not find that project/],
      ['/no/such/page', 404, /Page not found/],
    ];
    for (const [path, status, message] of cases) {
      const res = await env().get(path);
      assert.equal(res.status, status, path);
      assert.match(res.text, message, path);
      assert.match(res.text, /<header class="site-header">/, `${path} uses the site design`);
      assert.doesNotMatch(res.text, /at .*\.ts:\d+/, `${path} shows no stack`);
    }
  });

  it('returns an empty result that shows the filter for a language nobody writes in', async () => {
    const { status, text } = await env().get('/resources?lang=fr');
    assert.equal(status, 200);
    assert.equal(resultTotal(text), 0);
    assert.match(text, /Language: French/);
  });
});
