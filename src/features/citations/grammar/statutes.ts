/**
 * Statutes: the INA by name ("INA § 212(h)", "Immigration and Nationality Act § 208", "section
 * 240A(b)(1) of the Act", "sección 212(h) de la INA"), the U.S. Code ("8 U.S.C. § 1182(h)",
 * "8 USC 1182(h)", "8 U.S.C.A.", "Title 8, United States Code, section 1182", "18 U.S.C. § 16"),
 * bare sections that can only be the INA ("a 212(h) waiver"), and bare "§"-sections resolved by
 * what the text cited before.
 */
import { CFR_TITLE_8_PARTS } from '../data/cfr-title8.ts';
import { inaForUsc } from '../data/ina-lookup.ts';
import { cfrKey, inaKey, uscKey } from '../keys.ts';
import type { Citation } from '../types.ts';
import { type Rule, type RuleMatch, type ScanContext, makeCitation } from './context.ts';
import {
  type SectionItem, readCfrSection, readInaSection, readSectionList, readSectionMark, readStateSection, readUscSection,
} from './sections.ts';
import { matchStateByMemory, readPostfixStateCode, stateCitation } from './state-codes.ts';
import { formatSubdivisions, normalizeSubdivisions } from './subdivisions.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isCap, isNum, isNumAt, isPunct, isPunctAt, isWord, isWordAt, isWordIn, near, readSquashed, squashedForms, tight } = tokens;

const USC_FORMS = squashedForms(['usc', 'usca', 'uscs', 'uscode', 'unitedstatescode']);
const INA_FORMS = squashedForms(['ina']);
const INA_OR_ACT = squashedForms(['ina', 'act']);

export function inaCitation(item: SectionItem, display?: string): Citation {
  const subs = normalizeSubdivisions(item.subs, 'statute');
  return makeCitation('statute', inaKey(item.section, subs), display ?? `INA § ${item.section}${formatSubdivisions(subs)}`, item.start, item.end);
}

/** A U.S. Code section; title 8 sections of the INA take their INA key. */
export function uscCitation(title: number, item: SectionItem, start = item.start): Citation {
  const subs = normalizeSubdivisions(item.subs, 'statute');
  const display = `${title} U.S.C. § ${item.section}${formatSubdivisions(subs)}${item.note ? ' note' : ''}`;
  const ina = title === 8 && !item.note ? inaForUsc(item.section) : undefined;
  const key = ina ? inaKey(ina, subs) : uscKey(title, item.section, subs, item.note);
  return makeCitation('statute', key, display, start, item.end);
}

export function cfrCitation(title: number, item: SectionItem, partsOnly: boolean, start = item.start): Citation {
  const dot = item.section.indexOf('.');
  const part = dot < 0 ? item.section : item.section.slice(0, dot);
  const section = dot < 0 ? null : item.section.slice(dot + 1);
  const subs = normalizeSubdivisions(item.subs, 'cfr');
  const key = cfrKey(title, part, partsOnly ? null : section, subs);
  const display = section === null || partsOnly ? `${title} C.F.R. pt. ${part}` : `${title} C.F.R. § ${item.section}${formatSubdivisions(subs)}`;
  return makeCitation('regulation', key, display, start, item.end);
}

/** Where the name of the INA ends: "INA", "I.N.A.", "Immigration and Nationality Act [(INA)]". */
function readInaName(ctx: ScanContext, i: number): number | null {
  const { toks, mode } = ctx;
  const t = toks.get(i);
  if (t.type !== 'w') return null;
  if (t.lower === 'ina' || (t.lower === 'i' && isPunctAt(toks, i + 1, '.'))) {
    if (mode === 'text' && t.text !== 'INA' && t.text !== 'I') return null;
    const r = readSquashed(toks, i, INA_FORMS, 6);
    if (!r) return null;
    let k = r.next;
    if (isPunctAt(toks, k, "'") && isWordAt(toks, k + 1, 's')) k += 2;
    return k;
  }
  if (t.lower === 'ley' && isWordAt(toks, i + 1, 'de') && isWordAt(toks, i + 2, 'inmigración', 'inmigracion') && isWordAt(toks, i + 3, 'y') && isWordAt(toks, i + 4, 'nacionalidad')) {
    if (mode === 'text' && t.text !== 'Ley') return null;
    return i + 5;
  }
  if (t.lower === 'immigration' && isWordAt(toks, i + 1, 'and') && isWordAt(toks, i + 2, 'nationality') && isWordAt(toks, i + 3, 'act')) {
    if (mode === 'text' && !isCap(toks.get(i + 3))) return null;
    let k = i + 4;
    if (isPunctAt(toks, k, '(') && near(toks, k, 1)) {
      let m = k + 1;
      if (isWordAt(toks, m, 'the')) m += 1;
      const r = readSquashed(toks, m, INA_OR_ACT, 6);
      if (r && isPunctAt(toks, r.next, ')')) k = r.next + 1;
    }
    return k;
  }
  return null;
}

