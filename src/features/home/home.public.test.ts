import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { demoResources } from '../seed/demo/resources.ts';
import { demoProjects, demoStatement } from '../seed/demo/projects.ts';
import { demoMission, demoOrganization } from '../seed/demo/organization.ts';
import { bumpGeneration } from '../../db/generation.ts';

/** The seed's six latest items, most recently posted first. */
const latest = [...demoResources].sort((a, b) => b.postedAt.localeCompare(a.postedAt)).slice(0, 6);

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

  it('lists the six most recently posted items with type, section, date and summary', async () => {
    const { text } = await env().get('/');
    const section = text.slice(text.indexOf('Latest Items'));
    assertInOrder(section, latest.flatMap((r) => [`href="/resources/${r.slug}"`, 'Publication Date']));
    for (const r of latest) {
      const [y, m, d] = r.publishedOn.split('-');
      assert.ok(section.includes(`${m}/${d}/${y}`), `date ${m}/${d}/${y}`);
      assert.ok(section.includes(r.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').slice(0, 80)) || section.includes(r.summary.slice(0, 40)));
    }
    assert.ok(section.includes('11/06/2024'));
    assert.equal(section.split('class="section-label">Resources<').length - 1, 6);
    // Posted order, not publication order: the 09/26 advisory was posted after the 10/01 toolkit.
    assert.ok(section.indexOf('09/26/2024') < section.indexOf('10/01/2024'));
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
    assert.ok(text.includes('<p class="mission">A changed mission statement.</p>'));
    assert.ok(!text.includes(`<p class="mission">${demoMission}`));
    assert.equal(text.split('class="section-label">Resources<').length - 1, 3);
  });
});
