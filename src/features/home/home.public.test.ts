import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { demoResources, demoProjects, demoStatement, demoMission, demoMissionEs, demoOrganization, demoStatementTeaserEs } from '../../../test/support/demo.ts';
import { bumpGeneration } from '../../db/generation.ts';

/** The seed's six latest items by publication date, newest first (ties: the later row first). */
const latest = demoResources.map((r, i) => ({ ...r, i }))
  .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.i - a.i).slice(0, 6);

function assertInOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    assert.ok(at >= 0, `expected "${part.slice(0, 60)}" after position ${from}`);
    from = at + part.length;
  }
}

describeEachDialect('homepage', (env) => {
  it('shows every part of the seed in the seed order, from the database', async () => {
    const { status, text } = await env().get('/');
    assert.equal(status, 200);
    assertInOrder(text, [
      'alt="People in a room holding American flags."',
      demoOrganization.name,
      demoMission,
      'ILRC Calls for a Permanent Ceasefire',
      demoStatement.summary,
      'alt="People at protest holding signs."',
      'Local Policy Interventions for Protecting Immigrants',
      'Local policies are the main drivers of policing, prosecution, and the deportation machine.',
      'Projects and Networks',
      ...demoProjects.flatMap((p) => [p.name, p.summary]),
      'Latest Items',
    ]);
  });

  it('lists the six latest items by publication date with type, section, date and summary', async () => {
    const { text } = await env().get('/');
    const section = text.slice(text.indexOf('Latest Items'));
    assertInOrder(section, latest.flatMap((r) => [`href="/resources/${r.slug}"`, 'Publication Date', `<time datetime="${r.publishedOn}">`]));
    for (const r of latest) {
      assert.ok(section.includes(r.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').slice(0, 80)) || section.includes(r.summary.slice(0, 40)));
    }
    assert.ok(section.includes('<time datetime="2024-11-06">6 Nov 2024</time>'), 'one date style: day, short month, year');
    assert.equal(section.split('class="section-label">Resources<').length - 1, 6);
    const dates = [...section.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest publication first');
  });

  it('prefers Spanish on /es: Spanish items first, originals replaced by their translation, English marked', async () => {
    const { text } = await env().get('/es');
    assert.ok(text.includes(demoMissionEs), 'the Spanish mission');
    assert.ok(!text.includes(demoMission), 'not the English one (mission, footer tagline)');
    assert.ok(text.includes(demoStatementTeaserEs), 'the featured statement’s Spanish teaser');
    for (const p of demoProjects) assert.ok(text.includes(p.summaryEs!), `${p.slug} in Spanish`);
    const section = text.slice(text.indexOf('latest-heading'));
    const items = section.split('class="card latest-item"').slice(1);
    assert.equal(items.length, 6);
    const spanish = new Set(demoResources.filter((r) => r.language === 'es').map((r) => r.slug));
    const translated = new Set(demoResources.filter((r) => r.translationOf).map((r) => r.translationOf));
    const slugs = items.map((i) => /href="\/es\/resources\/([a-z0-9-]+)"/.exec(i)![1]);
    const firstEnglish = slugs.findIndex((s) => !spanish.has(s));
    if (firstEnglish >= 0) assert.ok(slugs.slice(firstEnglish).every((s) => !spanish.has(s)), 'Spanish first');
    assert.ok(slugs.every((s) => !translated.has(s)), 'an original with a Spanish translation is not listed beside it');
    items.forEach((item, i) => {
      if (spanish.has(slugs[i])) assert.doesNotMatch(item, /\(en inglés\)/);
      else assert.match(item, /<span class="fallback-note">\(en inglés\)<\/span>/);
    });
  });

  it('is served in Spanish at /es with the same content', async () => {
    const { status, text } = await env().get('/es');
    assert.equal(status, 200);
    assert.match(text, /<html lang="es">/);
    assert.ok(text.includes('Proyectos y redes'));
    assert.ok(text.includes('href="/es/resources/'));
  });

  it('has a title, description, canonical URL and Open Graph tags', async () => {
    const { text } = await env().get('/');
    assert.match(text, /<title>Immigrant Legal Resource Center<\/title>/);
    assert.match(text, /<meta name="description" content="[^"]{20,}"/);
    assert.match(text, /<link rel="canonical" href="http:\/\/haven.test\/"/);
    assert.match(text, /<meta property="og:title"/);
    assert.match(text, /<meta property="og:image" content="http:\/\/haven.test\/media\/demo-hero-960.webp"/);
  });

  // Runs last: it changes the shared database.
  it('reflects a change to the homepage settings on the next request', async () => {
    const e = env();
    await e.db.updateTable('settings').set({ value: JSON.stringify({ heroMediaId: null, heroAlt: '', mission: 'A changed mission statement.', latestCount: 3 }) })
      .where('key', '=', 'homepage').execute();
    await bumpGeneration(e.db);
    const { text } = await e.get('/');
    assert.ok(text.includes('<p class="mission"><span>A changed mission statement.</span></p>'));
    assert.ok(!text.includes(`<p class="mission"><span>${demoMission}`));
    const es = await e.get('/es');
    assert.ok(es.text.includes('<p class="mission"><span lang="en">A changed mission statement.</span> <span class="fallback-note">(en inglés)</span></p>'), 'no Spanish mission: the English one, marked');
    assert.equal(text.split('class="section-label">Resources<').length - 1, 3);
  });
});
