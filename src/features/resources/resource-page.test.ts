import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { demoResources } from '../../../test/support/demo.ts';
import { personName } from './person-name.ts';
import { linkReferences, upsertResource, type ResourceWrite } from './resources.write.repo.ts';

const seriesParts = demoResources.filter((r) => r.series?.slug === 'prosecutorial-discretion-2024').sort((a, b) => a.series!.part - b.series!.part);
const translation = demoResources.find((r) => r.translationOf)!;
const original = demoResources.find((r) => r.slug === translation.translationOf)!;
const newer = demoResources.find((r) => r.supersedes?.length)!;
const older = demoResources.find((r) => r.slug === newer.supersedes![0])!;
const withAttachment = demoResources.find((r) => r.attachments?.length)!;

describeEachDialect('resource page', (env) => {
  it('shows title, type, dates, authors, topics, summary and the rendered body', async () => {
    const r = demoResources.find((x) => x.authors?.length && x.updatedOn) ?? demoResources[0];
    const { status, text } = await env().get(`/resources/${r.slug}`);
    assert.equal(status, 200);
    assert.ok(text.includes(`<h1>${escapeHtml(r.title)}</h1>`));
    assert.ok(text.includes(escapeHtml(r.summary)));
    assert.ok(text.includes(`datetime="${r.publishedOn}"`));
    if (r.updatedOn) assert.ok(text.includes(`datetime="${r.updatedOn}"`));
    for (const a of r.authors ?? []) assert.ok(text.includes(escapeHtml(a)), a);
    for (const t of r.topics) assert.ok(text.includes(`href="/topics/${t}"`), t);
    assert.match(text, /<div class="prose">/);
    assert.match(text, /<meta property="og:type" content="article"/);
  });

  it('links the parts of a series', async () => {
    assert.equal(seriesParts.length, 2);
    const { text } = await env().get(`/resources/${seriesParts[0].slug}`);
    assert.match(text, /Part 1 of 2: Prosecutorial Discretion in Removal Proceedings/);
    assert.ok(text.includes(`href="/resources/${seriesParts[1].slug}"`));
    assert.match(text, /<span aria-current="page">Part 1: /);
    const second = await env().get(`/resources/${seriesParts[1].slug}`);
    assert.match(second.text, /Part 2 of 2/);
    assert.ok(second.text.includes(`href="/resources/${seriesParts[0].slug}"`));
  });

  it('links a translation and its original both ways', async () => {
    const t = await env().get(`/resources/${translation.slug}`);
    assert.match(t.text, /This is a translation\. Read the original in English:/);
    assert.ok(t.text.includes(`href="/resources/${original.slug}" data-print-url="http://haven.test/resources/${original.slug}" hreflang="en"`));
    const o = await env().get(`/resources/${original.slug}`);
    assert.match(o.text, /Also available in/);
    assert.ok(o.text.includes(`href="/resources/${translation.slug}" data-print-url="http://haven.test/resources/${translation.slug}" hreflang="${translation.language}"`));
  });

  it('warns prominently on a superseded resource and links the newer one', async () => {
    const { text } = await env().get(`/resources/${older.slug}`);
    assert.match(text, /This resource has been replaced/);
    const notice = text.slice(text.indexOf('notice-warning'), text.indexOf('</aside>'));
    assert.ok(notice.includes(`href="/resources/${newer.slug}"`));
    assert.ok(text.indexOf('notice-warning') < text.indexOf('<h1>'), 'the notice comes before the title');
    const n = await env().get(`/resources/${newer.slug}`);
    assert.match(n.text, /This resource replaces/);
    // Whole words: a search matches words (a last word of three letters or more also as a prefix).
    // The library shows superseded resources, marked, once asked to include them.
    const list = await env().get(`/resources?q=${encodeURIComponent(older.title.split(' ').slice(0, 4).join(' '))}&superseded=include`);
    assert.match(list.text, /superseded-badge/);
  });

  it('lists attachments with file type and size', async () => {
    const a = withAttachment.attachments![0];
    const { text } = await env().get(`/resources/${withAttachment.slug}`);
    // "PDF, 5 KB" once: the title's own "(PDF)" is not repeated beside it.
    assert.ok(text.includes(`>${escapeHtml(a.title.replace(/ \(PDF\)$/, ''))}</a> <span class="meta">PDF, `));
    assert.match(text, /<span class="meta">PDF, [\d.]+ (KB|MB) · English<\/span>/);
    assert.doesNotMatch(text, /\(PDF\)/);
  });

  it('renders a hostile body harmless', async () => {
    const e = env();
    const hostile: ResourceWrite = {
      slug: 'hostile-body', type: 'practice-advisory', title: 'Hostile <b>title</b>', summary: 'Summary "quoted" <i>x</i>',
      body: '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))\n\n<p onclick="alert(4)">para</p>',
      topics: [], language: 'en', audience: 'practitioners', status: 'published', publishedOn: '2024-01-01', updatedOn: null,
      authors: ['<script>evil()</script>'], series: null, translationOf: null, supersedes: [], attachments: [],
    };
    await e.db.transaction().execute(async (trx) => {
      await upsertResource(trx, hostile, new Date().toISOString());
      await linkReferences(trx, hostile);
      await bumpGeneration(trx);
    });
    const { status, text } = await e.get('/resources/hostile-body');
    assert.equal(status, 200);
    const main = text.slice(text.indexOf('<main'), text.indexOf('</main>'));
    assert.doesNotMatch(main, /<script|onerror|onclick|javascript:|<img/i);
    assert.ok(main.includes('Hostile &lt;b&gt;title&lt;/b&gt;'));
    assert.ok(main.includes('&lt;script&gt;evil()&lt;/script&gt;'));
  });

  it('never shows a draft', async () => {
    const e = env();
    const draft = demoResources[10];
    await e.db.updateTable('resources').set({ status: 'draft' }).where('slug', '=', draft.slug).execute();
    await bumpGeneration(e.db);
    assert.equal((await e.get(`/resources/${draft.slug}`)).status, 404);
    const list = await e.get(`/resources?q=${encodeURIComponent(draft.title)}`);
    assert.ok(!list.text.includes(`/resources/${draft.slug}"`));
    await e.db.updateTable('resources').set({ status: 'published' }).where('slug', '=', draft.slug).execute();
    await bumpGeneration(e.db);
  });
});

