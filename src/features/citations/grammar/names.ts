/**
 * Case names: "Matter of Pickering", "In re Y-L-", "Padilla v. Kentucky", "INS v. St. Cyr",
 * "Padilla vs. Kentucky", "Padilla v Kentucky" — with the reporter citation that follows, if any
 * ("Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)"), or alone (keyed by the normalized name).
 */
import { caseNameKey } from '../keys.ts';
import type { Citation } from '../types.ts';
import { type Rule, type RuleMatch, type ScanContext, makeCitation } from './context.ts';
import { decisionCitation, readCaseTail, readReporterCite } from './decisions.ts';
import type { Tok } from './tokens.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isCap, isNumAt, isPunct, isPunctAt, isWord, isWordAt, near, tight } = tokens;

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'las', 'los', 'y', 'ex', 'rel', 'on', 'in', 'e', 'da', 'van', 'von', 'du', 'di', 'le']);
const ABBREVIATED = new Set([
  'st', 'co', 'inc', 'corp', 'ltd', 'bros', 'dep', 'dept', 'univ', 'ass', 'assn', 'nat', 'natl', 'int', 'intl', 'gov', 'govt',
  'sec', 'att', 'atty', 'gen', 'comm', 'commn', 'cnty', 'cty', 'dist', 'bd', 'educ', 'ctr', 'servs', 'serv', 'hosp', 'mfg',
  'mut', 'ins', 'mt', 'ft', 'jr', 'sr', 'us', 'cal', 'tex', 'fla', 'ariz', 'wash', 'mass', 'conn', 'ill', 'mich', 'minn',
  'pa', 'va', 'ga', 'md', 'ny', 'nj', 'nev', 'colo', 'okla', 'or', 'ore', 'dept', 'admin', 'auth', 'bur', 'cmty', 'coll',
  'comm\'r', 'dev', 'div', 'envtl', 'fed', 'found', 'indus', 'info', 'inst', 'invs', 'mgmt', 'mun', 'pub', 'reg', 'sch', 'soc', 'sys', 'twp', 'u',
]);
/** Capitalized words that start sentences or introduce citations and are never part of a party's name. */
const NOT_NAMES = new Set([
  'see', 'in', 'under', 'cf', 'but', 'compare', 'accord', 'also', 'the', 'after', 'following', 'citing', 'quoting', 'as',
  'per', 'like', 'unlike', 'when', 'while', 'since', 'because', 'although', 'though', 'thus', 'here', 'there', 'this', 'that',
  'with', 'id', 'before', 'both', 'even', 'if', 'only', 'read', 'applying', 'overruling', 'and', 'or', 'our', 'their', 'his',
  'her', 'its', 'recently', 'notably', 'similarly', 'likewise', 'again', 'instead', 'finally', 'first', 'second', 'third',
  'moreover', 'however', 'indeed', 'today', 'then', 'so', 'yet', 'for', 'from', 'by', 'to', 'on', 'at', 'of', 'a', 'an', 'en',
  'el', 'la', 'los', 'las', 'según', 'segun', 'después', 'despues', 'ver', 'véase', 'vease', 'contrast', 'distinguishing',
  'discussing', 'explaining', 'holding', 'where', 'whether', 'until', 'note', 'notes', 'contra', 'e', 'g', 'eg',
]);
/** Nouns that follow "Matter of" in ordinary prose ("A Matter of Trust", "as a matter of discretion"). */
const NOT_RESPONDENTS = new Set([
  'time', 'fact', 'law', 'course', 'policy', 'discretion', 'trust', 'record', 'right', 'rights', 'concern', 'principle',
  'life', 'death', 'public', 'interest', 'faith', 'choice', 'opinion', 'degree', 'urgency', 'justice', 'fairness', 'survival',
  'respect', 'dignity', 'time', 'priority', 'safety', 'health', 'conscience', 'necessity', 'practice', 'grace', 'routine',
]);
/** First words of two-word names a query may contain ("united states", "st cyr"). */
const TWO_WORD_NAMES = new Set(['united', 'st', 'new', 'san', 'los', 'el', 'la', 'de']);
const ARTICLES = new Set(['a', 'an', 'the', 'as', 'no', 'una', 'un', 'es']);

interface Party { text: string; words: number; start: number; end: number; next: number; first: Tok }

