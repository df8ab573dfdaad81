/**
 * State codes, read from the table in data/state-codes.ts: "<state> <code name> [§|section|art.]
 * <section>" in any of its spellings ("Cal. Pen. Code § 1473.7", "California Penal Code section
 * 1473.7", "Cal Penal Code 1473.7"), the local acronyms ("RCW 9A.36.041", "O.C.G.A. § 16-13-30"),
 * codes located by title or chapter ("720 ILCS 5/12-3", "Mass. Gen. Laws ch. 265, § 13A",
 * "Okla. Stat. tit. 21, § 645"), and codes of the default state named without the state ("Penal
 * Code § 1016.5", "P.C. § 1203.4", "H&S Code § 11377").
 */
import type { StateCodeDef } from '../data/state-codes.ts';
import { stateKey } from '../keys.ts';
import type { Citation } from '../types.ts';
import { type Rule, type RuleMatch, type ScanContext, makeCitation } from './context.ts';
import { type SectionItem, readSectionList, readSectionMark, readStateSection } from './sections.ts';
import { formatSubdivisions, normalizeSubdivisions } from './subdivisions.ts';
import {
  ABBREVIATIONS, DROPPED, MAX_NAME_WORDS, MULTI_WORD_FIRST, NAME_TREE, type NameNode, STATE_FORMS, STATE_PREFIXES,
  beginsCodeName, canonicalPieces, mayStartCodeName, walkPiece,
} from './code-names.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isCap, isNum, isNumAt, isPunct, isPunctAt, isWordAt, isWordInAt, near, tight } = tokens;

interface NameWord { word: string; next: number; abbreviation: boolean }

/**
 * Reads the words of a possible code name ("N.Y." → "ny", "Gov't" → "govt", "H&S" → "h and s"),
 * stopping at the first word after which no code name can continue, and at nine words.
 */
function readNameWords(ctx: ScanContext, i: number): NameWord[] {
  const { toks } = ctx;
  const words: NameWord[] = [];
  const raw: string[] = [];
  let k = i;
  while (words.length < MAX_NAME_WORDS && k < toks.length) {
    if (words.length > 0 && !near(toks, k)) break;
    const t = toks.get(k);
    let word: string;
    let m = k + 1;
    if (isPunct(t, '&')) word = 'and';
    else if (isPunct(t, ',') && words.length > 0 && tight(toks, k) && isCap(at(toks, k + 1))) { k += 1; continue; }
    else if (t.type !== 'w') break;
    else {
      word = t.lower;
      // initials joined by periods: N.Y., O.C.G.A., P.C.
      if (word.length === 1) {
        while (isPunctAt(toks, m, '.') && tight(toks, m) && toks.isWordAt(m + 1) && at(toks, m + 1)!.text.length === 1 && tight(toks, m + 1)) {
          word += toks.get(m + 1).lower;
          m += 2;
        }
      }
      if (isPunctAt(toks, m, "'") && tight(toks, m) && toks.isWordAt(m + 1) && tight(toks, m + 1) && toks.get(m + 1).text.length <= 2) {
        word += toks.get(m + 1).lower;
        m += 2;
      }
    }
    raw.push(word);
    if (!beginsCodeName(raw) && !(raw.length <= 2 && MULTI_WORD_FIRST.has(raw[0]) && STATE_PREFIXES.has(raw.join(' ')))) break;
    const abbreviation = word in ABBREVIATIONS || STATE_FORMS.has(word) || word.length <= 4 || DROPPED.has(word);
    const dotted = isPunctAt(toks, m, '.') && tight(toks, m);
    if (dotted && abbreviation) m += 1;
    words.push({ word, next: m, abbreviation });
    k = m;
    if (dotted && !abbreviation) break; // "Code." ends a sentence
  }
  return words;
}

export interface CodeName { code: StateCodeDef; next: number; titleBefore: boolean; acronym: boolean }

