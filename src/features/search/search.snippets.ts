import type { ParsedQuery } from './analyzer/query.ts';
import { stem } from './analyzer/stem.ts';
import { foldText, markdownToText } from './analyzer/text.ts';

/** A passage of a result that shows why it matched; `marks` are [start, end) offsets in `text`. */
export interface Snippet {
  source: 'summary' | 'body' | 'pdf';
  /** For PDF passages: which page of the attachment (1-based). */
  page?: number;
  text: string;
  marks: [number, number][];
}

/** Characters around a passage's matches. */
const PASSAGE = 240;
/** Text read per field: a snippet is a hint, and a 2,000-page PDF must not hold up a results page. */
const MAX_SCANNED = 400_000;

/** Where a query's citations appear in a text, and under which keys (from the citation grammar). */
export type CitationSpans = ((text: string) => { start: number; end: number; keys: string[] }[]) & {
  /** The other keys of the same authority (8 U.S.C. for an INA section), to find it however cited. */
  equivalents?: (key: string) => string[];
};

/** Text read on each side of a citation's anchor (its numbers or names) to recognize it. */
const ANCHOR_WINDOW = 160;

/**
 * Distinctive pieces of citation keys — their numbers and capitalized names ("1003.23", "1182",
 * "Pickering") — to find the few places in a long text where the citation can be, so the grammar
 * reads small windows around them instead of the whole text.
 */
export function citationAnchors(keys: Iterable<string>): string[] {
  const anchors = new Set<string>();
  for (const key of keys) {
    for (const piece of key.split(/[\s()§,]+/)) {
      // Short numbers (volumes, titles: "8", "23") are everywhere in legal text; sections are not.
      if (/\d/.test(piece)) {
        const number = piece.replace(/^[^\d]*/, '');
        if (number.length >= 3) anchors.add(number);
      }
      else if (/^\p{Lu}\p{L}{3,}$/u.test(piece) && !/^(Matter|Form|Code|Penal|Stat|Dec)$/.test(piece)) anchors.add(piece.toLowerCase());
    }
  }
  return [...anchors];
}

