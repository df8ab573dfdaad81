import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { IntlMessageFormat } from 'intl-messageformat';
import { type Catalog, formatDate, interfaceLanguages, registerLanguage, translator } from '../platform/i18n/index.ts';
import { ADDED_LANGUAGES } from './languages/index.ts';
import { catalogs } from './messages.ts';

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }> };

/** A text's ICU argument names, sorted (it throws on invalid ICU). */
function argumentsOf(text: string, intl: string): string {
  const names = new Set<string>();
  const visit = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(text, intl, undefined, { ignoreTag: true }).getAst() as AstNode[]);
  return [...names].sort().join(',');
}

/**
 * Adding an interface language the documented way (docs/languages.md): a definition and a
 * catalog registered before the app is built. Two fakes, registered only in this test process,
 * never shipped: a pseudo-locale with every key (each English text in brackets, so an
 * untranslated string stands out) and a right-to-left language with two keys, whose other keys
 * fall back to English.
 */
const pseudo: Partial<Catalog> = Object.fromEntries(Object.entries(catalogs.en).map(([key, text]) => [key, `[${text}]`]));
registerLanguage({ code: 'en-xa', name: 'Pseudo', dir: 'ltr', intl: 'en-GB', messages: pseudo });
registerLanguage({
  code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-EG',
  messages: { 'site.nav.library': 'المكتبة', 'site.language.label': 'اقرأ بالعربية' },
});

const html = (text: string) => /<html[^>]*>/.exec(text)?.[0];
const nav = (text: string) => text.slice(text.indexOf('<nav class="site-nav"'), text.indexOf('</nav>'));

describe('registering an interface language', () => {
  it('every added catalog (shipped in src/app/languages/ and the fakes here) has only English keys, valid ICU and the English arguments', () => {
    const added = interfaceLanguages().filter((l) => l.code !== 'en' && l.code !== 'es');
    assert.ok(added.length >= ADDED_LANGUAGES.length + 2);
    for (const language of added) {
      for (const [key, text] of Object.entries(language.messages)) {
        assert.ok(Object.hasOwn(catalogs.en, key), `${language.code}: "${key}" is not an English key`);
        assert.ok(text?.trim(), `${language.code}: "${key}" is empty`);
        assert.equal(argumentsOf(text!, language.intl), argumentsOf(catalogs.en[key as keyof Catalog], 'en-US'), `${language.code}: "${key}" arguments`);
      }
    }
  });


  it('refuses a code taken by a route, a code twice, a malformed code and an Intl locale ICU refuses', () => {
    const base = { name: 'x', dir: 'ltr' as const, intl: 'fr-FR', messages: {} };
    assert.throws(() => registerLanguage({ ...base, code: 'api' }), /must be a lower-case BCP 47 tag/);
    assert.throws(() => registerLanguage({ ...base, code: 'FR' }), /must be a lower-case BCP 47 tag/);
    assert.throws(() => registerLanguage({ ...base, code: 'es' }), /registered twice/);
    assert.throws(() => registerLanguage({ ...base, code: 'fr', intl: 'not a locale' }), /not a locale Intl accepts/);
    const remove = registerLanguage({ ...base, code: 'fr' });
    remove();
    assert.equal(translator('fr')('site.nav.library'), catalogs.en['site.nav.library'], 'removed: English');
  });

  it('shows the English text for a key the catalog lacks, and the language\'s own text otherwise', () => {
    assert.equal(translator('ar')('site.nav.library'), 'المكتبة');
    assert.equal(translator('ar')('site.nav.topics'), catalogs.en['site.nav.topics']);
    // A fallen-back plural keeps English plural rules and arguments.
    assert.equal(translator('ar')('library.results', { count: 1 }), translator('en')('library.results', { count: 1 }));
    assert.equal(translator('en-xa')('library.results', { count: 2 }), `[${translator('en')('library.results', { count: 2 })}]`);
  });

  it('formats dates, numbers and lists in the language\'s Intl locale', () => {
    const day = formatDate('2024-11-06', 'ar');
    assert.notEqual(day, formatDate('2024-11-06', 'en'));
    assert.match(day, /٦/, 'Arabic-Indic digits of ar-EG');
    assert.match(day, /٢٠٢٤/);
  });
});

