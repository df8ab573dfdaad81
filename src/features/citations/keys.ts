/**
 * Canonical keys: how they are built, read back, and related to each other (parents, ancestors,
 * INA ↔ 8 U.S.C. equivalents, the keys a citing resource is indexed under).
 *
 *   INA 212(h)(1)(A)          8 USC 1367(a)(2)        18 USC 16(a)
 *   8 CFR 1003.23(b)(1)       8 CFR part 1003
 *   23 I&N Dec. 621           559 US 356              791 F.3d 1007
 *   Form I-601A               Form I-918 Supplement B
 *   Cal. Penal Code 1473.7    720 ILCS 5/12-3         Mass. Gen. Laws ch. 265, 13A
 *   89 Fed. Reg. 12345        Pub. L. 104-208         110 Stat. 3009-546
 *   Matter of Pickering       Padilla v. Kentucky     (case names without a reporter citation)
 */
import { inaForUsc, uscForIna } from './data/ina-lookup.ts';
import { REPORTERS } from './data/reporters.ts';
import { STATE_CODES, type StateCodeDef } from './data/state-codes.ts';
import { formatSubdivisions } from './grammar/subdivisions.ts';
import type { Citation, CitationKind } from './types.ts';

export const MAX_KEY_LENGTH = 200;
const SUBS = String.raw`((?:\([0-9A-Za-z]{1,5}\)){0,8})`;
const INA_RE = new RegExp(String.raw`^INA (\d{3}[A-D]?)${SUBS}$`);
const USC_RE = new RegExp(String.raw`^(\d{1,2}) USC (\d{1,5}[a-z]{0,3}(?:-\d{1,3})?)${SUBS}( note)?$`);
const CFR_RE = new RegExp(String.raw`^(\d{1,2}) CFR (\d{1,4}[a-z]{0,2})\.(\d{1,4}[a-z]?)${SUBS}$`);
const CFR_PART_RE = /^(\d{1,2}) CFR part (\d{1,4}[a-z]{0,2})$/;
const DECISION_RE = /^(\d{1,4}) (\S.{0,20}?) (\d{1,8})$/;
const FED_REG_RE = /^(\d{1,3}) Fed\. Reg\. (\d{1,6})$/;
const PUB_L_RE = /^Pub\. L\. (\d{1,3})-(\d{1,4})$/;
const STAT_RE = /^(\d{1,3}) Stat\. (\d{1,5}(?:-\d{1,5})?)$/;
const FORM_RE = /^Form ([A-Z]{1,4}-\d{1,4}[A-Z]{0,3}(?:\/[A-Z]{2,3})?)(?: Supplement ([A-Z]))?$/;
const STATE_REST_RE = new RegExp(String.raw`^([0-9][0-9A-Za-z.:/-]{0,30}?)${SUBS}$`);

const REPORTER_KEYS = new Map(REPORTERS.map((r) => [r.key, r] as const));
const CODES_LONGEST_FIRST = [...STATE_CODES].sort((a, b) => b.key.length - a.key.length);

/** A key read back into its parts. */
export type ParsedKey =
  | { kind: 'statute'; code: 'INA'; section: string; subs: string[] }
  | { kind: 'statute'; code: 'USC'; title: number; section: string; subs: string[]; note: boolean }
  | { kind: 'regulation'; title: number; part: string; section: string | null; subs: string[] }
  | { kind: 'agency-decision' | 'court-decision'; volume: number; reporter: string; page: string }
  | { kind: 'form'; form: string; supplement: string | null }
  | { kind: 'state-code'; code: StateCodeDef; title: string | null; section: string; subs: string[] }
  | { kind: 'federal-register'; volume: number; page: string }
  | { kind: 'public-law'; congress: number; law: number }
  | { kind: 'public-law'; statVolume: number; page: string }
  | { kind: 'agency-decision' | 'court-decision'; name: string };

const subsOf = (s: string | undefined): string[] => (s ? [...s.matchAll(/\(([0-9A-Za-z]{1,5})\)/g)].map((m) => m[1]) : []);