/** "… and Matter of Recinas", "… and Niz-Chavez v. Garland": what follows "and" is another case. */
function startsAnotherCase(ctx: ScanContext, k: number): boolean {
  const { toks } = ctx;
  if (isWordAt(toks, k, 'matter') && isWordAt(toks, k + 1, 'of')) return true;
  if (isWordAt(toks, k, 'in') && isWordAt(toks, k + 1, 're')) return true;
  for (let m = k; m < Math.min(toks.length, k + 6); m += 1) {
    if (isWordAt(toks, m, 'v', 'vs')) return true;
    if (toks.get(m).type !== 'w' && !isPunctAt(toks, m, '-', '.', "'")) return false;
  }
  return false;
}

/** Whether token k continues a name: a capitalized word, or a connector followed by one. */
function nameWordAt(ctx: ScanContext, k: number, lowerOk: boolean): boolean {
  const t = at(ctx.toks, k);
  if (t?.type !== 'w') return false;
  return lowerOk || isCap(t);
}

/** Reads a party's name forward from token k: "St. Cyr", "Regents of the Univ. of Cal.", "A-B-", "Thomas & Thompson". */
function readPartyForward(ctx: ScanContext, k: number, maxWords: number): Party | null {
  const { toks, text } = ctx;
  const lowerOk = ctx.mode === 'query';
  if (!nameWordAt(ctx, k, lowerOk) || CONNECTORS.has(toks.get(k).lower) && !lowerOk) return null;
  const start = k;
  let words = 0;
  let j = k;
  while (j < toks.length && words < maxWords) {
    const t = toks.get(j);
    if (j > start && !near(toks, j)) break;
    // in a query, with no capitals to go by, a name is one word, or words joined by "and"/"&"/"de"
    const before = j > start ? (isPunctAt(toks, j - 1, '.') ? toks.get(j - 2) : toks.get(j - 1)) : undefined;
    const queryStop = lowerOk && words >= 1 && !(before && ((before.type === 'w' && (CONNECTORS.has(before.lower) || (words === 1 && TWO_WORD_NAMES.has(before.lower)))) || isPunct(before, '&')));
    if (t.type === 'w' && j > start && !lowerOk && NOT_NAMES.has(t.lower) && !CONNECTORS.has(t.lower)) break;
    if (t.type === 'w' && (isCap(t) || lowerOk) && !queryStop && !(lowerOk && CONNECTORS.has(t.lower) && j > start)) {
      j += 1;
      words += 1;
      // hyphenated names and initials: Silva-Trevino, A-B-, M-E-V-G-
      while (isPunctAt(toks, j, '-') && tight(toks, j)) {
        // "Silva-" at the end of a line, "Trevino" on the next
        if (toks.isWordAt(j + 1) && (tight(toks, j + 1) || (toks.get(j + 1).nl && !toks.get(j + 1).para && toks.get(j + 1).gap <= 3 && isCap(toks.get(j + 1))))) j += 2;
        else { j += 1; break; }
      }
      if (isPunctAt(toks, j, "'") && tight(toks, j) && toks.isWordAt(j + 1) && tight(toks, j + 1)) j += 2;
      const prev = toks.get(j - 1);
      if (isPunctAt(toks, j, '.') && tight(toks, j) && prev.type === 'w' && (ABBREVIATED.has(prev.lower) || (prev.text.length === 1 && isCap(prev)))) j += 1;
      continue;
    }
    if (lowerOk && words >= 1 && !((t.type === 'w' && ['and', 'y', 'de', 'del'].includes(t.lower)) || isPunct(t, '&'))) break;
    if (((t.type === 'w' && (t.lower === 'and' || t.lower === 'y')) || isPunct(t, '&')) && startsAnotherCase(ctx, j + 1)) break;
    if ((t.type === 'w' && CONNECTORS.has(t.lower)) || isPunct(t, '&')) {
      if (j > start && near(toks, j + 1) && nameWordAt(ctx, j + 1, lowerOk) && !CONNECTORS.has(toks.get(j + 1).lower)) { j += 1; continue; }
      // "Regents of the Univ. of Cal.": two connectors before a name word
      const after = at(toks, j + 1);
      if (j > start && after?.type === 'w' && CONNECTORS.has(after.lower) && near(toks, j + 1) && near(toks, j + 2) && nameWordAt(ctx, j + 2, lowerOk) && !CONNECTORS.has(toks.get(j + 2).lower)) { j += 2; continue; }
    }
    break;
  }
  if (words === 0) return null;
  let end = j;
  while (end > start && (CONNECTORS.has(toks.get(end - 1).lower) || isPunctAt(toks, end - 1, '&'))) end -= 1;
  return { text: text.slice(toks.get(start).start, toks.get(end - 1).end), words, start: toks.get(start).start, end: toks.get(end - 1).end, next: end, first: toks.get(start) };
}