describeEachDialect('a third (and fourth) interface language added without code', (env) => {
  it('serves its pages under /<code> with <html lang dir>, its text and English where it has none', async () => {
    const ar = await env().get('/ar/resources');
    assert.equal(ar.status, 200);
    assert.equal(html(ar.text), '<html lang="ar" dir="rtl">');
    assert.match(nav(ar.text), /<a href="\/ar\/resources" aria-current="page">المكتبة<\/a>/);
    assert.match(nav(ar.text), new RegExp(`<a href="/ar/topics">${catalogs.en['site.nav.topics']}</a>`), 'English fallback');
    const pseudoHome = await env().get('/en-xa');
    assert.equal(pseudoHome.status, 200);
    assert.equal(html(pseudoHome.text), '<html lang="en-xa">');
    assert.ok(nav(pseudoHome.text).includes(`<a href="/en-xa/resources">[${catalogs.en['site.nav.library']}]</a>`));
    assert.equal((await env().get('/fr/resources')).status, 404, 'a language never registered has no pages');
  });

  it('writes dates in its Intl locale inside <time datetime>', async () => {
    const { text } = await env().get('/ar/resources?sort=newest');
    const days = [...text.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"[^>]*>([^<]*)<\/time>/g)];
    assert.ok(days.length > 0);
    for (const [, day, shown] of days) assert.equal(shown, formatDate(day, 'ar'));
    assert.match(days[0][2], /[٠-٩]/);
  });

  it('lists every language in the language switch and hreflang, and leaves / and /es as they were', async () => {
    const en = await env().get('/topics');
    assert.equal(html(en.text), '<html lang="en">');
    for (const [code, name, label] of [['es', 'Español', catalogs.es['site.language.label']], ['en-xa', 'Pseudo', `[${catalogs.en['site.language.label']}]`], ['ar', 'العربية', 'اقرأ بالعربية']]) {
      const prefix = `/${code}`;
      assert.ok(nav(en.text).includes(`<a href="${prefix}/topics?lang-choice=${code}" hreflang="${code}" lang="${code}"${code === 'ar' ? ' dir="rtl"' : ''} aria-label="${label}">${name}</a>`), code);
      assert.ok(en.text.includes(`<link rel="alternate" hreflang="${code}" href="http://haven.test${prefix}/topics"/>`), code);
    }
    assert.ok(en.text.includes('<link rel="alternate" hreflang="en" href="http://haven.test/topics"/>'));
    assert.ok(en.text.includes('<meta property="og:locale:alternate" content="ar_EG"/>'));
    const ar = await env().get('/ar/topics');
    assert.ok(nav(ar.text).includes('<a href="/topics?lang-choice=en" hreflang="en" lang="en" aria-label="Read in English">English</a>'));
    assert.ok(ar.text.includes('<meta property="og:locale" content="ar_EG"/>'));
    const es = await env().get('/es/topics');
    assert.equal(html(es.text), '<html lang="es">');
    assert.match(nav(es.text), /<a href="\/es\/resources">Biblioteca<\/a>/);
  });

  it('is chosen by the language switch and by Accept-Language, and has its own feed and sitemap entries', async () => {
    const chosen = await env().request('/ar/topics?lang-choice=ar');
    assert.equal(chosen.status, 303);
    assert.match(chosen.headers.get('set-cookie') ?? '', /lang=ar/);
    const byCookie = await env().request('/', { headers: { Cookie: 'lang=ar' } });
    assert.equal(byCookie.status, 302);
    assert.equal(byCookie.headers.get('location'), '/ar');
    const byHeader = await env().request('/?q=x', { headers: { 'Accept-Language': 'ar-EG,en;q=0.5' } });
    assert.equal(byHeader.headers.get('location'), '/ar?q=x');
    const english = await env().request('/', { headers: { 'Accept-Language': 'en-US,ar;q=0.5' } });
    assert.equal(english.status, 200);
    assert.equal((await env().request('/ar/feeds/resources.atom')).status, 200);
    const sitemap = await env().get('/sitemap.xml');
    const body = sitemap.text.includes('<sitemapindex') ? (await env().get(new URL(/<loc>([^<]+)<\/loc>/.exec(sitemap.text)![1]).pathname)).text : sitemap.text;
    assert.match(body, /hreflang="ar" href="http:\/\/haven\.test\/ar\//);
    assert.match(body, /<loc>http:\/\/haven\.test\/en-xa\//);
  });
});
