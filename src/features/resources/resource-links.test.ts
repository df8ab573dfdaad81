import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { createUser, openSession } from '../../../test/support/auth.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { demoResources } from '../../../test/support/demo.ts';
import { isOutdatedTranslation } from './translations.ts';
import { downloadTitle } from './views/ResourceDownloads.tsx';
import { partTitle } from './views/series.ts';

const translation = demoResources.find((r) => r.translationOf && r.language === 'es')!;
const original = demoResources.find((r) => r.slug === translation.translationOf)!;
const untranslated = demoResources.find((r) => r.language === 'en' && !demoResources.some((t) => t.translationOf === r.slug))!;
const seriesParts = demoResources.filter((r) => r.series?.slug === 'prosecutorial-discretion-2024').sort((a, b) => a.series!.part - b.series!.part);

describe('translation dates, download titles and series part titles', () => {
  it('calls a translation outdated only when its original changed after it', () => {
    assert.equal(isOutdatedTranslation({ published_on: '2024-01-01' }, { published_on: '2023-01-01', updated_on: '2024-02-01' }), true);
    assert.equal(isOutdatedTranslation({ published_on: '2024-01-01', updated_on: '2024-03-01' }, { published_on: '2023-01-01', updated_on: '2024-02-01' }), false);
    assert.equal(isOutdatedTranslation({ published_on: '2024-01-01' }, { published_on: '2024-01-01', updated_on: null }), false);
  });
  it('drops a trailing file type only when it repeats the type', () => {
    assert.equal(downloadTitle('Workshop Toolkit (PDF)', 'PDF'), 'Workshop Toolkit');
    assert.equal(downloadTitle('Workshop Toolkit (2024)', 'PDF'), 'Workshop Toolkit (2024)');
    assert.equal(downloadTitle('(PDF)', 'PDF'), '(PDF)');
  });
  it('shortens a part title to what follows "Part N:"', () => {
    assert.equal(partTitle('Prosecutorial Discretion in Removal Proceedings, Part 1: Policy Updates and Strategy', 'Prosecutorial Discretion in Removal Proceedings'), 'Policy Updates and Strategy');
    assert.equal(partTitle('Parte 2: Consecuencias', 'Serie'), 'Consecuencias');
    assert.equal(partTitle('Something else', 'Series'), 'Something else');
  });
});

