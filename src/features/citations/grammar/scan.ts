/**
 * The scanner: tokens are read left to right and, at each, the rules are tried in a fixed order;
 * the first that matches consumes its tokens. Long texts are scanned in windows of 8 KB (cut at
 * a line break or a space, with an overlap so that no citation is cut), which keeps memory flat
 * and time linear on any input.
 */
import { caseNameKey } from '../keys.ts';
import type { Citation } from '../types.ts';
import type { Rule, ScanContext } from './context.ts';
import { matchReporter } from './decisions.ts';
import { matchFederalRegister, matchPublicLaw, matchStatutesAtLarge } from './federal.ts';
import { matchForm } from './forms.ts';
import { matchMatterOf, matchVersus } from './names.ts';
import { matchCfr } from './regulations.ts';
import { START_WORDS, mayStartCodeName } from './code-names.ts';
import { matchStateCode, matchStateTitleBefore } from './state-codes.ts';
import { matchBareSection, matchInaByName, matchSectionMark, matchUsc } from './statutes.ts';
import { Tokens, WordFilter, tokenize } from './tokenizer.ts';
import type { Mode } from './tokens.ts';

const NUMBER_RULES: readonly Rule[] = [matchUsc, matchCfr, matchStateTitleBefore, matchFederalRegister, matchStatutesAtLarge, matchReporter, matchBareSection];
/**
 * The number rules by how many digits they read at their first token (a title of the U.S. Code
 * or the C.F.R. two at most, a volume three or four, a bare section five), in the same order:
 * a year or a phone number is not offered to the rules that cannot take it.
 */
const MAX_DIGITS = new Map<Rule, number>([[matchUsc, 2], [matchCfr, 2], [matchStateTitleBefore, 3], [matchFederalRegister, 3], [matchStatutesAtLarge, 3], [matchReporter, 4], [matchBareSection, 5]]);
const NUMBER_RULES_BY_DIGITS: readonly (readonly Rule[] | null)[] = [0, 1, 2, 3, 4, 5].map((d) => {
  const rules = NUMBER_RULES.filter((r) => d <= (MAX_DIGITS.get(r) ?? Infinity));
  return rules.length ? rules : null;
});
/** The same with matchBareSection alone, for a number no code, reporter or register name follows. */
const BARE_SECTION_BY_DIGITS = NUMBER_RULES_BY_DIGITS.map((rules) => (rules?.includes(matchBareSection) ? [matchBareSection] : null));
/** Lower-case words after a number that may still begin a name in a text ("of the United States Code", "code of federal regulations", "fed. reg."). */
const LOWER_CASE_AFTER_NUMBER = new WordFilter(['of', 'united', 'code', 'fed', 'federal']);

/**
 * Whether token i+1 may begin what the rules read after a number: a word (in a text, one in lower
 * case only from LOWER_CASE_AFTER_NUMBER, as the U.S. Code, the C.F.R., a register, a code or a
 * reporter is otherwise written with a capital), or ",", ".", "'" or "&". After another number or
 * other punctuation ("2003)", "(1)") only a bare section can be read.
 */
function nameMayFollow(toks: Tokens, i: number, mode: Mode): boolean {
  const n = i + 1;
  if (n >= toks.length) return true;
  if (toks.isNumberAt(n)) return false;
  if (toks.isWordAt(n)) return !(mode === 'text' && toks.startsLowerAt(n) && !LOWER_CASE_AFTER_NUMBER.mayHold(toks.hashOf(n)));
  const c = toks.punctCodeAt(n);
  return c === 0x2c || c === 0x2e || c === 0x27 || c === 0x26;
}

const numberRules = (toks: Tokens, i: number, mode: Mode): readonly Rule[] | null => {
  const digits = toks.endOf(i) - toks.startOf(i);
  if (digits >= NUMBER_RULES_BY_DIGITS.length) return null;
  return nameMayFollow(toks, i, mode) ? NUMBER_RULES_BY_DIGITS[digits] : BARE_SECTION_BY_DIGITS[digits];
};
const MARK_RULES: readonly Rule[] = [matchSectionMark];