/** Reads the party before "v." backwards from token k, never reaching back past `ctx.floor`. */
function readPartyBackward(ctx: ScanContext, k: number): Party | null {
  const { toks, text } = ctx;
  const lowerOk = ctx.mode === 'query';
  let j = k;
  let words = 0;
  let first = -1;
  let joined = false;
  while (j >= ctx.floor && words < 8) {
    const t = toks.get(j);
    let tookWord = false;
    if (t.type === 'w' && words > 0 && NOT_NAMES.has(t.lower) && !CONNECTORS.has(t.lower)) break; // "Approach After Mathis v."
    if (t.type === 'w' && (isCap(t) || (lowerOk && (words === 0 || joined))) ) { first = j; words += 1; j -= 1; tookWord = true; }
    else if (t.type === 'w' && CONNECTORS.has(t.lower) && words > 0) { j -= 1; }
    else if (isPunct(t, '&') && words > 0) { j -= 1; }
    else if (isPunct(t, '.') && tight(toks, j) && toks.isWordAt(j - 1) && (ABBREVIATED.has(toks.get(j - 1).lower) || toks.get(j - 1).text.length === 1)) { j -= 1; }
    else if (isPunct(t, '-', "'") && tight(toks, j) && toks.isWordAt(j - 1) && (words > 0 || isPunct(t, '-'))) { j -= 1; }
    else break;
    if (j >= 0 && !near(toks, j + 1) && j + 1 <= k) break;
    joined = !tookWord;
    if (lowerOk && tookWord && !isPunctAt(toks, j, '-', "'")) break;
  }
  if (first < 0) return null;
  if (lowerOk && TWO_WORD_NAMES.has(at(toks, first - 1)?.lower ?? '') && first - 1 >= ctx.floor && near(toks, first)) first -= 1;
  // trim signals and sentence openers ("See", "In", "Under") and leading connectors
  while (first <= k && (toks.get(first).type !== 'w' || NOT_NAMES.has(toks.get(first).lower) || CONNECTORS.has(toks.get(first).lower))) first += 1;
  if (first > k) return null;
  const last = k;
  return { text: text.slice(toks.get(first).start, toks.get(last).end), words, start: toks.get(first).start, end: toks.get(last).end, next: k + 1, first: toks.get(first) };
}

/** After a name: ", <reporter citation>", skipping a docket number (", No. 2:25-cv-05605,"). */
function citationAfterName(ctx: ScanContext, k: number, name: string, start: number): RuleMatch | null {
  const { toks } = ctx;
  let m = k;
  // Markdown or typographic emphasis closing the name: "*Matter of Koljenovic*, 25 I&N Dec. 219"
  while (m < k + 2 && isPunctAt(toks, m, '*', '_') && tight(toks, m)) m += 1;
  // or HTML: "<em>Matter of X</em>, 24 I&N Dec. 29"
  if (isPunctAt(toks, m, '<') && tight(toks, m) && isPunctAt(toks, m + 1, '/') && isWordAt(toks, m + 2, 'em', 'i', 'u', 'b', 'strong', 'cite', 'span') && isPunctAt(toks, m + 3, '>')) m += 4;
  if (isPunctAt(toks, m, ',') && tight(toks, m)) {
    m += 1;
    // a reporter whose page is not yet known ("584 U.S. ___,") gives way to the parallel citation
    if (isNumAt(toks, m, 4) && near(toks, m)) {
      let d = m + 1;
      while (d < toks.length && d < m + 8 && toks.get(d).type !== 'n' && !isPunctAt(toks, d, ',', '_')) d += 1;
      let u = d;
      while (isPunctAt(toks, u, '_')) u += 1;
      if (u > d && isPunctAt(toks, u, ',')) m = u + 1;
    }
    if (isWordAt(toks, m, 'no', 'nos')) {
      let d = m + 1;
      while (d < toks.length && d < m + 14 && !(isPunctAt(toks, d, ',') && tight(toks, d))) d += 1;
      if (isPunctAt(toks, d, ',')) m = d + 1;
    }
    const cite = near(toks, m) ? readReporterCite(ctx, m) : null;
    if (cite) {
      const tail = readCaseTail(ctx, cite.next);
      return { cites: [decisionCitation(cite, tail, name, start)], next: tail.next };
    }
  }
  return null;
}