describeEachDialect('resource page: authorities and related resources', (env) => {
  const waiver = demoResources.find((r) => r.slug === 'ina-212h-waiver-criminal-grounds')!;

  it('lists the authorities cited, each linked to its page, and links citations in the body (stored text unchanged)', async () => {
    const { text } = await env().get(`/resources/${waiver.slug}`);
    assert.match(text, /<h2 id="authorities-title">Authorities cited<\/h2><ul><li><a href="\/authorities\/ina-212-h">INA § 212\(h\)<\/a> <span class="meta">\(Statute\)<\/span><\/li>/);
    assert.match(text, /<a class="cite-link" href="\/authorities\/ina-212-h">Section 212\(h\)<\/a> can waive/);
    const stored = await env().db.selectFrom('resources').select('body').where('slug', '=', waiver.slug).executeTakeFirstOrThrow();
    assert.equal(stored.body, waiver.body);
    const es = await env().get(`/es/resources/${waiver.slug}`);
    assert.match(es.text, /<h2 id="authorities-title" lang="es">Fuentes legales citadas<\/h2>/);
    assert.match(es.text, /<a class="cite-link" href="\/es\/authorities\/ina-212-h">/);
  });

  it('shows up to five related resources, never itself, its translations or a superseded one', async () => {
    const superseded = new Set(demoResources.flatMap((r) => r.supersedes ?? []));
    for (const r of [waiver, newer, original, seriesParts[0]]) {
      const { text } = await env().get(`/resources/${r.slug}`);
      const block = /<nav class="related"[\s\S]*?<\/nav>/.exec(text)?.[0] ?? '';
      const slugs = [...block.matchAll(/href="\/resources\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
      assert.ok(slugs.length >= 1 && slugs.length <= 5, `${r.slug}: ${slugs.length}`);
      assert.ok(!slugs.includes(r.slug));
      for (const s of slugs) assert.ok(!superseded.has(s), `${s} is superseded`);
      const translations = demoResources.filter((t) => t.translationOf === r.slug || t.slug === r.translationOf).map((t) => t.slug);
      for (const s of translations) assert.ok(!slugs.includes(s), `${s} is a translation of ${r.slug}`);
    }
    // A series' other part shares topics and the series: it comes first.
    const { text } = await env().get(`/resources/${seriesParts[0].slug}`);
    const first = /<nav class="related"[\s\S]*?href="\/resources\/([a-z0-9-]+)"/.exec(text)?.[1];
    assert.equal(first, seriesParts[1].slug);
    const es = await env().get(`/es/resources/${waiver.slug}`);
    assert.match(es.text, /<h2 id="related-title">Recursos relacionados<\/h2>/);
  });
});

describeEachDialect('resource page: "Cite this" downloads', (env) => {
  const r = demoResources.find((x) => x.authors?.length)!;

  it('offers RIS, BibTeX and CSL-JSON downloads of the citation, in both languages', async () => {
    const { text } = await env().get(`/resources/${r.slug}`);
    for (const [ext, label] of [['ris', 'RIS'], ['bib', 'BibTeX'], ['json', 'CSL-JSON']]) {
      assert.ok(text.includes(`<a href="/resources/${r.slug}/cite.${ext}" download="${r.slug}.${ext}">${label}</a>`), ext);
    }
    assert.match((await env().get(`/es/resources/${r.slug}`)).text, /Descargar la cita:/);
    const ris = await env().request(`/resources/${r.slug}/cite.ris`);
    assert.equal(ris.status, 200);
    assert.equal(ris.headers.get('content-type'), 'application/x-research-info-systems; charset=utf-8');
    assert.equal(ris.headers.get('content-disposition'), `attachment; filename="${r.slug}.ris"`);
    const risText = await ris.text();
    assert.ok(risText.includes(`TI  - ${r.title}`));
    for (const a of r.authors!) {
      // Persons are written "Family, Given", as reference managers read RIS; bodies as written.
      const person = personName(a);
      assert.ok(risText.includes(`AU  - ${person ? `${person.family}, ${person.given}` : a}`), a);
    }
    const csl = JSON.parse(await (await env().request(`/resources/${r.slug}/cite.json`)).text());
    assert.equal(csl[0].URL, `http://haven.test/resources/${r.slug}`);
    assert.deepEqual(csl[0].issued['date-parts'][0], r.publishedOn.split('-').map(Number));
    const bib = await env().request(`/resources/${r.slug}/cite.bib`);
    assert.match(await bib.text(), new RegExp(`^@techreport\\{${r.slug},`));
    assert.equal((await env().request('/resources/no-such-resource/cite.bib')).status, 404);
    assert.equal((await env().request(`/resources/${r.slug}/cite.doc`)).status, 404);
  });
});

describeEachDialect('resource page: age notice per type', (env) => {
  // The test clock reads 2024-11-08; the demo sets practice advisories to three years.
  const supersededSlugs = new Set(demoResources.flatMap((r) => r.supersedes ?? []));
  const old = demoResources.find((r) => r.type === 'practice-advisory' && (r.updatedOn ?? r.publishedOn) < '2021-11-08' && !supersededSlugs.has(r.slug) && !r.reviewedOn);
  const reviewed = demoResources.find((r) => r.type === 'practice-advisory' && (r.updatedOn ?? r.publishedOn) < '2021-11-08' && (r.reviewedOn ?? '') > '2022-01-01');
  const recent = demoResources.find((r) => r.type === 'practice-advisory' && (r.updatedOn ?? r.publishedOn) > '2022-01-01')!;
  const oldOther = demoResources.find((r) => r.type !== 'practice-advisory' && r.publishedOn < '2019-01-01' && !supersededSlugs.has(r.slug));

  it('says how old an advisory past its type\'s threshold is, with the date in the reader\'s language', async () => {
    assert.ok(old, 'the demo site has an old practice advisory');
    const { text } = await env().get(`/resources/${old.slug}`);
    assert.match(text, /<p class="notice age-notice" role="note" lang="en">(Published|Last updated) \d+ years ago, on \d{1,2} [A-Z][a-z]+\.? \d{4}\. Check for later developments\.<\/p>/);
    const es = await env().get(`/es/resources/${old.slug}`);
    assert.match(es.text, /(Publicado|Actualizado por última vez) hace \d+ años, el \d{1,2} [a-z]+\.? \d{4}\. Verifique si hubo novedades posteriores\./);
    assert.doesNotMatch((await env().get(`/resources/${recent.slug}`)).text, /age-notice/);
    if (oldOther) assert.doesNotMatch((await env().get(`/resources/${oldOther.slug}`)).text, /age-notice/, 'types without a threshold never show it');
  });

  it('gives no age notice to an old advisory staff reviewed within the threshold, and says when it was reviewed', async () => {
    assert.ok(reviewed, 'the demo site has an old practice advisory reviewed recently');
    const { text } = await env().get(`/resources/${reviewed.slug}`);
    assert.doesNotMatch(text, /age-notice/);
    assert.match(text, /Last reviewed/);
  });
});
