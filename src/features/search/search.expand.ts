import { distance } from 'fastest-levenshtein';
import type { Db } from '../../db/schema.ts';
import { wordGroup, type ParsedQuery, type QueryGroup } from './analyzer/query.ts';
import { queryStems } from './analyzer/stem.ts';
import { foldText } from './analyzer/text.ts';
import type { ResolvedGroup } from './search.engine.ts';
import { documentFrequencies, wordsStartingWith } from './search.repo.ts';

/** Completions of a last, unfinished word count this much of a whole-word match. */
const PREFIX_WEIGHT = 0.7;
/** A spelling correction of an unknown word counts this much. */
const CORRECTION_WEIGHT = 0.8;
/** At most this many completions are tried for an unfinished word. */
const MAX_COMPLETIONS = 24;

/** An unknown word read as its nearest known word. */
export interface Correction {
  from: string;
  to: string;
}

/**
 * The library's own vocabulary (words seen in indexed text), for spelling suggestions. Lookups
 * compare only words of about the same length; edit distance from fastest-levenshtein.
 */
export class Vocabulary {
  private readonly byLength = new Map<number, string[]>();
  private readonly known: Set<string>;

  constructor(words: string[]) {
    this.known = new Set(words);
    for (const word of words) {
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
    for (const list of this.byLength.values()) list.sort();
  }

  /** True when some indexed text has this (folded) word. */
  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * Known words within one edit (two for words of five letters or more: two swapped letters,
   * the commonest slip on a phone, are two edits), nearest first.
   */
  near(word: string): { word: string; distance: number }[] {
    if (word.length < 3 || word.length > 30 || /\d/.test(word)) return [];
    const max = word.length >= 5 ? 2 : 1;
    const out: { word: string; distance: number }[] = [];
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // A different first letter is allowed only for a single slip.
        if (candidate[0] !== word[0] && max > 1 && Math.abs(length - word.length) > 1) continue;
        const d = distance(word, candidate);
        if (d > 0 && d <= max && (d === 1 || candidate[0] === word[0])) out.push({ word: candidate, distance: d });
      }
    }
    return out.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }
}

/**
 * Turns a read query into groups of index terms: completes an unfinished last word from the
 * vocabulary, and replaces a word no resource has with its nearest known spellings (reported as
 * a correction and a suggested query). Returns every term whose entries must be read.
 */
export async function resolveGroups(db: Db, query: ParsedQuery, typed: string, vocabulary: () => Promise<Vocabulary>): Promise<{
  groups: ResolvedGroup[]; terms: string[]; corrections: Correction[]; suggestion?: string;
  /** The query as evaluated (a citation nobody cites replaced by its words): groups match `groups`. */
  query: ParsedQuery;
}> {
  // A citation no resource cites ("Matter of Thomas" for "Matter of Thomas & Thompson") is read
  // as its words instead: a partial or unusual form still finds what mentions it.
  // A document number no resource has is read as its words likewise.
  const exact = (g: QueryGroup) => g.kind === 'citation' || g.kind === 'document';
  const cited = await documentFrequencies(db, query.groups.filter(exact).flatMap((g) => g.alternatives[0]!.terms));
  const parts = query.groups.flatMap((g) => (exact(g) && !cited.has(g.alternatives[0]!.terms[0]!) && g.words?.length ? g.words.map(wordGroup) : [g]));
  const groups = parts.map((g) => ({ source: g, alternatives: [...g.alternatives] }));
  for (const group of groups) {
    if (!group.source.prefix) continue;
    const completions = await wordsStartingWith(db, group.source.text, MAX_COMPLETIONS);
    for (const word of completions) {
      if (word === group.source.text) continue;
      for (const stem of queryStems(word)) group.alternatives.push({ terms: [stem], weight: PREFIX_WEIGHT });
    }
  }
  const termsOf = (): string[] => [...new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)))];
  const df = await documentFrequencies(db, termsOf());
  const corrections: Correction[] = [];
  const candidates = groups.filter((g) => isCorrectable(g.source));
  if (candidates.length > 0) {
    const words = await vocabulary();
    // A word no indexed text has is likely mistyped, even when its stem exists ("categorial"
    // stems like "categories"): its nearest known spellings join its alternatives.
    for (const group of candidates.filter((g) => !words.has(g.source.text)).slice(0, 3)) {
      const near = words.near(group.source.text).slice(0, 8);
      const stems = [...new Set(near.flatMap((c) => queryStems(c.word)))];
      const found = await documentFrequencies(db, stems);
      const usable = near.filter((c) => queryStems(c.word).some((s) => found.has(s)));
      if (usable.length === 0) continue;
      // Among equally near words, the most common one is the likeliest meaning.
      const frequency = (w: string) => Math.max(...queryStems(w).map((s) => found.get(s) ?? 0));
      const nearest = usable.filter((c) => c.distance === usable[0]!.distance).sort((a, b) => frequency(b.word) - frequency(a.word));
      const own = Math.max(0, ...group.alternatives.flatMap((a) => a.terms.map((t) => df.get(t) ?? 0)));
      // A word that finds nothing takes its nearest spellings; one whose stem some text has
      // ("peticiones") only a one-letter slip, and is offered a correction only when that is far commoner.
      const chosen = own === 0 ? nearest : nearest.filter((c) => c.distance === 1);
      if (chosen.length === 0) continue;
      if (own * 10 < frequency(chosen[0]!.word)) corrections.push({ from: group.source.text, to: chosen[0]!.word });
      for (const c of chosen.slice(0, 2)) {
        for (const stem of queryStems(c.word)) if (found.has(stem)) group.alternatives.push({ terms: [stem], weight: own === 0 ? CORRECTION_WEIGHT : CORRECTION_WEIGHT / 2 });
      }
    }
  }
  const resolved = groups.map((g) => ({ alternatives: dedupe(g.alternatives), required: g.source.required === true }));
  const suggestion = corrections.length > 0 ? suggest(typed, corrections) : undefined;
  return { groups: resolved, terms: termsOf(), corrections, query: { ...query, groups: parts }, ...(suggestion ? { suggestion } : {}) };
}

const isCorrectable = (g: QueryGroup) => g.kind === 'word' && /^\p{L}+$/u.test(g.text);

function dedupe(alternatives: { terms: string[]; weight: number }[]) {
  const best = new Map<string, { terms: string[]; weight: number }>();
  for (const a of alternatives) {
    const key = a.terms.join('+');
    const seen = best.get(key);
    if (!seen || a.weight > seen.weight) best.set(key, a);
  }
  return [...best.values()];
}

/** The query as typed with each corrected word replaced (what "Did you mean" offers). */
function suggest(typed: string, corrections: Correction[]): string {
  const replace = new Map(corrections.map((c) => [c.from, c.to]));
  return typed.replace(/[\p{L}\p{M}]+/gu, (word) => replace.get(foldText(word)) ?? word).trim();
}