describeEachDialect('translations as links, sharing and social tags', (env) => {
  it('sends the language switch and hreflang of a translated resource to its translation', async () => {
    const { text } = await env().get(`/resources/${original.slug}`);
    assert.ok(text.includes(`href="/es/resources/${translation.slug}?lang-choice=es" hreflang="es" lang="es"`), 'the switch goes to the Spanish translation');
    assert.ok(text.includes(`<link rel="alternate" hreflang="es" href="http://haven.test/es/resources/${translation.slug}"/>`));
    assert.ok(text.includes(`<link rel="alternate" hreflang="en" href="http://haven.test/resources/${original.slug}"/>`));
    const es = await env().get(`/es/resources/${translation.slug}`);
    assert.ok(es.text.includes(`href="/resources/${original.slug}?lang-choice=en" hreflang="en" lang="en"`), 'and back to the English original');
    assert.ok(es.text.includes(`<link rel="alternate" hreflang="en" href="http://haven.test/resources/${original.slug}"/>`));
  });

  it('keeps the same page in the other interface language when there is no translation', async () => {
    const { text } = await env().get(`/resources/${untranslated.slug}`);
    assert.ok(text.includes(`href="/es/resources/${untranslated.slug}?lang-choice=es"`));
    assert.ok(text.includes(`<link rel="alternate" hreflang="es" href="http://haven.test/es/resources/${untranslated.slug}"/>`));
  });

  it('gives Open Graph and Twitter card tags and a share block without scripts', async () => {
    const { text } = await env().get(`/resources/${original.slug}`);
    assert.ok(text.includes(`<meta property="og:title" content="${escapeHtml(original.title)}"/>`));
    assert.ok(text.includes(`<meta property="og:url" content="http://haven.test/resources/${original.slug}"/>`));
    assert.ok(text.includes(`<meta property="article:published_time" content="${original.publishedOn}"/>`));
    assert.ok(text.includes(`<meta name="twitter:title" content="${escapeHtml(original.title)}"/>`));
    assert.match(text, /<meta name="twitter:card" content="summary"\/>/);
    assert.ok(text.includes(`<input id="share-url" type="url" readonly="" value="http://haven.test/resources/${original.slug}"`));
    assert.match(text, /<a class="button-secondary" href="mailto:\?subject=[^"]+&amp;body=[^"]+">Send by e-mail<\/a>/);
    assert.doesNotMatch(text, /<script[^>]* src="(https?:)?\/\//, 'no third-party script');
  });

  it('lists each series part once, without repeating "Part N"', async () => {
    const { text } = await env().get(`/resources/${seriesParts[0].slug}`);
    const nav = text.slice(text.indexOf('class="series-nav"'), text.indexOf('</nav>', text.indexOf('class="series-nav"')));
    assert.equal(nav.split('<li>').length - 1, seriesParts.length);
    assert.doesNotMatch(nav, /Part 1:[^<]*Part 1:/);
    assert.match(nav, /<span aria-current="page">Part 1: Policy Updates and Strategy<\/span>/);
  });

  it('marks a resource written right to left with dir="rtl" inside a left-to-right page', async () => {
    const e = env();
    await e.db.updateTable('resources').set({ language: 'ar' }).where('slug', '=', untranslated.slug).execute();
    await bumpGeneration(e.db);
    const { text } = await e.get(`/resources/${untranslated.slug}`);
    assert.match(text, /<article class="wrap resource" lang="ar" dir="rtl">/);
    await e.db.updateTable('resources').set({ language: 'en' }).where('slug', '=', untranslated.slug).execute();
    await bumpGeneration(e.db);
  });

  // Runs last: it changes the shared database.
  it('tells the reader when a translation is older than its original’s last substantive change', async () => {
    const e = env();
    await e.db.updateTable('resources').set({ updated_on: null }).where('slug', '=', original.slug).execute();
    await e.db.updateTable('resources').set({ updated_on: null }).where('slug', '=', translation.slug).execute();
    await bumpGeneration(e.db);
    const before = await e.get(`/es/resources/${translation.slug}`);
    assert.doesNotMatch(before.text, /outdated-translation/);
    assert.doesNotMatch((await e.get(`/resources/${original.slug}`)).text, /may be out of date/);
    await e.db.updateTable('resources').set({ updated_on: '2030-01-02' }).where('slug', '=', original.slug).execute();
    await bumpGeneration(e.db);
    const after = await e.get(`/es/resources/${translation.slug}`);
    assert.match(after.text, /<p class="notice notice-warning outdated-translation" role="note">Es posible que esta traducción no esté al día: el original en inglés se revisó después de traducirse, el <time datetime="2030-01-02">2 ene 2030<\/time>\.<\/p>/);
    const originalPage = await e.get(`/resources/${original.slug}`);
    assert.match(originalPage.text, new RegExp(`${translation.slug}[^]*?\\(may be out of date\\)`));
    // The editor sees it on the translation's edit screen.
    const editor = await openSession(e, await createUser(e, 'editor'));
    const { id } = await e.db.selectFrom('resources').select('id').where('slug', '=', translation.slug).executeTakeFirstOrThrow();
    const edit = await e.get(`/admin/resources/${id}`, { headers: { cookie: editor.cookie } });
    assert.equal(edit.status, 200);
    assert.ok(edit.text.includes(`<p class="outdated-translation">This translation may be out of date: its original (${original.slug}) was revised on 2 Jan 2030`));
  });
});

describe('right-to-left readiness', () => {
  it('knows which languages are written right to left', async () => {
    const { textDirection } = await import('../../platform/i18n/localized.ts');
    assert.equal(textDirection('ar'), 'rtl');
    assert.equal(textDirection('fa-IR'), 'rtl');
    assert.equal(textDirection('es'), 'ltr');
    assert.equal(textDirection('en'), 'ltr');
  });
});
