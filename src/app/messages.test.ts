import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { translator } from '../platform/i18n/index.ts';
import { catalogs } from './messages.ts';

/**
 * The one check of the interface text. Every catalog (`messages.en.ts` / `messages.es.ts` of the
 * platform and of each feature, or `messages.<part>.<lang>.ts` where a feature splits its own):
 * has both languages with the same keys, no empty text, the same ICU arguments in both, valid
 * ICU syntax (a plural needs its `other` form); no key lives in two catalogs; every catalog
 * is installed by src/app/messages.ts; and every key is used somewhere in src/. Keys built at run
 * time from a template literal are allowed through the prefixes below; each prefix must itself
 * appear in the source as `` `prefix${ `` so the list cannot outlive the code that needs it.
 */
const DYNAMIC_PREFIXES = [
  'audience.', // LibraryView, ResourcePage: t(`audience.${a}`)
  'library.sort.', // LibraryView: t(`library.sort.${s}`)
  'library.problem.', // resources/views/problems.ts: t(`library.problem.${code}`)
  'admin.role.', // staff screens: t(`admin.role.${role}`) (admin area)
  'editorial.state.', // editorial ResourceList: t(`editorial.state.${status}`)
  'editorial.action.', // editorial WorkflowPanel: t(`editorial.action.${a}`)
  'editorial.toolbar.', // editorial ResourceForm: t(`editorial.toolbar.${k}`)
  'editorial.refused.state.', // editorial workflow.ts: assertTransition's text parts, `editorial.refused.state.${from}`
  'editorial.refused.action.', // editorial workflow.ts: assertTransition's text parts, `editorial.refused.action.${action}`
];

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG_FILE = /^messages(\.[a-z]+)?\.(en|es)\.ts$/;

type Catalog = Record<string, string>;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** The object a catalog file exports (`resourcesEn`, `resourcesEs`, …). */
async function loadCatalog(file: string): Promise<Catalog> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const objects = Object.values(mod).filter((v): v is Catalog => typeof v === 'object' && v !== null);
  assert.equal(objects.length, 1, `${file} should export exactly one catalog object`);
  return objects[0];
}

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }> };

/** The ICU argument names of a text (sorted), or a parse error. */
function icuArguments(text: string, locale: string): { names: string; problem?: string } {
  let ast: AstNode[];
  try {
    ast = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as AstNode[];
  } catch (err) {
    return { names: '', problem: `is not valid ICU MessageFormat (${(err as Error).message})` };
  }
  const names = new Set<string>();
  const visit = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // Types from @formatjs/icu-messageformat-parser: 1 argument … 6 plural.
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) visit(option.value);
    }
  };
  visit(ast);
  return { names: [...names].sort().join(',') };
}