function nameOnly(ctx: ScanContext, kind: Citation['kind'], name: string, start: number, end: number, next: number): RuleMatch | null {
  const key = caseNameKey(name);
  if (!key) return null;
  const tail = readCaseTail(ctx, next);
  const display = name.replace(/\s+/g, ' ');
  return {
    cites: [makeCitation(kind, key, display, start, tail.end ?? end, { name: display, court: tail.court, year: tail.year })],
    next: tail.end !== null ? tail.next : next,
  };
}

/** "Matter of X", "In re X", "In the Matter of X" — BIA, AG and AAO decisions. */
export const matchMatterOf: Rule = (ctx, i) => {
  const { toks, mode } = ctx;
  const t = toks.get(i);
  let k: number;
  if (isWord(t, 'matter') && isWordAt(toks, i + 1, 'of') && near(toks, i + 1)) {
    if (mode === 'text' && t.text !== 'Matter') return null;
    const prev = at(toks, i - 1);
    const inThe = isWord(prev, 'the') && isWordAt(toks, i - 2, 'in');
    if (prev && ARTICLES.has(prev.lower) && !inThe) return null;
    k = i + 2;
  } else if (isWord(t, 'in') && isWordAt(toks, i + 1, 're') && near(toks, i + 1)) {
    if (mode === 'text' && (t.text !== 'In' || toks.get(i + 1).text !== 're')) return null;
    k = i + 2;
  } else return null;
  const start = isWordAt(toks, i - 1, 'the') && isWordAt(toks, i - 2, 'in') && mode === 'text' ? toks.get(i - 2).start : t.start;
  const party = readPartyForward(ctx, k, mode === 'query' ? 3 : 6);
  if (!party) return null;
  const name = `Matter of ${party.text}`;
  const displayName = ctx.text.slice(t.start, party.end);
  const direct = citationAfterName(ctx, party.next, displayName, start);
  if (direct) return direct;
  // names with several respondents: "In re Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270"
  let m = party.next;
  for (let extra = 0; extra < 2; extra += 1) {
    if (!isPunctAt(toks, m, ',')) break;
    const more = readPartyForward(ctx, m + 1, 4);
    if (!more) break;
    const after = citationAfterName(ctx, more.next, ctx.text.slice(t.start, more.end), start);
    if (after) return after;
    m = more.next;
  }
  if (NOT_RESPONDENTS.has(party.first.lower)) return null;
  if (mode === 'text' && party.words === 1 && party.text.length < 2) return null;
  return nameOnly(ctx, 'agency-decision', name, start, party.end, party.next);
};

/** "X v. Y", "X vs. Y", "X v Y", at the "v" token: the first party is read backwards. */
export const matchVersus: Rule = (ctx, i) => {
  const { toks, mode } = ctx;
  const t = toks.get(i);
  if (!isWord(t, 'v', 'vs') || (mode === 'text' && t.text !== t.lower) || !near(toks, i) || i === 0) return null;
  let k = i + 1;
  if (isPunctAt(toks, k, '.') && tight(toks, k)) k += 1;
  if (!near(toks, k) || isNumAt(toks, k)) return null;
  const left = readPartyBackward(ctx, i - 1);
  const right = readPartyForward(ctx, k, mode === 'query' ? 2 : 8);
  if (!left || !right) return null;
  if (mode === 'text') {
    if (left.first.text.length < 2 && !/-/.test(left.text)) return null;
    if (NOT_NAMES.has(right.first.lower)) return null;
  }
  const name = `${left.text} v. ${right.text}`;
  const displayName = ctx.text.slice(left.start, right.end);
  const withCite = citationAfterName(ctx, right.next, displayName, left.start);
  if (withCite) return withCite;
  // in prose "Asylum vs. Withholding" is a comparison: a name alone counts only with a lawyer's "v."
  if (mode === 'text' && (t.lower !== 'v' || k === i + 1)) return null;
  return nameOnly(ctx, 'court-decision', name, left.start, right.end, right.next);
};
