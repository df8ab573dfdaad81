/** What every grammar rule receives and returns. */
import type { StateCodeDef } from '../data/state-codes.ts';
import type { Citation, CitationKind } from '../types.ts';
import type { Tokens } from './tokenizer.ts';
import type { Mode } from './tokens.ts';

export interface ScanContext {
  text: string;
  toks: Tokens;
  mode: Mode;
  defaultState: string | null;
  /** The text has cited the U.S. Code / the C.F.R. already: a bare "§ 1182(h)" / "§ 1003.23" then means them. */
  citedUsc: boolean;
  citedCfr: boolean;
  /** Title of the last U.S. Code citation: a later bare "§ 16(b)" after "18 U.S.C. § 16(a)" is in it. */
  lastUscTitle: number | null;
  /** Sections of state codes cited so far, so a later bare "§ 273.5" means the same code. */
  stateSections: Map<string, { code: StateCodeDef; title: string | null }> | null;
  /** The state code cited last: a later bare "§ 1203.4" (a dotted section no other code claims) is in it. */
  lastStateCode: StateCodeDef | null;
  /** Index of the first token not yet consumed by an earlier match (case names never reach back past it). */
  floor: number;
}

/** A rule's result: the citations found and the index of the first token after them. */
export interface RuleMatch {
  cites: Citation[];
  next: number;
}

export type Rule = (ctx: ScanContext, i: number) => RuleMatch | null;

/** Builds a citation with the optional fields defaulted. */
export function makeCitation(
  kind: CitationKind, key: string, display: string, start: number, end: number,
  extra: Partial<Pick<Citation, 'pin' | 'name' | 'court' | 'year' | 'parallel'>> = {},
): Citation {
  return {
    key, kind, display, start, end,
    pin: extra.pin ?? null, name: extra.name ?? null, court: extra.court ?? null, year: extra.year ?? null,
    parallel: extra.parallel ?? [],
  };
}
