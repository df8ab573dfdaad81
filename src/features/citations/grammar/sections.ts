/**
 * Section numbers and lists of them: "212(h)", "240A(b)(1)", "1324a", "1440-1", "1003.23(b)(1)",
 * "18.2-250", and "§§ 212(h), 237(a)(2) and (E)". Every reader consumes a bounded number of tokens.
 */
import { inaForUsc, inaRow } from '../data/ina-lookup.ts';
import type { ScanContext } from './context.ts';
import { readSubdivisions } from './subdivisions.ts';
import type { Tokens } from './tokenizer.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isNum, isNumAt, isPunct, isPunctAt, isWord, isWordAt, isWordIn, near, tight } = tokens;

export interface SectionItem {
  section: string;
  subs: string[];
  start: number;
  end: number;
  next: number;
  note?: boolean;
}

export type ItemReader = (j: number) => SectionItem | null;

const MAX_ITEMS = 25;
const LETTER_SUFFIX = /^[A-Za-z]{1,3}$/;

/** An INA section: three digits, an optional section letter (240A), then subdivisions; null unless the section exists. */
export function readInaSection(ctx: ScanContext, j: number, loose = false): SectionItem | null {
  const { toks } = ctx;
  const n = at(toks, j);
  if (!isNum(n, 3) || n!.text.length !== 3) return null;
  let section = n!.text;
  let k = j + 1;
  const letter = at(toks, k);
  if (letter?.type === 'w' && tight(toks, k) && letter.text.length === 1 && inaRow(section + letter.text)) {
    section = inaRow(section + letter.text)!.ina;
    k += 1;
  }
  const row = inaRow(section);
  if (!row) return null;
  if (isPunctAt(toks, k, '.', ':', '/') && tight(toks, k) && isNumAt(toks, k + 1) && tight(toks, k + 1)) return null; // 245.1 is not an INA section
  if (isPunctAt(toks, k, '-') && tight(toks, k) && isNumAt(toks, k + 1) && tight(toks, k + 1) && at(toks, k + 1)!.text.length < 3) return null;
  const { subs, next } = readSubdivisions(toks, k, ctx.mode, loose);
  if (toks.isWordAt(next) && tight(toks, next) && subs.length === 0 && !loose) return null; // "212abc"
  return { section: row.ina, subs, start: n!.start, end: toks.get(next - 1).end, next };
}

/** A U.S. Code section: digits, letters ("1324a", "2000e"), an inner hyphen ("1440-1", "2000e-2"), subdivisions, "note". */
export function readUscSection(ctx: ScanContext, j: number, title: number, loose = false): SectionItem | null {
  const { toks } = ctx;
  const n = at(toks, j);
  if (!isNum(n, 5) || n!.text.startsWith('0')) return null;
  let section = n!.text;
  let k = j + 1;
  const letters = at(toks, k);
  if (letters?.type === 'w' && tight(toks, k) && LETTER_SUFFIX.test(letters.text) && !(loose && letters.text.length === 1 && ctx.mode === 'query' && !inaForUsc(section + letters.lower))) {
    section += letters.lower;
    k += 1;
  }
  if (isPunctAt(toks, k, '-') && tight(toks, k) && isNumAt(toks, k + 1, 3) && tight(toks, k + 1)) {
    const withHyphen = `${section}-${toks.get(k + 1).text}`;
    if (/[a-z]$/.test(section) || (title === 8 && inaForUsc(withHyphen))) {
      section = withHyphen;
      k += 2;
    }
  }
  if (isPunctAt(toks, k, '.') && tight(toks, k) && isNumAt(toks, k + 1) && tight(toks, k + 1)) return null;
  const { subs, next } = readSubdivisions(toks, k, ctx.mode, loose);
  let end = next;
  let note = false;
  if (isWordAt(toks, end, 'note') && near(toks, end, 1)) { note = true; end += 1; }
  return { section, subs, start: n!.start, end: toks.get(end - 1).end, next: end, note };
}

/** A C.F.R. section "part.section" ("1003.23", "274a.12") or, when `partsOnly` or there is no dot, a part. */
export function readCfrSection(ctx: ScanContext, j: number, partsOnly = false, loose = false): SectionItem | null {
  const { toks } = ctx;
  const n = at(toks, j);
  if (!isNum(n, 4) || n!.text.startsWith('0')) return null;
  let part = n!.text;
  let k = j + 1;
  const letters = at(toks, k);
  if (letters?.type === 'w' && tight(toks, k) && (ctx.mode === 'query' ? /^[a-z]{1,2}$/i : /^[a-z]{1,2}$/).test(letters.text)) {
    part += letters.lower;
    k += 1;
  }
  let section: string | null = null;
  if (!partsOnly && isPunctAt(toks, k, '.') && tight(toks, k) && isNumAt(toks, k + 1, 4) && tight(toks, k + 1)) {
    section = toks.get(k + 1).text;
    k += 2;
  }
  if (section === null && isPunctAt(toks, k, '.') && tight(toks, k) && isNumAt(toks, k + 1) && tight(toks, k + 1)) return null;
  const { subs, next } = section === null ? { subs: [], next: k } : readSubdivisions(toks, k, ctx.mode, loose);
  return { section: section === null ? part : `${part}.${section}`, subs, start: n!.start, end: toks.get(next - 1).end, next };
}