/** Citation spans of a text, read only in windows around anchors (see citationAnchors). */
function anchoredSpans(text: string, anchors: string[], citationSpans: CitationSpans) {
  if (anchors.length === 0) return [];
  const lower = text.toLowerCase();
  const windows: [number, number][] = [];
  for (const anchor of anchors) {
    for (let at = lower.indexOf(anchor); at !== -1 && windows.length < 200; at = lower.indexOf(anchor, at + anchor.length)) {
      windows.push([Math.max(0, at - ANCHOR_WINDOW), Math.min(text.length, at + anchor.length + ANCHOR_WINDOW)]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  const spans: { start: number; end: number; keys: string[] }[] = [];
  for (const [from, to] of merged) {
    for (const span of citationSpans(text.slice(from, to))) spans.push({ start: span.start + from, end: span.end + from, keys: span.keys });
  }
  return spans;
}

interface Match {
  start: number;
  end: number;
  /** What was matched (stem or citation key), so a passage with many different matches wins. */
  what: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds a query's words (by stem, in the resource's language) and citations in a text. Words are
 * looked for on the folded text with one expression made of the query's stems, so a long PDF is
 * scanned in one pass; each hit is then checked by stemming it.
 */
export function findMatches(text: string, query: ParsedQuery, language: string, citationSpans: CitationSpans): Match[] {
  const scanned = text.length > MAX_SCANNED ? text.slice(0, MAX_SCANNED) : text;
  const wanted = new Set<string>();
  for (const group of query.groups) {
    if (group.kind === 'citation' || group.kind === 'document') continue;
    for (const alternative of group.alternatives) for (const term of alternative.terms) if (!term.includes('_')) wanted.add(term);
  }
  const citationKeys = new Set(query.groups.filter((g) => g.kind === 'citation').flatMap((g) => g.alternatives.flatMap((a) => a.terms.map((t) => t.slice(1)))));
  const matches: Match[] = [];
  const folded = foldText(scanned);
  if (wanted.size > 0 && folded.length === scanned.length) {
    const stems = [...wanted].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length).map(escapeRegExp);
    if (stems.length > 0) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})[\\p{L}\\p{N}]*`, 'gu');
      for (const m of folded.matchAll(pattern)) {
        const word = m[0];
        const s = stem(word, language);
        if (wanted.has(s) || wanted.has(word)) matches.push({ start: m.index!, end: m.index! + word.length, what: s });
      }
    }
  }
  if (citationKeys.size > 0) {
    for (const span of anchoredSpans(scanned, anchorsOf(query, citationKeys, citationSpans.equivalents), citationSpans)) {
      const key = span.keys.find((k) => citationKeys.has(k));
      if (key) matches.push({ start: span.start, end: span.end, what: `§${key}` });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

const anchorCache = new WeakMap<ParsedQuery, string[]>();
function anchorsOf(query: ParsedQuery, keys: Set<string>, equivalents: (key: string) => string[] = () => []): string[] {
  let anchors = anchorCache.get(query);
  if (!anchors) {
    const all = [...keys].flatMap((k) => [k, ...equivalents(k)]);
    anchors = citationAnchors([...all, ...query.groups.filter((g) => g.kind === 'citation').map((g) => g.display ?? '')]);
    anchorCache.set(query, anchors);
  }
  return anchors;
}

/** The best passage of a text: the window holding the most different matches, then the most. */
function bestWindow(text: string, matches: Match[]): { text: string; marks: [number, number][]; firstMatch: number; score: number } | undefined {
  if (matches.length === 0) return undefined;
  let best = { from: 0, to: 0, score: -1 };
  for (let i = 0, j = 0; i < matches.length; i++) {
    while (j < matches.length && matches[j]!.end - matches[i]!.start <= PASSAGE) j++;
    const inWindow = matches.slice(i, j);
    const score = new Set(inWindow.map((m) => m.what)).size * 10 + inWindow.length;
    if (score > best.score) best = { from: i, to: j, score };
  }
  const first = matches[best.from]!;
  const last = matches[best.to - 1]!;
  const slack = Math.max(0, PASSAGE - (last.end - first.start));
  let start = Math.max(0, first.start - Math.floor(slack / 3));
  let end = Math.min(text.length, last.end + slack - (first.start - start));
  // Start and end on word boundaries.
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  const raw = text.slice(start, end);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  // Newlines and runs of spaces become single spaces; offsets are mapped through the change.
  let out = prefix;
  const map: number[] = [];
  for (let k = 0; k < raw.length; k++) {
    map[k] = out.length;
    const ch = raw[k]!;
    if (/\s/.test(ch)) {
      if (!out.endsWith(' ')) out += ' ';
    } else out += ch;
  }
  map[raw.length] = out.length;
  const marks = matches.slice(best.from, best.to).map((m): [number, number] => [map[m.start - start]!, map[m.end - start]!]);
  return { text: out + suffix, marks, firstMatch: first.start, score: best.score };
}

/**
 * The snippet of a result: the best passage of its body or of one of its PDFs (with the page the
 * passage is on), or its summary with the matches marked when only the title or summary matched.
 */
export function buildSnippet(
  query: ParsedQuery, language: string, summary: string, body: string, attachments: string[], citationSpans: CitationSpans,
): Snippet | undefined {
  const candidates: Snippet[] = [];
  let bestScore = 0;
  const consider = (text: string, source: Snippet['source'], pageOf?: (offset: number) => number) => {
    const window = bestWindow(text, findMatches(text, query, language, citationSpans));
    if (!window || window.score <= bestScore) return;
    bestScore = window.score;
    candidates.push({ source, text: window.text, marks: window.marks, ...(pageOf ? { page: pageOf(window.firstMatch) } : {}) });
  };
  consider(markdownToText(body), 'body');
  for (const attachment of attachments.slice(0, 5)) {
    consider(attachment, 'pdf', (offset) => 1 + countFormFeeds(attachment, offset));
  }
  if (candidates.length > 0) return candidates[candidates.length - 1];
  const matches = findMatches(summary, query, language, citationSpans);
  if (matches.length === 0) return undefined;
  return { source: 'summary', text: summary, marks: matches.map((m) => [m.start, m.end]) };
}

function countFormFeeds(text: string, until: number): number {
  let pages = 0;
  for (let i = text.indexOf('\f'); i !== -1 && i < until; i = text.indexOf('\f', i + 1)) pages++;
  return pages;
}
