import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { loginAs, type Signed } from '../../../test/support/auth.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { linkReferences, upsertResource, type ResourceWrite } from '../resources/index.ts';
import { setOverride } from './overrides.repo.ts';
import { authoritiesOnlySupersededCite, mostCitedAuthorities, resourcesCitingChanged } from './report.repo.ts';

const NOW = '2024-11-08T12:00:00.000Z';
const write = (slug: string, publishedOn: string, body: string, over: Partial<ResourceWrite> = {}): ResourceWrite => ({
  slug, type: 'practice-advisory', title: `Report test: ${slug}`, summary: 'A test resource.', body,
  topics: [], language: 'en', audience: 'practitioners', status: 'published', publishedOn, updatedOn: null, authors: [],
  series: null, translationOf: null, supersedes: [], attachments: [], ...over,
});

describeEachDialect('authorities report', (env) => {
  const ids: Record<string, number> = {};
  let editor: Signed;

  before(async () => {
    const writes = [
      write('report-old', '2023-01-05', 'Waivers under 8 C.F.R. § 212.7(e)(4) before the new rule.'),
      write('report-old-section', '2022-03-01', 'See 8 C.F.R. § 212.7 generally.'),
      write('report-new', '2024-06-01', 'The 2024 rule rewrites the provisional waiver regulation.'),
      write('report-later', '2025-01-01', 'Also 8 C.F.R. § 212.7(e), after the rule.'),
      write('report-draft', '2021-01-01', '8 C.F.R. § 212.7(e) in a draft.', { status: 'draft' }),
      write('report-replaced', '2020-02-02', 'Only this cites 8 C.F.R. § 214.11(d)(9).'),
      write('report-replacement', '2024-02-02', 'The current guidance, citing nothing in particular.', { supersedes: ['report-replaced'] }),
    ];
    await env().db.transaction().execute(async (trx) => {
      for (const w of writes) ids[w.slug] = (await upsertResource(trx, w, NOW)).id;
      for (const w of writes) await linkReferences(trx, w);
      await setOverride(trx, {
        resourceId: ids['report-new']!, key: '8 CFR 212.7', action: 'changed', kind: 'regulation', display: '8 C.F.R. § 212.7',
        note: 'Final rule <2024>', userId: null, at: NOW,
      });
      await bumpGeneration(trx);
    });
    editor = await loginAs(env(), 'editor');
  });

  it('lists current resources citing an authority, or its subsections, that a newer published resource reports changed', async () => {
    const marked = (await resourcesCitingChanged(env().db)).filter((r) => r.markKey === '8 CFR 212.7');
    // The demo's 2016 provisional-waiver advisory marks 8 C.F.R. § 212.7 changed: the older advisories citing it are listed.
    const idOf = async (slug: string) => (await env().db.selectFrom('resources').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const [demoCiting, demoMarker] = [await idOf('ina-212h-waiver-criminal-grounds'), await idOf('provisional-waiver-i-601a-expansion-2016')];
    assert.ok(marked.some((r) => r.resource.id === demoCiting && r.marker.id === demoMarker), 'the demo site shows the report');
    const all = marked.filter((r) => r.marker.id === ids['report-new']);
    const mine = new Set(Object.values(ids));
    // Under this test's mark, the demo site's older resources on provisional waivers are listed too; of this test's, only the older current ones.
    const rows = all.filter((r) => mine.has(r.resource.id));
    assert.deepEqual(rows.map((r) => [r.resource.id, r.citedKey]), [[ids['report-old'], '8 CFR 212.7(e)(4)'], [ids['report-old-section'], '8 CFR 212.7']]);
    assert.ok(all.every((r) => r.resource.publishedOn < '2024-06-01' && r.citedKey.startsWith('8 CFR 212.7')));
    assert.ok(rows.every((r) => r.marker.id === ids['report-new'] && r.action === 'changed' && r.note === 'Final rule <2024>'));
    // Once the marking resource is no longer published, nothing is reported.
    await env().db.transaction().execute(async (trx) => {
      await trx.updateTable('resources').set({ status: 'draft' }).where('id', '=', ids['report-new']!).execute();
      await bumpGeneration(trx);
    });
    assert.equal((await resourcesCitingChanged(env().db)).filter((r) => r.marker.id === ids['report-new']).length, 0);
    await env().db.transaction().execute(async (trx) => {
      await trx.updateTable('resources').set({ status: 'published' }).where('id', '=', ids['report-new']!).execute();
      await bumpGeneration(trx);
    });
  });

  it('lists authorities only superseded resources cite, and the most cited authorities', async () => {
    const uncovered = await authoritiesOnlySupersededCite(env().db);
    assert.deepEqual(uncovered.filter((u) => u.key.startsWith('8 CFR 214.11')).map((u) => [u.key, u.resource.id]), [['8 CFR 214.11(d)(9)', ids['report-replaced']]]);
    assert.ok(!uncovered.some((u) => u.key.startsWith('8 CFR 212.7')), 'current resources cite 8 C.F.R. § 212.7');
    const most = await mostCitedAuthorities(env().db);
    const counts = await env().db.selectFrom('resource_authorities as ra').innerJoin('resources as r', 'r.id', 'ra.resource_id')
      .select(['ra.key', (eb) => eb.fn.countAll<number>().as('n')]).where('r.status', '=', 'published').groupBy('ra.key').execute();
    const top = Math.max(...counts.map((c) => Number(c.n)));
    assert.equal(most[0]!.resources, top);
    assert.ok(most.every((m, i) => i === 0 || most[i - 1]!.resources >= m.resources), 'most cited first');
  });

  it('shows the report to editors in English and Spanish, each row linking the editor and the authority page', async () => {
    const { status, text } = await env().get('/admin/authorities', { headers: { cookie: editor.cookie } });
    assert.equal(status, 200);
    assert.ok(text.includes('<h1>Authorities report</h1>'));
    assert.ok(text.includes(`href="/admin/resources/${ids['report-old']}"`), 'links the citing resource’s editor');
    assert.ok(text.includes(`href="/admin/resources/${ids['report-new']}"`), 'links the reporting resource’s editor');
    assert.ok(text.includes('href="/authorities/8-cfr-212.7-e-4"'), 'links the authority page');
    assert.ok(text.includes(escapeHtml('Final rule <2024>')) && !text.includes('Final rule <2024>'), 'the note is escaped');
    assert.ok(text.includes(`href="/admin/resources/${ids['report-replaced']}"`));
    assert.ok(text.includes('Most cited authorities'));
    assert.equal((await env().get(`/authorities/8-cfr-212.7-e-4`)).status, 200, 'the linked page exists');
    const es = await env().get('/admin/authorities', { headers: { cookie: `${editor.cookie}; lang=es` } });
    assert.equal(es.status, 200);
    assert.ok(es.text.includes('<h1>Informe de autoridades</h1>'));
    assert.ok(es.text.includes('href="/es/authorities/8-cfr-212.7-e-4"'));
    assert.ok(es.text.includes('Autoridades más citadas'));
    const dashboard = await env().get('/admin', { headers: { cookie: editor.cookie } });
    assert.ok(dashboard.text.includes('href="/admin/authorities"'), 'linked from the dashboard');
  });

  it('is for editors and admins: authors are refused, visitors sent to sign in', async () => {
    const author = await loginAs(env(), 'author');
    assert.equal((await env().get('/admin/authorities', { headers: { cookie: author.cookie } })).status, 403);
    assert.equal((await env().request('/admin/authorities', { redirect: 'manual' })).status, 303);
  });
});