/** A state-code section: alphanumeric segments joined by ".", "-", ":" or "/" ("1473.7", "2C:35-5", "5/12-3.05", "53a-61"). */
export function readStateSection(ctx: ScanContext, j: number): SectionItem | null {
  const { toks } = ctx;
  const n = at(toks, j);
  if (!isNum(n, 6)) return null;
  let section = n!.text;
  let k = j + 1;
  let segments = 1;
  while (segments < 8) {
    const t = at(toks, k);
    if (t?.type === 'w' && tight(toks, k) && /^[A-Za-z]{1,2}$/.test(t.text) && /[0-9]$/.test(section)) {
      section += t.text;
      k += 1;
      continue;
    }
    if (isPunct(t, '.', '-', ':', '/') && tight(toks, k)) {
      const after = at(toks, k + 1);
      if (after && after.type !== 'p' && tight(toks, k + 1) && after.text.length <= 8 && (after.type === 'n' || /^[A-Za-z]{1,2}$/.test(after.text))) {
        section += t!.text + after.text;
        k += 2;
        segments += 1;
        continue;
      }
    }
    break;
  }
  const { subs, next } = readSubdivisions(toks, k, ctx.mode);
  return { section, subs, start: n!.start, end: toks.get(next - 1).end, next };
}

type SubStyle = 'num' | 'lower' | 'upper';
const styleOf = (s: string): SubStyle => (/^[0-9]+$/.test(s) ? 'num' : s === s.toLowerCase() ? 'lower' : 'upper');

/** "(U)" after "101(a)(43)(M)(i), and": replaces the deepest level written in the same style. */
export function continueSubdivisions(prev: readonly string[], cont: readonly string[]): string[] {
  const style = styleOf(cont[0]);
  for (let d = prev.length - 1; d >= 0; d -= 1) if (styleOf(prev[d]) === style) return [...prev.slice(0, d), ...cont];
  return [...prev, ...cont];
}

/**
 * Reads a list of sections after a section mark: items joined by ",", "and", "or", "&", "y",
 * ranges ("1101–1103": both ends are kept) and bare continuations ("(i)"). After a singular mark,
 * a further item joined by a comma alone must carry subdivisions ("INA § 212(h), 212(i)"), so that
 * "INA § 212(h), 240 days later" stays one citation.
 */
export function readSectionList(ctx: ScanContext, j: number, readItem: ItemReader, plural: boolean): { items: SectionItem[]; next: number } | null {
  const { toks } = ctx;
  const first = readItem(j);
  if (!first) return null;
  const items = [first];
  let k = first.next;
  while (items.length < MAX_ITEMS) {
    let m = k;
    let joined = false;
    const comma = isPunctAt(toks, m, ',') && tight(toks, m);
    if (comma) m += 1;
    const w = at(toks, m);
    if (isWord(w, 'and', 'or', 'y', 'through', 'to', 'thru') && near(toks, m)) { joined = true; m += 1; }
    else if (!comma && isPunct(w, '&', '-', '/') && near(toks, m, 1)) { joined = true; m += 1; }
    if (!comma && !joined) break;
    if (!near(toks, m)) break;
    const prev = items[items.length - 1];
    if (isPunctAt(toks, m, '(')) {
      const { subs, next } = readSubdivisions(toks, m, ctx.mode);
      if (subs.length === 0 || prev.subs.length === 0) break;
      items.push({ section: prev.section, subs: continueSubdivisions(prev.subs, subs), start: toks.get(m).start, end: toks.get(next - 1).end, next });
      k = next;
      continue;
    }
    const item = readItem(m);
    if (!item || !(plural || joined || item.subs.length > 0)) break;
    // "…, and 8 C.F.R. § 204.11": a number followed by a code's name starts the next citation
    const after = at(toks, item.next);
    if (item.subs.length === 0 && after?.type === 'w' && near(toks, item.next) && after.text[0] !== after.text[0].toLowerCase()) break;
    items.push(item);
    k = item.next;
  }
  return { items, next: k };
}

const SECTION_WORDS = new Set(['section', 'sección', 'seccion', 'sec', 'secs', 'sections', 'secciones', 'artículo', 'articulo']);

/** Section marks: "§", "§§", "section(s)", "sec.", "secs.", "sección". Returns where the number starts. */
export function readSectionMark(toks: Tokens, j: number): { next: number; plural: boolean } | null {
  const t = at(toks, j);
  if (isPunct(t, '§')) {
    if (isPunctAt(toks, j + 1, '§') && tight(toks, j + 1)) return { next: j + 2, plural: true };
    return { next: j + 1, plural: false };
  }
  if (isWordIn(t, SECTION_WORDS)) {
    const plural = ['sections', 'secciones', 'secs'].includes(t!.lower);
    const next = isPunctAt(toks, j + 1, '.') && tight(toks, j + 1) ? j + 2 : j + 1;
    if (t!.lower === 'sec' || t!.lower === 'secs') {
      if (next === j + 1 && !isNumAt(toks, next)) return null;
    }
    return { next, plural };
  }
  return null;
}