/** The rules a word can start, by the word (lower case); any other word can only start a state code. */
const WORD_RULES = new Map<string, Rule[]>();
const on = (words: readonly string[], rule: Rule) => {
  for (const w of words) {
    const list = WORD_RULES.get(w) ?? [];
    list.push(rule);
    WORD_RULES.set(w, list);
  }
};
on(['title'], matchUsc);
on(['title'], matchCfr);
on(['ina', 'i', 'immigration', 'ley'], matchInaByName);
on(['section', 'sección', 'seccion', 'sec', 'secs', 'sections', 'secciones', 'artículo', 'articulo'], matchSectionMark);
on(['matter', 'in'], matchMatterOf);
on(['v', 'vs'], matchVersus);
on(['form', 'forms', 'formulario', 'formularios', 'formas', 'eoir', 'eta', 'ar', 'ds', 'dd', 'i', 'n', 'g'], matchForm);
on(['pub', 'p', 'public', 'pl'], matchPublicLaw);
for (const list of WORD_RULES.values()) list.push(matchStateCode);
const OTHER_WORD_RULES: readonly Rule[] = [matchStateCode];
/** Words that start a rule: any other word (most of the words of a text) is passed over by its hash alone. */
const STARTING_WORDS = new WordFilter([...WORD_RULES.keys(), ...START_WORDS]);
/**
 * Rules that in a text start only at a capitalized word ("Matter of", "In re", "Pub. L.", a code's
 * name), and the words all of whose rules are such: "in" and "matter" in lower case, the commonest
 * of the rule words, start nothing.
 */
const CAPITALIZED_RULES: ReadonlySet<Rule> = new Set([matchMatterOf, matchPublicLaw, matchStateCode]);
const CAPITALIZED_ONLY = new Set([...WORD_RULES].filter(([, rules]) => rules.every((r) => CAPITALIZED_RULES.has(r))).map(([w]) => w));
/** Words that may start a rule in a text when written in lower case ("section", "v.", "form"). */
const LOWER_CASE_STARTING_WORDS = new WordFilter([...WORD_RULES.keys()].filter((w) => !CAPITALIZED_ONLY.has(w)));

/** The rules word token i can start; null for most words, which start nothing (and are never made into objects). */
function wordRules(toks: Tokens, i: number, mode: Mode): readonly Rule[] | null {
  if (toks.endOf(i) - toks.startOf(i) > 1 && !STARTING_WORDS.mayHold(toks.hashOf(i))) return null;
  // in a text a word in lower case starts no state code's name, nor a rule of CAPITALIZED_RULES
  if (mode === 'text' && toks.startsLowerAt(i) && !LOWER_CASE_STARTING_WORDS.mayHold(toks.hashOf(i))) return null;
  const t = toks.get(i);
  const lower = t.lower;
  const rules = WORD_RULES.get(lower);
  if (rules === undefined) return mayStartCodeName(t, mode) ? OTHER_WORD_RULES : null;
  if (mode === 'text' && CAPITALIZED_ONLY.has(lower)) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) return null;
  }
  return rules;
}

// Small windows keep each window's tokens short-lived, which the garbage collector frees almost
// for nothing: 8 KB windows read a megabyte of dense punctuation about 20 times faster than 1 MB ones.
const WINDOW = 8 * 1024;
const OVERLAP = 1024;

/** Where to end a window near `at`: after the last line break, else the last space, in the final 4 KB. */
function cutPoint(text: string, from: number, at: number): number {
  if (at >= text.length) return text.length;
  const floor = Math.max(from + 1, at - 1024);
  for (let p = at; p >= floor; p -= 1) if (text.charCodeAt(p) === 10) return p + 1;
  for (let p = at; p >= floor; p -= 1) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 13) return p + 1;
  }
  return at;
}

