import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { en } from './en.ts';
import { es } from './es.ts';

/**
 * The message catalogs: every key in both languages, never empty, with the same `{placeholders}`,
 * and every key used somewhere in src/. Keys built at run time from a template literal are
 * allowed through the prefixes below; each prefix must itself appear in the source as
 * `` `prefix${ `` so the list cannot outlive the code that needs it.
 */
const DYNAMIC_PREFIXES = [
  'audience.', // LibraryView, ResourcePage: t(`audience.${a}`)
  'library.sort.', // LibraryView: t(`library.sort.${s}`)
  'library.problem.', // resources/views/problems.ts: t(`library.problem.${code}`)
  'admin.role.', // staff screens: t(`admin.role.${role}`) (admin area)
  'editorial.state.', // editorial ResourceList: t(`editorial.state.${status}`)
  'editorial.action.', // editorial WorkflowPanel: t(`editorial.action.${a}`)
  'editorial.toolbar.', // editorial ResourceForm: t(`editorial.toolbar.${k}`)
  'editorial.diff.label.', // editorial History: t(`editorial.diff.label.${field}`)
  'editorial.refused.state.', // editorial workflow.ts: assertTransition's text parts, `editorial.refused.state.${from}`
  'editorial.refused.action.', // editorial workflow.ts: assertTransition's text parts, `editorial.refused.action.${action}`
];

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.resolve(here, '../..');
const messagesDir = path.join(here, 'messages');

type Catalog = Record<string, string>;

/** The object an area file exports (`siteEn`, `adminEs`, …). */
async function loadArea(file: string): Promise<Catalog> {
  const mod = (await import(pathToFileURL(path.join(messagesDir, file)).href)) as Record<string, unknown>;
  const objects = Object.values(mod).filter((v): v is Catalog => typeof v === 'object' && v !== null);
  assert.equal(objects.length, 1, `${file} should export exactly one catalog object`);
  return objects[0];
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
}

/** Problems comparing an English catalog with its Spanish one. */
function compare(name: string, english: Catalog, spanish: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    if (!(key in spanish)) problems.push(`${name}: "${key}" is missing in Spanish`);
  }
  for (const key of Object.keys(spanish)) {
    if (!(key in english)) problems.push(`${name}: "${key}" is missing in English`);
  }
  for (const [lang, catalog] of [['English', english], ['Spanish', spanish]] as const) {
    for (const [key, text] of Object.entries(catalog)) {
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${name}: "${key}" is empty in ${lang}`);
    }
  }
  for (const key of Object.keys(english)) {
    if (key in spanish && placeholders(english[key]) !== placeholders(spanish[key])) {
      problems.push(`${name}: "${key}" has placeholders {${placeholders(english[key])}} in English but {${placeholders(spanish[key])}} in Spanish`);
    }
  }
  return problems;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== messagesDir) sourceFiles(full, out);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && full !== path.join(here, 'en.ts') && full !== path.join(here, 'es.ts')) {
      out.push(full);
    }
  }
  return out;
}

describe('message catalogs', () => {
  const areas = fs.readdirSync(messagesDir).filter((f) => /\.(en|es)\.ts$/.test(f)).map((f) => f.replace(/\.(en|es)\.ts$/, ''));

  it('has an English and a Spanish file for every area', () => {
    assert.ok(areas.includes('site'), 'the site area exists');
    for (const area of new Set(areas)) {
      assert.ok(fs.existsSync(path.join(messagesDir, `${area}.en.ts`)), `${area}.en.ts exists`);
      assert.ok(fs.existsSync(path.join(messagesDir, `${area}.es.ts`)), `${area}.es.ts exists`);
    }
  });

  it('gives every key of every area a non-empty text in both languages, with the same placeholders', async () => {
    const problems: string[] = [];
    for (const area of new Set(areas)) {
      const english = await loadArea(`${area}.en.ts`);
      const spanish = await loadArea(`${area}.es.ts`);
      problems.push(...compare(`messages/${area}`, english, spanish));
      for (const key of Object.keys(english)) {
        if (!(key in en)) problems.push(`messages/${area}: "${key}" is not composed into en.ts`);
        if (!(key in es)) problems.push(`messages/${area}: "${key}" is not composed into es.ts`);
      }
    }
    problems.push(...compare('en.ts/es.ts', en, es));
    assert.deepEqual(problems, []);
  });

  it('uses every key somewhere in src/', () => {
    const source = sourceFiles(srcDir).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const keys = Object.keys(en);
    const stale = DYNAMIC_PREFIXES.filter((p) => keys.some((k) => k.startsWith(p)) && !source.includes(`\`${p}\${`));
    assert.deepEqual(stale, [], 'dynamic prefixes listed in catalog.test.ts but no longer built in the source');
    const used = (key: string) =>
      source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``) || DYNAMIC_PREFIXES.some((p) => key.startsWith(p));
    const unused = keys.filter((k) => !used(k));
    assert.deepEqual(unused, [], 'keys no page uses: remove them, or list their template-literal prefix in DYNAMIC_PREFIXES');
  });

  it('would notice a missing, empty or unused key', () => {
    assert.deepEqual(compare('t', { a: 'A', b: 'B {n}' }, { a: ' ', b: 'B' }), [
      't: "a" is empty in Spanish',
      't: "b" has placeholders {n} in English but {} in Spanish',
    ]);
    assert.deepEqual(compare('t', { a: 'A' }, { b: 'B' }), ['t: "a" is missing in Spanish', 't: "b" is missing in English']);
  });
});