/** "INA § 212(h)", "INA sec. 237(a)", "INA 212(h)", "Immigration and Nationality Act (INA) § 208(b)". */
export const matchInaByName: Rule = (ctx, i) => {
  const afterName = readInaName(ctx, i);
  if (afterName === null) return null;
  const { toks } = ctx;
  let k = afterName;
  if (isPunctAt(toks, k, ',') && tight(toks, k)) k += 1;
  const mark = readSectionMark(toks, k);
  const start = mark ? mark.next : k;
  if (!near(toks, start)) return null;
  const loose = ctx.mode === 'query';
  const list = readSectionList(ctx, start, (j) => readInaSection(ctx, j, loose), mark?.plural ?? false);
  if (!list) return null;
  const cites = list.items.map((item, n) => {
    const c = inaCitation(item);
    if (n === 0) c.start = toks.get(i).start;
    return c;
  });
  return { cites, next: list.next };
};

/** The U.S. Code abbreviation after a title number, and an optional section mark. */
function readUscAfterTitle(ctx: ScanContext, k: number): { next: number; plural: boolean } | null {
  const { toks } = ctx;
  if (isPunctAt(toks, k, ',')) k += 1;
  if (isWordAt(toks, k, 'of') && isWordAt(toks, k + 1, 'the')) k += 2;
  const abbr = readSquashed(toks, k, USC_FORMS, 10);
  if (!abbr) return null;
  if (ctx.mode === 'text' && toks.get(k).text !== toks.get(k).text.toUpperCase() && toks.get(k).lower !== 'united') return null;
  let m = abbr.next;
  if (isWordAt(toks, m, 'ann') && near(toks, m, 1)) m = isPunctAt(toks, m + 1, '.') ? m + 2 : m + 1;
  if (isPunctAt(toks, m, ',')) m += 1;
  const mark = readSectionMark(toks, m);
  if (mark) return mark;
  return { next: m, plural: false };
}

/** "8 U.S.C. § 1182(h)", "8 USC 1101(a)(43)", "18 U.S.C. §§ 16, 924(c)", "Title 8, U.S.C. § 1182". */
export const matchUsc: Rule = (ctx, i) => {
  const { toks } = ctx;
  let j = i;
  if (isWordAt(toks, i, 'title') && isNumAt(toks, i + 1, 2) && near(toks, i + 1)) j = i + 1;
  const t = toks.get(j);
  if (!isNum(t, 2)) return null;
  const title = Number(t.text);
  if (title < 1 || title > 54) return null;
  if (!near(toks, j + 1, 2)) return null;
  const after = readUscAfterTitle(ctx, j + 1);
  if (!after || !near(toks, after.next)) return null;
  const loose = ctx.mode === 'query';
  const list = readSectionList(ctx, after.next, (m) => readUscSection(ctx, m, title, loose), after.plural);
  if (!list) return null;
  ctx.citedUsc = true;
  ctx.lastUscTitle = title;
  let next = list.next;
  if (isWordAt(toks, next, 'et') && isWordAt(toks, next + 1, 'seq')) next = isPunctAt(toks, next + 2, '.') ? next + 3 : next + 2;
  const cites = list.items.map((item, n) => uscCitation(title, item, n === 0 ? toks.get(i).start : item.start));
  return { cites, next };
};

type Postfix = { code: 'INA' | 'other'; next: number } | { code: 'USC'; title: number; next: number };