/** Every citation in `text` read in `mode`. Never throws: a rule that fails on some input is skipped there. */
export function scan(text: string, mode: Mode, defaultState: string | null): Citation[] {
  // one token list, refilled window after window and kept for the next call: its columns are
  // allocated once, not per call (a call inside a call, which does not happen, would get its own)
  const toks = spareTokens ?? new Tokens(Math.min(text.length, WINDOW + OVERLAP + 2));
  spareTokens = null;
  try {
    return scanWindows(text, mode, defaultState, toks);
  } finally {
    toks.forget();
    spareTokens = toks;
  }
}

let spareTokens: Tokens | null = null;

function scanWindows(text: string, mode: Mode, defaultState: string | null, toks: Tokens): Citation[] {
  const out: Citation[] = [];
  const ctx: ScanContext = {
    text, toks, mode, defaultState, citedUsc: false, citedCfr: false, lastUscTitle: null, stateSections: null, lastStateCode: null, floor: 0,
  };
  let pos = 0;
  while (pos < text.length) {
    const end = cutPoint(text, pos, pos + WINDOW);
    const lookEnd = end >= text.length ? text.length : cutPoint(text, end, end + OVERLAP);
    tokenize(text, pos, lookEnd, toks);
    ctx.floor = 0;
    let consumedTo = end;
    let i = 0;
    while (i < toks.length && toks.startOf(i) < end) {
      const rules = toks.isNumberAt(i) ? numberRules(toks, i, mode) : toks.isWordAt(i) ? wordRules(toks, i, mode) : toks.isSectionSignAt(i) ? MARK_RULES : null;
      let next = i + 1;
      if (rules) {
        for (const rule of rules) {
          let m = null;
          try { m = rule(ctx, i); } catch { m = null; }
          if (m && m.next > i) {
            for (const c of m.cites) if (c.end > c.start) out.push(c);
            next = m.next;
            ctx.floor = next;
            consumedTo = Math.max(consumedTo, toks.get(next - 1).end);
            break;
          }
        }
      }
      i = next;
    }
    pos = Math.max(end, consumedTo);
    if (lookEnd >= text.length && pos >= end) pos = Math.max(pos, end);
  }
  // the rules find citations in order, nearly always: sort only when they did not
  if (!inOrder(out)) out.sort((a, b) => a.start - b.start || a.end - b.end);
  resolveNamesToCitations(out);
  return out;
}

/** Whether the citations are in order of start, then end (what sorting them would give, sort being stable). */
function inOrder(cites: readonly Citation[]): boolean {
  for (let n = 1; n < cites.length; n += 1) {
    const a = cites[n - 1];
    const b = cites[n];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * A case named without its reporter citation ("after Matter of Pickering, the Board…") is the
 * decision the same text cites in full under that name: it takes that citation's key (the nearest
 * before it, else the nearest after), so one decision is one authority.
 */
function resolveNamesToCitations(cites: Citation[]): void {
  // cites are in order of start, so each name's full citations are too
  let full: Map<string, Citation[]> | null = null;
  for (const c of cites) {
    if (!c.name || !startsWithDigit(c.key)) continue;
    const nk = caseNameKey(c.name);
    if (!nk) continue;
    full ??= new Map();
    const list = full.get(nk);
    if (list) list.push(c);
    else full.set(nk, [c]);
  }
  if (full === null) return;
  for (const c of cites) {
    if (startsWithDigit(c.key)) continue;
    const candidates = full.get(c.key);
    if (!candidates) continue;
    const before = countBefore(candidates, c.start);
    const chosen = before > 0 ? candidates[before - 1] : candidates[0];
    c.key = chosen.key;
    c.kind = chosen.kind;
  }
}

const startsWithDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

/** How many of `sorted` (in order of start) start before `start`. */
function countBefore(sorted: readonly Citation[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
