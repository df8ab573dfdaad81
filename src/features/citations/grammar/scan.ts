/**
 * The scanner: tokens are read left to right and, at each, the rules are tried in a fixed order;
 * the first that matches consumes its tokens. Long texts are scanned in windows of 64 KB (cut at
 * a line break or a space, with an overlap so that no citation is cut), which keeps memory flat
 * and time linear on any input.
 */
import type { Citation } from '../types.ts';
import type { Rule, ScanContext } from './context.ts';
import { matchReporter } from './decisions.ts';
import { matchFederalRegister, matchPublicLaw, matchStatutesAtLarge } from './federal.ts';
import { matchForm } from './forms.ts';
import { matchMatterOf, matchVersus } from './names.ts';
import { matchCfr } from './regulations.ts';
import { matchStateCode, matchStateTitleBefore } from './state-codes.ts';
import { matchBareSection, matchInaByName, matchSectionMark, matchUsc } from './statutes.ts';
import { type Mode, tokenize } from './tokens.ts';

const NUMBER_RULES: readonly Rule[] = [matchUsc, matchCfr, matchStateTitleBefore, matchFederalRegister, matchStatutesAtLarge, matchReporter, matchBareSection];
const WORD_RULES: readonly Rule[] = [matchUsc, matchCfr, matchInaByName, matchSectionMark, matchMatterOf, matchVersus, matchForm, matchPublicLaw, matchStateCode];
const MARK_RULES: readonly Rule[] = [matchSectionMark];

const WINDOW = 64 * 1024;
const OVERLAP = 2 * 1024;

/** Where to end a window near `at`: after the last line break, else the last space, in the final 4 KB. */
function cutPoint(text: string, from: number, at: number): number {
  if (at >= text.length) return text.length;
  const floor = Math.max(from + 1, at - 4096);
  const nl = text.lastIndexOf('\n', at);
  if (nl >= floor) return nl + 1;
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
    text, toks: [], mode, defaultState, citedUsc: false, citedCfr: false, stateSections: new Map(), floor: 0,
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
      const rules = t.type === 'n' ? NUMBER_RULES : t.type === 'w' ? WORD_RULES : t.text === '§' ? MARK_RULES : null;
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
  return out;
}