/** "… of the INA", "… of the Act", "… de la INA", "… of title 8, United States Code", "… of the Rehabilitation Act". */
function readPostfix(ctx: ScanContext, k: number): Postfix | null {
  const { toks } = ctx;
  const of = at(toks, k);
  if (!isWord(of, 'of', 'de', 'del') || !near(toks, k)) return null;
  let m = k + 1;
  if (isWordAt(toks, m, 'the', 'la', 'el')) m += 1;
  const w = at(toks, m);
  if (!w) return null;
  const inaName = readInaName(ctx, m);
  if (inaName !== null) return { code: 'INA', next: inaName };
  if (w.type === 'w' && w.text === 'Act') return { code: 'INA', next: m + 1 };
  if (isWord(w, 'ley') && isWordAt(toks, m + 1, 'de') && isWordAt(toks, m + 2, 'inmigración', 'inmigracion')) {
    let e = m + 3;
    if (isWordAt(toks, e, 'y') && isWordAt(toks, e + 1, 'nacionalidad')) e += 2;
    return { code: 'INA', next: e };
  }
  if (isWord(w, 'title', 'título', 'titulo') && isNumAt(toks, m + 1, 2)) {
    const title = Number(toks.get(m + 1).text);
    let e = m + 2;
    const code = readUscAfterTitle(ctx, e);
    if (code && !isNumAt(toks, code.next)) e = code.next;
    return { code: 'USC', title, next: e };
  }
  if (isCap(w) || w.type === 'n') return { code: 'other', next: m };
  return null;
}

/** Words after which a number is a page, a room, a rule, … and never a bare section. */
const NOT_BEFORE_SECTION = new Set(['id', 'at', 'page', 'pages', 'p', 'pp', 'room', 'suite', 'ste', 'no', 'ext', 'apt', 'unit', 'floor', 'box',
  'rule', 'rules', 'r', 'article', 'paragraph', 'para', 'exhibit', 'item', 'line', 'question', 'footnote', 'n', 'dkt', 'ecf', 'doc',
  'form', 'chapter', 'ch', 'part', 'title', 'tit', 'vol', 'volume', 'stat', 'code', 'law', 'laws', 'ilcs']);

const dropped = (ctx: ScanContext, i: number): boolean => {
  const prev = at(ctx.toks, i - 1);
  return isWordIn(prev, NOT_BEFORE_SECTION) || isPunct(prev, '$', '#');
};

/**
 * A section mark with no code before it: "section 240A(b)(1) of the Act", "§ 212(h)", "sections
 * 212 and 237 of the INA", "Section 1182 of title 8", "§ 784.03, Fla. Stat.". Resolved, in order, by
 * a state code named after it or cited before with the same section, by the INA, by 8 U.S.C. when
 * the text cites the U.S. Code (or the section carries subdivisions), by 8 C.F.R. when the text
 * cites the C.F.R.; a section of another named act ("section 504 of the Rehabilitation Act") is none.
 */
