/**
 * The names of state codes as the grammar compares them: canonical words (abbreviations expanded,
 * states spelled out, "of"/"the"/"Ann." dropped: "Cal. Welf. & Inst. Code" and "California Welfare
 * and Institutions Code" are the same words), every name of data/state-codes.ts in a tree of
 * those words, and the words a name can begin with.
 */
import { STATES, STATE_CODES, type StateCodeDef } from '../data/state-codes.ts';
import { type Mode, type Tok, isCap } from './tokens.ts';

export const ABBREVIATIONS: Record<string, string> = {
  pen: 'penal', welf: 'welfare', inst: 'institutions', gov: 'government', govt: 'government', veh: 'vehicle',
  evid: 'evidence', civ: 'civil', proc: 'procedure', crim: 'criminal', fam: 'family', lab: 'labor', bus: 'business',
  prof: 'professions', rev: 'revised', stat: 'statutes', stats: 'statutes', statute: 'statutes', gen: 'general',
  cons: 'consolidated', comp: 'compiled', traf: 'traffic', exec: 'executive', ct: 'court', cts: 'courts', jud: 'judicial',
  transp: 'transportation', educ: 'education', soc: 'social', serv: 'services', correct: 'correction', cent: 'century',
  codified: 'codified', l: 'law', '&': 'and',
};
export const DROPPED = new Set(['ann', 'annotated', 'of', 'the']);

export const STATE_FORMS = new Map<string, string>();
for (const s of Object.values(STATES)) for (const w of s.words) STATE_FORMS.set(w, s.full.toLowerCase());

