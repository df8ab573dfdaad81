/**
 * Form numbers: "Form I-601A", "I-601a", "I601A", "EOIR-42B", "EOIR 26", "N-400", "G-28",
 * "DS-260", "I-9", "Form I-918, Supplement B", "Forms I-130 and I-130A", "formulario I-589".
 * Without the word "Form" only listed numbers are read (so "I-95", "N-95 mask" and "G-20 summit"
 * are not forms), and a listed number that is also an interstate ("I-94", "I-90", "I-20") is not
 * read when the words around it are about roads.
 */
import { FORM_PREFIXES, KNOWN_FORMS, SUPPLEMENT_ALIASES } from '../data/forms.ts';
import type { Citation } from '../types.ts';
import { type Rule, type ScanContext, makeCitation } from './context.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isNum, isNumAt, isPunctAt, isWordAt, near, tight } = tokens;

const PREFIXES = new Set<string>(FORM_PREFIXES.map((p) => p.toLowerCase()));
const ROAD_WORDS = new Set(['highway', 'freeway', 'interstate', 'corridor', 'exit', 'north', 'south', 'east', 'west', 'northbound',
  'southbound', 'eastbound', 'westbound', 'traffic', 'bridge', 'expressway', 'motorway', 'lane', 'lanes', 'mile', 'toll', 'near']);
const ROAD_BEFORE = new Set(['interstate', 'on', 'off', 'take', 'took', 'via', 'along', 'onto', 'drive', 'driving', 'drove', 'from']);
const FORM_WORDS = new Set(['form', 'forms', 'formulario', 'formularios', 'formas']);

interface FormNumber { id: string; start: number; end: number; next: number }

/** One form number at token k ("I-601A", "EOIR-33/IC", "I601A", in a query also "i 601 a"). */
function readFormNumber(ctx: ScanContext, k: number, explicit: boolean): FormNumber | null {
  const { toks, mode } = ctx;
  const p = at(toks, k);
  if (p?.type !== 'w' || !PREFIXES.has(p.lower)) return null;
  let m = k + 1;
  if (isPunctAt(toks, m, '-') && tight(toks, m)) m += 1;
  const n = at(toks, m);
  const spaced = !tight(toks, m);
  if (!isNum(n, 4) || n!.text.startsWith('0')) return null;
  if (spaced && !(near(toks, m, 1) && (mode === 'query' || p.lower === 'eoir' || explicit))) return null;
  let id = `${p.text.toUpperCase()}-${n!.text}`;
  m += 1;
  const suffix = at(toks, m);
  if (suffix?.type === 'w' && suffix.text.length <= 3) {
    const withSuffix = `${id}${suffix.text.toUpperCase()}`;
    const attached = tight(toks, m);
    if ((attached && (KNOWN_FORMS.has(withSuffix) || (explicit && /^[A-Z]{1,2}$/.test(suffix.text)))) || (!attached && mode === 'query' && near(toks, m, 1) && KNOWN_FORMS.has(withSuffix))) {
      id = withSuffix;
      m += 1;
    } else if (attached && suffix.text === 's' && KNOWN_FORMS.has(id)) {
      m += 1; // a plural: "I-130s"
    } else if (attached) return null; // "I-130abc"
  }
  if (isPunctAt(toks, m, '/') && tight(toks, m) && toks.isWordAt(m + 1) && tight(toks, m + 1) && KNOWN_FORMS.has(`${id}/${toks.get(m + 1).text.toUpperCase()}`)) {
    id = `${id}/${toks.get(m + 1).text.toUpperCase()}`;
    m += 2;
  }
  if (isNumAt(toks, m) && tight(toks, m)) return null;
  // lower-case prefixes ("i-601a") and numbers without "Form" only for listed numbers
  const known = KNOWN_FORMS.has(id);
  if (!known && (!explicit || p.text !== p.text.toUpperCase())) return null;
  return { id, start: p.start, end: toks.get(m - 1).end, next: m };
}

/** ", Supplement B" / " Supplement A" / " Supp. B" after a form number. */
function readSupplement(ctx: ScanContext, k: number): { letter: string; next: number; end: number } | null {
  const { toks } = ctx;
  let m = k;
  if (isPunctAt(toks, m, ',') && tight(toks, m)) m += 1;
  if (!isWordAt(toks, m, 'supplement', 'supp', 'suplemento') || !near(toks, m)) return null;
  m += 1;
  if (isPunctAt(toks, m, '.') && tight(toks, m)) m += 1;
  const letter = at(toks, m);
  if (letter?.type !== 'w' || letter.text.length !== 1 || !near(toks, m)) return null;
  return { letter: letter.text.toUpperCase(), next: m + 1, end: letter.end };
}

function formCitation(id: string, supplement: string | null, start: number, end: number): Citation {
  const aliased = supplement ? null : SUPPLEMENT_ALIASES.get(id);
  const full = aliased ?? (supplement ? `${id} Supplement ${supplement}` : id);
  const display = full.includes(' Supplement ') ? `Form ${full.replace(' Supplement ', ', Supplement ')}` : `Form ${full}`;
  return makeCitation('form', `Form ${full}`, display, start, end);
}

function roadContext(ctx: ScanContext, k: number, f: FormNumber): boolean {
  const before = at(ctx.toks, k - 1);
  const after = at(ctx.toks, f.next);
  return (before !== undefined && ROAD_BEFORE.has(before.lower)) || (after !== undefined && ROAD_WORDS.has(after.lower) && near(ctx.toks, f.next));
}

export const matchForm: Rule = (ctx, i) => {
  const { toks } = ctx;
  const t = toks.get(i);
  if (t.type !== 'w') return null;
  let k = i;
  let explicit = false;
  if (FORM_WORDS.has(t.lower)) {
    explicit = true;
    k = i + 1;
    if (!near(toks, k)) return null;
  } else if (!PREFIXES.has(t.lower)) return null;
  const first = readFormNumber(ctx, k, explicit);
  if (!first) return null;
  if (!explicit && roadContext(ctx, k, first)) return null;
  const cites: Citation[] = [];
  let current = first;
  let next = first.next;
  for (let n = 0; n < 12; n += 1) {
    const supp = readSupplement(ctx, current.next);
    cites.push(formCitation(current.id, supp?.letter ?? null, n === 0 ? t.start : current.start, supp ? supp.end : current.end));
    next = supp ? supp.next : current.next;
    // lists: "Forms I-130 and I-130A", "I-130/I-485", "Forms I-129F, I-134"
    let m = next;
    if (isPunctAt(toks, m, ',') && tight(toks, m)) m += 1;
    if (isWordAt(toks, m, 'and', 'or', 'y', 'o') || isPunctAt(toks, m, '&', '/')) m += 1;
    if (m === next || !near(toks, m, 2)) break;
    const more = readFormNumber(ctx, m, explicit);
    if (!more) break;
    current = more;
  }
  return { cites, next };
};