export const matchSectionMark: Rule = (ctx, i) => {
  const { toks } = ctx;
  const mark = readSectionMark(toks, i);
  if (!mark || !near(toks, mark.next) || !isNumAt(toks, mark.next)) return null;
  const k = mark.next;
  // "IIRIRA § 309(c)(5)", "NACARA § 203", "REAL ID Act § 101(a)(3)": a section of another act
  const before = at(toks, i - 1);
  if (before && near(toks, i) && before.type === 'w' && ((before.text.length >= 3 && before.text === before.text.toUpperCase() && before.text !== 'INA' && !/^[IVX]+$/.test(before.text)) || before.text === 'Act')) {
    const skip = readSectionList(ctx, k, (j) => readStateSection(ctx, j), mark.plural);
    return skip ? { cites: [], next: skip.next } : null;
  }
  const state = matchStateByMemory(ctx, i, k, mark.plural) ?? readPostfixStateList(ctx, i, k, mark.plural);
  if (state) return state;

  const ina = readSectionList(ctx, k, (j) => readInaSection(ctx, j), mark.plural);
  if (ina) {
    const post = readPostfix(ctx, ina.next);
    if (post?.code === 'INA' || !post) {
      const cites = ina.items.map((item, n) => {
        const c = inaCitation(item);
        if (n === 0) c.start = toks.get(i).start;
        if (post && n === ina.items.length - 1) c.end = toks.get(post.next - 1).end;
        return c;
      });
      return { cites, next: post ? post.next : ina.next };
    }
    if (post.code === 'other') return { cites: [], next: post.next };
  }
  const usc = readSectionList(ctx, k, (j) => readUscSection(ctx, j, 8), mark.plural);
  if (usc) {
    const post = readPostfix(ctx, usc.next);
    if (post?.code === 'USC') {
      ctx.citedUsc = true;
      ctx.lastUscTitle = post.title;
      const cites = usc.items.map((item, n) => uscCitation(post.title, item, n === 0 ? toks.get(i).start : item.start));
      cites[cites.length - 1].end = toks.get(post.next - 1).end;
      return { cites, next: post.next };
    }
    if (post?.code === 'other') return { cites: [], next: post.next };
    const mapped = usc.items.filter((item) => inaForUsc(item.section) && (item.subs.length > 0 || ctx.citedUsc || ctx.mode === 'query'));
    if (mapped.length > 0 && !post) {
      return { cites: mapped.map((item, n) => uscCitation(8, item, n === 0 && item === usc.items[0] ? toks.get(i).start : item.start)), next: usc.next };
    }
    // "18 U.S.C. § 16(a) … § 16(b)": a section with subdivisions in the title cited last
    const title = ctx.lastUscTitle;
    if (!post && title !== null && title !== 8 && usc.items.every((item) => item.subs.length > 0)) {
      return { cites: usc.items.map((item, n) => uscCitation(title, item, n === 0 ? toks.get(i).start : item.start)), next: usc.next };
    }
  }
  if (ctx.citedCfr || ctx.mode === 'query') {
    const cfr = readSectionList(ctx, k, (j) => readCfrSection(ctx, j), mark.plural);
    if (cfr?.items.every((item) => item.section.includes('.') && CFR_TITLE_8_PARTS.has(item.section.split('.')[0]))) {
      return { cites: cfr.items.map((item, n) => cfrCitation(8, item, false, n === 0 ? toks.get(i).start : item.start)), next: cfr.next };
    }
  }
  // "Cal. Penal Code § 1473.7 … an expungement under § 1203.4": a dotted section in the state code cited last
  const code = ctx.lastStateCode;
  if (code) {
    const list = readSectionList(ctx, k, (j) => readStateSection(ctx, j), mark.plural);
    if (list?.items.every((item) => /^[0-9]+\.[0-9]+[a-z]?$/i.test(item.section))) {
      return { cites: list.items.map((item, n) => stateCitation(ctx, code, null, item, n === 0 ? toks.get(i).start : item.start)), next: list.next };
    }
  }
  return null;
};

/** "§ 784.03, Fla. Stat." — the code named after the section. */
function readPostfixStateList(ctx: ScanContext, i: number, k: number, plural: boolean): RuleMatch | null {
  const list = readSectionList(ctx, k, (j) => readStateSection(ctx, j), plural);
  if (!list) return null;
  const post = readPostfixStateCode(ctx, list.next);
  if (!post) return null;
  const cites = list.items.map((item, n) => stateCitation(ctx, post.code, null, item, n === 0 ? ctx.toks.get(i).start : item.start));
  cites[cites.length - 1].end = ctx.toks.get(post.next - 1).end;
  return { cites, next: post.next };
}

/**
 * A section number alone. In text only an INA section followed by subdivisions ("a 212(h) waiver",
 * "245(i) adjustment"); in a query also "212h", "240A", "1182(h)", and "1003.23" when that is a
 * part of Title 8 of the C.F.R. Years, amounts and page numbers are never read.
 */
export const matchBareSection: Rule = (ctx, i) => {
  const { toks, mode } = ctx;
  const t = toks.get(i);
  // in a text only an INA section (three digits) is read bare
  if (!isNum(t, 5) || (mode === 'text' && t.text.length !== 3) || dropped(ctx, i)) return null;
  const prev = at(toks, i - 1);
  if (prev && tight(toks, i) && (prev.type === 'w' || prev.type === 'n' || isPunct(prev, '-', '.', '/', ':', ','))) return null;
  const ina = readInaSection(ctx, i, mode === 'query');
  if (ina && (ina.subs.length > 0 || (mode === 'query' && /[A-D]$/.test(ina.section)))) {
    if (mode === 'text' && (isPunctAt(toks, ina.next, '-') && tight(toks, ina.next))) return null;
    return { cites: [inaCitation(ina)], next: ina.next };
  }
  if (mode !== 'query') return null;
  const usc = readUscSection(ctx, i, 8, true);
  if (usc && inaForUsc(usc.section) && usc.subs.length > 0) return { cites: [uscCitation(8, usc)], next: usc.next };
  const cfr = readCfrSection(ctx, i, false, true);
  if (cfr?.section.includes('.') && CFR_TITLE_8_PARTS.has(cfr.section.split('.')[0])) return { cites: [cfrCitation(8, cfr, false)], next: cfr.next };
  return null;
};