/** Problems comparing an English catalog with its Spanish one. */
function compare(name: string, english: Catalog, spanish: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!(key in spanish)) problems.push(`${name}: "${key}" is missing in Spanish`);
  for (const key of Object.keys(spanish)) if (!(key in english)) problems.push(`${name}: "${key}" is missing in English`);
  for (const [lang, locale, catalog] of [['English', 'en-US', english], ['Spanish', 'es-US', spanish]] as const) {
    for (const [key, text] of Object.entries(catalog)) {
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${name}: "${key}" is empty in ${lang}`);
        continue;
      }
      const { problem } = icuArguments(text, locale);
      if (problem) problems.push(`${name}: "${key}" ${problem} in ${lang}`);
    }
  }
  for (const key of Object.keys(english)) {
    if (!(key in spanish)) continue;
    const en = icuArguments(english[key], 'en-US');
    const es = icuArguments(spanish[key], 'es-US');
    if (!en.problem && !es.problem && en.names !== es.names) problems.push(`${name}: "${key}" has arguments {${en.names}} in English but {${es.names}} in Spanish`);
  }
  return problems;
}

describe('interface text', () => {
  const files = walk(srcDir).filter((f) => CATALOG_FILE.test(path.basename(f)));
  const bases = [...new Set(files.map((f) => f.replace(/\.(en|es)\.ts$/, '')))].sort();

  it('has an English and a Spanish catalog for the platform and for every feature with text', () => {
    assert.ok(bases.some((b) => b.endsWith(path.join('platform', 'messages'))), 'the platform catalog exists');
    assert.ok(bases.length >= 10, `found ${bases.length} catalogs`);
    for (const base of bases) {
      assert.ok(fs.existsSync(`${base}.en.ts`), `${path.relative(srcDir, base)}.en.ts exists`);
      assert.ok(fs.existsSync(`${base}.es.ts`), `${path.relative(srcDir, base)}.es.ts exists`);
    }
  });

  it('gives every key a text in both languages, with the same ICU arguments, once, and installs every catalog', async () => {
    const problems: string[] = [];
    const home = new Map<string, string>();
    for (const base of bases) {
      const name = path.relative(srcDir, base);
      const english = await loadCatalog(`${base}.en.ts`);
      const spanish = await loadCatalog(`${base}.es.ts`);
      problems.push(...compare(name, english, spanish));
      for (const key of Object.keys(english)) {
        if (home.has(key)) problems.push(`"${key}" is in both ${home.get(key)} and ${name}`);
        home.set(key, name);
        const installed = catalogs as unknown as Record<'en' | 'es', Catalog>;
        if (installed.en[key] !== english[key]) problems.push(`${name}: "${key}" is not installed (src/app/messages.ts)`);
        if (key in spanish && installed.es[key] !== spanish[key]) problems.push(`${name}: "${key}" is not installed in Spanish`);
      }
    }
    assert.equal(Object.keys(catalogs.en).length, home.size, 'src/app/messages.ts installs exactly the catalogs found');
    assert.deepEqual(problems, []);
  });

  it('uses every key somewhere in src/', () => {
    const source = walk(srcDir)
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !CATALOG_FILE.test(path.basename(f)))
      .map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const keys = Object.keys(catalogs.en);
    const stale = DYNAMIC_PREFIXES.filter((p) => keys.some((k) => k.startsWith(p)) && !source.includes(`\`${p}\${`));
    assert.deepEqual(stale, [], 'dynamic prefixes listed in messages.test.ts but no longer built in the source');
    const used = (key: string) =>
      source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``) || DYNAMIC_PREFIXES.some((p) => key.startsWith(p));
    assert.deepEqual(keys.filter((k) => !used(k)), [], 'keys no page uses: remove them, or list their template-literal prefix in DYNAMIC_PREFIXES');
  });

  it('writes counts with the plural form each language wants', () => {
    const en = translator('en');
    const es = translator('es');
    assert.equal(en('library.results', { count: 1 }), '1 resource');
    assert.equal(en('library.results', { count: 0 }), '0 resources');
    assert.equal(en('library.results', { count: 1234 }), '1,234 resources');
    assert.equal(es('library.results', { count: 1 }), '1 recurso');
    assert.equal(es('library.results', { count: 2 }), '2 recursos');
    assert.equal(en('editorial.list.count', { count: 1 }), '1 resource');
    assert.equal(en('admin.audit.count', { count: 1 }), '1 event');
    assert.equal(es('admin.audit.count', { count: 3 }), '3 eventos');
    assert.equal(en('documents.statement.count', { count: 1 }), '1 statement');
    assert.equal(es('documents.statement.count', { count: 2 }), '2 declaraciones');
    assert.equal(en('content.summary.more', { count: 1 }), '1 more field');
    assert.equal(es('admin.wait.minutes', { n: 1 }), '1 minuto');
    assert.equal(en('admin.wait.seconds', { n: 30 }), '30 seconds');
  });

  it('fills plain arguments as given, a number as its digits', () => {
    const en = translator('en');
    assert.equal(en('editorial.revision.version', { version: 1200 }), 'Version 1200');
  });

  it('would notice a missing, empty, mismatched or malformed text', () => {
    assert.deepEqual(compare('t', { a: 'A', b: 'B {n}' }, { a: ' ', b: 'B' }), [
      't: "a" is empty in Spanish',
      't: "b" has arguments {n} in English but {} in Spanish',
    ]);
    assert.deepEqual(compare('t', { a: 'A' }, { b: 'B' }), ['t: "a" is missing in Spanish', 't: "b" is missing in English']);
    assert.deepEqual(compare('t', { a: '{n, plural, one {#}}' }, { a: '{n, plural, one {#} other {#}}' }), [
      't: "a" is not valid ICU MessageFormat (MISSING_OTHER_CLAUSE) in English',
    ]);
    assert.match(compare('t', { a: 'A {' }, { a: 'A' })[0], /"a" is not valid ICU MessageFormat \(.*\) in English/);
  });
});