/** The longest code name starting at token i that fits `want`. */
function readCodeName(ctx: ScanContext, i: number, want: 'named' | 'title-before'): CodeName | null {
  const t = ctx.toks.get(i);
  if (t?.type !== 'w') return null;
  if (!mayStartCodeName(t, ctx.mode)) return null;
  // the middle of a run of initials ("C.G.S." inside "N.C.G.S.") starts nothing
  if (t.text.length === 1 && isPunctAt(ctx.toks, i - 1, '.') && tight(ctx.toks, i) && ctx.toks.isWordAt(i - 2) && at(ctx.toks, i - 2)!.text.length === 1 && tight(ctx.toks, i - 1)) return null;
  const words = readNameWords(ctx, i);
  if (words.length === 0) return null;
  const pieces = canonicalPieces(words.map((w) => w.word));
  const prefixes: { node: NameNode; upTo: number }[] = [];
  let node: NameNode | undefined = NAME_TREE;
  for (const { piece, upTo } of pieces) {
    node = walkPiece(node, piece);
    if (node === undefined) break;
    prefixes.push({ node, upTo });
  }
  for (let n = prefixes.length - 1; n >= 0; n -= 1) {
    const entries = prefixes[n].node.entries;
    if (!entries) continue;
    for (const e of entries) {
      if ((want === 'title-before') !== e.titleBefore) continue;
      if (e.bare && !(e.code.state === ctx.defaultState || e.code.state === 'NY')) continue;
      return { code: e.code, next: words[prefixes[n].upTo - 1].next, titleBefore: e.titleBefore, acronym: e.acronym };
    }
  }
  return null;
}

/** Builds the citation of one state section and remembers it for later bare "§" references. */
export function stateCitation(ctx: ScanContext, code: StateCodeDef, title: string | null, item: SectionItem, start: number): Citation {
  const section = code.lowerLetters ? item.section.toLowerCase() : item.section.toUpperCase();
  const subs = normalizeSubdivisions(item.subs, 'state');
  (ctx.stateSections ??= new Map()).set(section, { code, title });
  if (!code.locator) ctx.lastStateCode = code;
  const s = `${section}${formatSubdivisions(item.subs)}`;
  const mark = code.marker ?? '§';
  const display = code.locator === 'title-before'
    ? (code.key === 'ILCS' ? `${title} ILCS ${s}` : `${title} ${code.key} § ${s}`)
    : code.locator === 'title-after' ? `${code.key} tit. ${title}, § ${s}`
      : code.locator === 'chapter' ? `${code.key} ch. ${title}, § ${s}` : `${code.key} ${mark} ${s}`;
  return makeCitation('state-code', stateKey(code, title, section, subs), display, start, item.end);
}

const CHAPTER_WORDS = new Set(['ch', 'c', 'chapter', 'chap']);
const TITLE_WORDS = new Set(['tit', 'title']);

/** "tit. 21," / "ch. 265," / "c. 94C," before the section. */
function readLocator(ctx: ScanContext, k: number, kind: 'title-after' | 'chapter'): { value: string; next: number } | null {
  const { toks } = ctx;
  if (!isWordInAt(toks, k, kind === 'chapter' ? CHAPTER_WORDS : TITLE_WORDS) || !near(toks, k)) return null;
  let m = isPunctAt(toks, k + 1, '.') ? k + 2 : k + 1;
  if (!isNumAt(toks, m, 4) || !near(toks, m)) return null;
  let value = toks.get(m).text;
  m += 1;
  const suffix = at(toks, m);
  if (suffix?.type === 'w' && tight(toks, m) && suffix.text.length === 1) { value += suffix.text.toUpperCase(); m += 1; }
  else if (isPunct(suffix, '-') && tight(toks, m) && toks.isWordAt(m + 1) && at(toks, m + 1)!.text.length === 1) { value += `-${toks.get(m + 1).text.toUpperCase()}`; m += 2; }
  if (isPunctAt(toks, m, ',')) m += 1;
  return { value, next: m };
}