/** Reads a key back into its parts; null when it is not a key this grammar produces. */
export function parseKey(key: string): ParsedKey | null {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return null;
  let m = INA_RE.exec(key);
  if (m) return { kind: 'statute', code: 'INA', section: m[1], subs: subsOf(m[2]) };
  if ((m = USC_RE.exec(key))) return { kind: 'statute', code: 'USC', title: Number(m[1]), section: m[2], subs: subsOf(m[3]), note: Boolean(m[4]) };
  if ((m = CFR_RE.exec(key))) return { kind: 'regulation', title: Number(m[1]), part: m[2], section: m[3], subs: subsOf(m[4]) };
  if ((m = CFR_PART_RE.exec(key))) return { kind: 'regulation', title: Number(m[1]), part: m[2], section: null, subs: [] };
  if ((m = FED_REG_RE.exec(key))) return { kind: 'federal-register', volume: Number(m[1]), page: m[2] };
  if ((m = PUB_L_RE.exec(key))) return { kind: 'public-law', congress: Number(m[1]), law: Number(m[2]) };
  if ((m = STAT_RE.exec(key))) return { kind: 'public-law', statVolume: Number(m[1]), page: m[2] };
  if ((m = FORM_RE.exec(key))) return { kind: 'form', form: m[1], supplement: m[2] ?? null };
  if ((m = DECISION_RE.exec(key))) {
    const reporter = REPORTER_KEYS.get(m[2]);
    if (reporter) return { kind: reporter.kind, volume: Number(m[1]), reporter: reporter.key, page: m[3] };
  }
  const state = parseStateKey(key);
  if (state) return state;
  // "Matter of X v. Y" is a court's style (New York's), as the extractor reads it; a lone
  // "Matter of X" is an agency decision.
  if (/^\S.* v\. \S/.test(key)) return { kind: 'court-decision', name: key };
  if (/^Matter of \S/.test(key)) return { kind: 'agency-decision', name: key };
  return null;
}

function parseStateKey(key: string): ParsedKey | null {
  for (const code of CODES_LONGEST_FIRST) {
    let rest: string | null = null;
    let title: string | null = null;
    if (code.locator === 'title-before') {
      const m = /^(\d{1,3}) /.exec(key);
      if (m && key.startsWith(`${code.key} `, m[0].length)) { title = m[1]; rest = key.slice(m[0].length + code.key.length + 1); }
    } else if (key.startsWith(`${code.key} `)) {
      rest = key.slice(code.key.length + 1);
      if (code.locator === 'title-after' || code.locator === 'chapter') {
        const m = (code.locator === 'chapter' ? /^ch\. (\d{1,4}[A-Z]?), / : /^tit\. (\d{1,3}(?:-[A-Z])?), /).exec(rest);
        if (!m) continue;
        title = m[1];
        rest = rest.slice(m[0].length);
      }
    }
    if (rest === null) continue;
    const m = STATE_REST_RE.exec(rest);
    if (m) return { kind: 'state-code', code, title, section: m[1], subs: subsOf(m[2]) };
  }
  return null;
}

/** The kind of the authority a key names, or null for a string that is not a key. */
export function kindOfKey(key: string): CitationKind | null {
  return parseKey(key)?.kind ?? null;
}

export const inaKey = (section: string, subs: readonly string[] = []) => `INA ${section}${formatSubdivisions(subs)}`;
export const uscKey = (title: number, section: string, subs: readonly string[] = [], note = false) =>
  `${title} USC ${section}${formatSubdivisions(subs)}${note ? ' note' : ''}`;
export const cfrKey = (title: number, part: string, section: string | null, subs: readonly string[] = []) =>
  section === null ? `${title} CFR part ${part}` : `${title} CFR ${part}.${section}${formatSubdivisions(subs)}`;

/** Key of a state code section. */
export function stateKey(code: StateCodeDef, title: string | null, section: string, subs: readonly string[] = []): string {
  const s = `${section}${formatSubdivisions(subs)}`;
  if (code.locator === 'title-before') return `${title} ${code.key} ${s}`;
  if (code.locator === 'title-after') return `${code.key} tit. ${title}, ${s}`;
  if (code.locator === 'chapter') return `${code.key} ch. ${title}, ${s}`;
  return `${code.key} ${s}`;
}

/** The key of the same authority in its canonical numbering: an 8 U.S.C. key with an INA section becomes the INA key. */
export function canonicalKey(key: string): string {
  const p = parseKey(key);
  if (p?.kind === 'statute' && p.code === 'USC' && p.title === 8 && !p.note) {
    const ina = inaForUsc(p.section);
    if (ina) return inaKey(ina, p.subs);
  }
  return key;
}

/** The key one level up: `INA 212(h)(1)` → `INA 212(h)` → `INA 212` → null; `8 CFR 1003.23` → `8 CFR part 1003`. */
export function parentKey(key: string): string | null {
  const p = parseKey(key);
  if (!p) return null;
  if (p.kind === 'statute' && p.code === 'INA') return p.subs.length ? inaKey(p.section, p.subs.slice(0, -1)) : null;
  if (p.kind === 'statute' && p.code === 'USC') return p.note ? uscKey(p.title, p.section) : p.subs.length ? uscKey(p.title, p.section, p.subs.slice(0, -1)) : null;
  if (p.kind === 'regulation') return p.subs.length ? cfrKey(p.title, p.part, p.section, p.subs.slice(0, -1)) : p.section !== null ? cfrKey(p.title, p.part, null) : null;
  if (p.kind === 'state-code') return p.subs.length ? stateKey(p.code, p.title, p.section, p.subs.slice(0, -1)) : null;
  if (p.kind === 'form') return p.supplement ? `Form ${p.form}` : null;
  return null;
}

