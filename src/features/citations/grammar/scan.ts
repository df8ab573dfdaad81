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
import { matchStateCode, matchStateTitleBefore } from './state-codes.ts';
import { matchBareSection, matchInaByName, matchSectionMark, matchUsc } from './statutes.ts';
import type { Mode } from './tokens.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { tokenize } = tokens;

const NUMBER_RULES: readonly Rule[] = [matchUsc, matchCfr, matchStateTitleBefore, matchFederalRegister, matchStatutesAtLarge, matchReporter, matchBareSection];
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
  const out: Citation[] = [];
  const ctx: ScanContext = {
    text, toks: [], mode, defaultState, citedUsc: false, citedCfr: false, lastUscTitle: null, stateSections: new Map(), lastStateCode: null, floor: 0,
  };
  let pos = 0;
  while (pos < text.length) {
    const end = cutPoint(text, pos, pos + WINDOW);
    const lookEnd = end >= text.length ? text.length : cutPoint(text, end, end + OVERLAP);
    const toks = tokenize(text, pos, lookEnd);
    ctx.toks = toks;
    ctx.floor = 0;
    let consumedTo = end;
    let i = 0;
    while (i < toks.length && toks[i].start < end) {
      const t = toks[i];
      const rules = t.type === 'n' ? NUMBER_RULES : t.type === 'w' ? WORD_RULES.get(t.lower) ?? OTHER_WORD_RULES : t.text === '§' ? MARK_RULES : null;
      let next = i + 1;
      if (rules) {
        for (const rule of rules) {
          let m = null;
          try { m = rule(ctx, i); } catch { m = null; }
          if (m && m.next > i) {
            for (const c of m.cites) if (c.end > c.start) out.push(c);
            next = m.next;
            ctx.floor = next;
            consumedTo = Math.max(consumedTo, toks[next - 1].end);
            break;
          }
        }
      }
      i = next;
    }
    pos = Math.max(end, consumedTo);
    if (lookEnd >= text.length && pos >= end) pos = Math.max(pos, end);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  resolveNamesToCitations(out);
  return out;
}

/**
 * A case named without its reporter citation ("after Matter of Pickering, the Board…") is the
 * decision the same text cites in full under that name: it takes that citation's key (the nearest
 * before it, else the nearest after), so one decision is one authority.
 */
function resolveNamesToCitations(cites: Citation[]): void {
  const full = new Map<string, Citation[]>();
  for (const c of cites) {
    if (!c.name || !/^\d/.test(c.key)) continue;
    const nk = caseNameKey(c.name);
    if (nk) full.set(nk, [...(full.get(nk) ?? []), c]);
  }
  if (full.size === 0) return;
  for (const c of cites) {
    if (/^\d/.test(c.key)) continue;
    const candidates = full.get(c.key);
    if (!candidates) continue;
    const before = candidates.filter((f) => f.start < c.start);
    const chosen = before.length ? before[before.length - 1] : candidates[0];
    c.key = chosen.key;
    c.kind = chosen.kind;
  }
}