/** First words of the states named in two or three words ("new", "north", "district"). */
export const MULTI_WORD_FIRST = new Set([...STATE_FORMS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** How many words (3 or 2) at p name a state together ("new york", "district of columbia"), else 0. */
function multiWordState(words: readonly string[], p: number): number {
  if (!MULTI_WORD_FIRST.has(words[p])) return 0;
  const two = p + 1 < words.length ? `${words[p]} ${words[p + 1]}` : '';
  const three = p + 2 < words.length ? `${two} ${words[p + 2]}` : '';
  if (three && STATE_FORMS.has(three)) return 3;
  if (two && STATE_FORMS.has(two)) return 2;
  return 0;
}

/**
 * Canonical pieces of a code name: abbreviations expanded, states spelled out, "of"/"Ann." dropped.
 * Each piece remembers how many of the words it covers, so every prefix of the name is a prefix
 * of the pieces.
 */
export function canonicalPieces(words: readonly string[]): { piece: string; upTo: number }[] {
  const out: { piece: string; upTo: number }[] = [];
  for (let p = 0; p < words.length; p += 1) {
    const span = multiWordState(words, p);
    if (span > 0) { out.push({ piece: STATE_FORMS.get(words.slice(p, p + span).join(' '))!, upTo: p + span }); p += span - 1; continue; }
    const w = words[p];
    if (DROPPED.has(w)) { if (out.length) out[out.length - 1].upTo = p + 1; continue; }
    out.push({ piece: STATE_FORMS.get(w) ?? ABBREVIATIONS[w] ?? w, upTo: p + 1 });
  }
  return out;
}

/** The canonical pieces joined by spaces (what readNameWords asks after every word, so built without the pieces). */
function canonicalize(words: readonly string[]): string {
  let out = '';
  let pieces = 0;
  for (let p = 0; p < words.length; p += 1) {
    const span = multiWordState(words, p);
    let piece: string;
    if (span > 0) { piece = STATE_FORMS.get(words.slice(p, p + span).join(' '))!; p += span - 1; }
    else {
      const w = words[p];
      if (DROPPED.has(w)) continue;
      piece = STATE_FORMS.get(w) ?? ABBREVIATIONS[w] ?? w;
    }
    out = pieces === 0 ? `${piece}` : `${out} ${piece}`;
    pieces += 1;
  }
  return out;
}

export interface NameEntry { code: StateCodeDef; titleBefore: boolean; bare: boolean; acronym: boolean }
/**
 * Every canonical name, word by word: a node is a name's prefix, `entries` the codes of a whole
 * name. Reading stops as soon as no name can follow; walking it costs no string building.
 */
export interface NameNode { next: Map<string, NameNode>; entries: NameEntry[] | null }
export const NAME_TREE: NameNode = { next: new Map(), entries: null };
const FIRST_WORDS = new Set<string>();
const addName = (phrase: string, entry: NameEntry) => {
  const words = phrase.split(' ');
  const key = canonicalize(words);
  let node = NAME_TREE;
  for (const part of key.split(' ')) {
    let child = node.next.get(part);
    if (!child) { child = { next: new Map(), entries: null }; node.next.set(part, child); }
    node = child;
  }
  (node.entries ??= []).push(entry);
  FIRST_WORDS.add(words[0]);
  FIRST_WORDS.add(key.split(' ')[0]);
};
for (const code of STATE_CODES) {
  for (const n of code.names) addName(n, { code, titleBefore: code.locator === 'title-before', bare: false, acronym: !n.includes(' ') });
  for (const n of code.titleBeforeNames ?? []) addName(n, { code, titleBefore: true, bare: false, acronym: true });
  for (const n of code.bare ?? []) addName(n, { code, titleBefore: false, bare: true, acronym: !n.includes(' ') || n.length <= 7 });
}
for (const s of Object.values(STATES)) for (const w of s.words) FIRST_WORDS.add(w.split(' ')[0]);
/** Beginnings of multi-word state names ("new", "west", "district of"), whose first words alone are no name yet. */
export const STATE_PREFIXES = new Set<string>();
for (const s of Object.values(STATES)) for (const w of s.words) { const parts = w.split(' '); for (let n = 1; n < parts.length; n += 1) STATE_PREFIXES.add(parts.slice(0, n).join(' ')); }
export const MAX_NAME_WORDS = 9;

/**
 * Words (lower case, longer than one letter) that can begin a code name: a first word of a name
 * or of a state, or a word whose canonical form begins with one ("calif" → "california"). Every
 * other word is its own canonical form, so this set answers for any word what the canonical
 * pieces would, without building them for each capitalized word of the text.
 */
export const START_WORDS: ReadonlySet<string> = new Set<string>();
for (const w of new Set([...FIRST_WORDS, ...STATE_FORMS.keys(), ...Object.keys(ABBREVIATIONS), ...DROPPED, 'constructor'])) {
  if (FIRST_WORDS.has(w) || FIRST_WORDS.has(canonicalize([w]).split(' ')[0])) (START_WORDS as Set<string>).add(w);
}

/**
 * Whether token t can begin a code name in `mode` (what readCodeName checks first): in text a
 * capitalized word, and a single letter or a word of START_WORDS.
 */
export function mayStartCodeName(t: Tok, mode: Mode): boolean {
  if (mode === 'text' && !isCap(t)) return false;
  return t.text.length <= 1 || START_WORDS.has(t.lower);
}

/** The words of each state name of more than one word ("new york" → ["new", "york"]). */
const PIECE_WORDS = new Map([...STATE_FORMS.values()].filter((v) => v.includes(' ')).map((v) => [v, v.split(' ')] as const));

/** The node reached from `node` by the words of one canonical piece, or undefined. */
export function walkPiece(node: NameNode, piece: unknown): NameNode | undefined {
  if (typeof piece !== 'string') return undefined; // ABBREVIATIONS.constructor: no name
  const words = PIECE_WORDS.get(piece);
  if (words === undefined) return node.next.get(piece);
  let at: NameNode | undefined = node;
  for (const w of words) { at = at.next.get(w); if (at === undefined) return undefined; }
  return at;
}

/**
 * Whether the canonical words of `raw` begin some code's name: the pieces canonicalPieces would
 * give, walked in NAME_TREE as they are made (no piece objects, no joined strings).
 */
export function beginsCodeName(raw: readonly string[]): boolean {
  let node: NameNode | undefined = NAME_TREE;
  let pieces = 0;
  for (let p = 0; p < raw.length; p += 1) {
    const span = multiWordState(raw, p);
    let piece: unknown;
    if (span > 0) { piece = STATE_FORMS.get(raw.slice(p, p + span).join(' ')); p += span - 1; }
    else {
      const w = raw[p];
      if (DROPPED.has(w)) continue;
      piece = STATE_FORMS.get(w) ?? ABBREVIATIONS[w] ?? w;
    }
    node = walkPiece(node, piece);
    if (node === undefined) return false;
    pieces += 1;
  }
  return pieces > 0;
}