/** Every key above `key`, nearest first. */
export function ancestorKeys(key: string): string[] {
  const out: string[] = [];
  for (let k = parentKey(key); k !== null && out.length < 12; k = parentKey(k)) out.push(k);
  return out;
}

/** The same provision under its other name: INA ↔ 8 U.S.C. (`INA 212(h)` ↔ `8 USC 1182(h)`); empty for others. */
export function equivalentKeys(key: string): string[] {
  const p = parseKey(key);
  if (p?.kind !== 'statute') return [];
  if (p.code === 'INA') {
    const usc = uscForIna(p.section);
    return usc ? [uscKey(8, usc, p.subs)] : [];
  }
  if (p.title === 8 && !p.note) {
    const ina = inaForUsc(p.section);
    return ina ? [inaKey(ina, p.subs)] : [];
  }
  return [];
}

/**
 * The keys under which a resource citing `c` is indexed, so that every form of a query finds it:
 * the canonical key, every ancestor, the INA ↔ 8 U.S.C. equivalents with their ancestors, the keys
 * of parallel citations, and the normalized case-name key. A query asks for one exact key, so
 * "INA 212" finds a resource citing 212(h) while "INA 212(h)" does not find one citing only 212(a).
 */
export function citationSearchKeys(c: Pick<Citation, 'key'> & Partial<Pick<Citation, 'name' | 'parallel'>>): string[] {
  const keys = new Set<string>(keyFamily(c.key));
  for (const p of c.parallel ?? []) keys.add(p);
  if (c.name) {
    const nk = caseNameKey(c.name);
    if (nk) keys.add(nk);
  }
  return [...keys];
}

/**
 * A key, its ancestors, and its equivalents with theirs, in that order. A text (and a results
 * page's snippets) cites the same few sections again and again: the last few hundred are kept.
 */
function keyFamily(key: string): readonly string[] {
  const known = KEY_FAMILIES.get(key);
  if (known) return known;
  const keys = new Set<string>();
  const add = (k: string) => {
    keys.add(k);
    for (const a of ancestorKeys(k)) keys.add(a);
  };
  add(key);
  for (const e of equivalentKeys(key)) add(e);
  const family = [...keys];
  if (KEY_FAMILIES.size >= MAX_REMEMBERED_NAMES) KEY_FAMILIES.clear();
  KEY_FAMILIES.set(key, family);
  return family;
}

const KEY_FAMILIES = new Map<string, readonly string[]>();

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'del', 'la', 'las', 'los', 'y', 'ex', 'rel', 'on', 'in', 'to', 'v.', 'e', 'da', 'do', 'dos', 'van', 'von']);

/** Capitalizes each hyphen-separated part of a lower-case word. */
const titleWord = (w: string) => w.split('-').map((p) => (p ? p[0].toUpperCase() + p.slice(1) : p)).join('-');

/**
 * The normalized key of a case name: "In re X" and "In the Matter of X" become "Matter of X",
 * "&" becomes "and", "vs."/"v" become "v.", punctuation and case are normalized
 * (`Matter of Thomas & Thompson` = `Matter of Thomas and Thompson`; `INS v. St. Cyr` → `Ins v. St Cyr`).
 * Null when nothing is left.
 */
export function caseNameKey(name: string): string | null {
  if (typeof name !== 'string' || name.length > MAX_KEY_LENGTH) return null;
  // a text names the same few cases again and again: remember the last few hundred names
  const known = NAME_KEYS.get(name);
  if (known !== undefined) return known;
  const key = computeCaseNameKey(name);
  if (NAME_KEYS.size >= MAX_REMEMBERED_NAMES) NAME_KEYS.clear();
  NAME_KEYS.set(name, key);
  return key;
}

const NAME_KEYS = new Map<string, string | null>();
const MAX_REMEMBERED_NAMES = 500;

function computeCaseNameKey(name: string): string | null {
  let s = name.normalize('NFC').replace(/[’'`"“”,;:]/g, '').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim().toLowerCase();
  let matter = false;
  const prefix = /^(?:in the matter of|in re|matter of|re)\s+/.exec(s);
  if (prefix) { matter = true; s = s.slice(prefix[0].length); }
  const words = s.split(' ').filter(Boolean).map((w) => (w === 'v' || w === 'vs' || w === 'vs.' || w === 'v.' ? 'v.' : w.replace(/\./g, ''))).filter(Boolean);
  if (words.length === 0) return null;
  const body = words.map((w, i) => (i > 0 && CONNECTORS.has(w) ? w : titleWord(w))).join(' ');
  return matter ? `Matter of ${body}` : body;
}