function readSections(ctx: ScanContext, name: CodeName, k: number, title: string | null, start: number): RuleMatch | null {
  const { toks } = ctx;
  if (isPunctAt(toks, k, ',') && tight(toks, k)) k += 1;
  // "California Penal Code (PC) § 1473.7": the code's own acronym in parentheses
  if (isPunctAt(toks, k, '(') && toks.isWordAt(k + 1) && tight(toks, k + 1) && at(toks, k + 1)!.text.length <= 5
    && isPunctAt(toks, k + 2, ')') && tight(toks, k + 2)) k += 3;
  let mark = readSectionMark(toks, k);
  if (!mark && isWordAt(toks, k, 'art', 'article', 'arts', 'articles')) {
    mark = { next: isPunctAt(toks, k + 1, '.') ? k + 2 : k + 1, plural: at(toks, k)!.lower.startsWith('arts') || at(toks, k)!.lower === 'articles' };
  }
  const from = mark ? mark.next : k;
  if (!near(toks, from) || !isNumAt(toks, from)) return null;
  const list = readSectionList(ctx, from, (j) => readStateSection(ctx, j), mark?.plural ?? false);
  if (!list) return null;
  const first = list.items[0];
  if (name.acronym && !mark) {
    // "PC 459" is a section, "WIC 2023" is not: acronyms alone need a dotted or hyphenated number
    const plain = /^[0-9]+$/.test(first.section);
    const yearLike = plain && Number(first.section) >= 1900 && Number(first.section) <= 2100;
    if (plain && (name.code.key !== 'Cal. Penal Code' || yearLike)) return null;
  }
  const cites = list.items.map((item, n) => stateCitation(ctx, name.code, title, item, n === 0 ? start : item.start));
  return { cites, next: list.next };
}

/** A code named by state (or by acronym, or bare for the default state), then its sections. */
export const matchStateCode: Rule = (ctx, i) => {
  const name = readCodeName(ctx, i, 'named');
  if (!name) return null;
  let k = name.next;
  let title: string | null = null;
  if (name.code.locator === 'title-after' || name.code.locator === 'chapter') {
    const loc = readLocator(ctx, k, name.code.locator);
    if (!loc) return null;
    title = loc.value;
    k = loc.next;
  }
  return readSections(ctx, name, k, title, ctx.toks.get(i).start);
};

/** "720 ILCS 5/12-3", "18 Pa. Cons. Stat. § 3502", "21 O.S. § 645". */
export const matchStateTitleBefore: Rule = (ctx, i) => {
  const { toks } = ctx;
  const t = toks.get(i);
  if (!isNum(t, 3) || !near(toks, i + 1)) return null;
  const name = readCodeName(ctx, i + 1, 'title-before');
  if (!name) return null;
  return readSections(ctx, name, name.next, t.text, t.start);
};

/** A bare "§ 273.5" after the text cited "Cal. Penal Code § 273.5": the same code. */
export function matchStateByMemory(ctx: ScanContext, i: number, k: number, plural: boolean): RuleMatch | null {
  const sections = ctx.stateSections;
  if (sections === null || sections.size === 0) return null;
  const list = readSectionList(ctx, k, (j) => readStateSection(ctx, j), plural);
  if (!list) return null;
  const found = list.items.map((item) => sections.get(item.section) ?? sections.get(item.section.toUpperCase()) ?? sections.get(item.section.toLowerCase()));
  if (found.some((f) => !f)) return null;
  const cites = list.items.map((item, n) => stateCitation(ctx, found[n]!.code, found[n]!.title, item, n === 0 ? ctx.toks.get(i).start : item.start));
  return { cites, next: list.next };
}

/**
 * The code named after a section: ", Fla. Stat." (Florida's own citation form) or "of the
 * California Penal Code" / "of the Penal Code".
 */
export function readPostfixStateCode(ctx: ScanContext, k: number): { code: StateCodeDef; next: number } | null {
  const { toks } = ctx;
  let m = k;
  if (isPunctAt(toks, m, ',') && tight(toks, m)) m += 1;
  else if (isWordAt(toks, m, 'of', 'del', 'de') && near(toks, m)) {
    m += 1;
    if (isWordAt(toks, m, 'the', 'la', 'el')) m += 1;
  } else return null;
  const name = readCodeName(ctx, m, 'named');
  if (!name || name.code.locator) return null;
  if (isNumAt(toks, name.next) || readSectionMark(toks, name.next)) return null;
  return { code: name.code, next: name.next };
}
