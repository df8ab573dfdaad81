/**
 * Regulations: "8 C.F.R. § 1003.23(b)(1)", "8 CFR 1003.23", "8 C.F.R. pt. 1003", "8 C.F.R. part
 * 236, subpart C", "8 C.F.R. §§ 1208.16–1208.18", "22 C.F.R. § 42.32", "Title 8, Code of Federal
 * Regulations, section 1003.23". The bare "§ 1003.23" after a C.F.R. citation is read in statutes.ts.
 */
import type { Rule } from './context.ts';
import { readCfrSection, readSectionList, readSectionMark } from './sections.ts';
import { cfrCitation } from './statutes.ts';
import * as tokens from './tokens.ts';

// local bindings: calls through a module namespace cost a property lookup each under some loaders
const { at, isNum, isNumAt, isPunctAt, isWord, isWordAt, near, readSquashed, squashedForms } = tokens;

const CFR_FORMS = squashedForms(['cfr', 'codeoffederalregulations']);

export const matchCfr: Rule = (ctx, i) => {
  const { toks, mode } = ctx;
  let j = i;
  if (isWordAt(toks, i, 'title') && isNumAt(toks, i + 1, 2) && near(toks, i + 1)) j = i + 1;
  const t = toks.get(j);
  if (!isNum(t, 2)) return null;
  const title = Number(t.text);
  if (title < 1 || title > 50 || !near(toks, j + 1, 2)) return null;
  let k = j + 1;
  if (isPunctAt(toks, k, ',')) k += 1;
  const abbr = readSquashed(toks, k, CFR_FORMS, 10);
  if (!abbr) return null;
  if (mode === 'text' && toks.get(k).text !== toks.get(k).text.toUpperCase() && toks.get(k).lower !== 'code') return null;
  k = abbr.next;
  if (isPunctAt(toks, k, ',')) k += 1;
  let partsOnly = false;
  let plural = false;
  const w = at(toks, k);
  if (isWord(w, 'part', 'parts', 'pt', 'pts', 'parte', 'partes')) {
    partsOnly = true;
    plural = ['parts', 'pts', 'partes'].includes(w!.lower);
    k = isPunctAt(toks, k + 1, '.') ? k + 2 : k + 1;
  } else {
    const mark = readSectionMark(toks, k);
    if (mark) { k = mark.next; plural = mark.plural; }
  }
  if (!near(toks, k)) return null;
  const list = readSectionList(ctx, k, (m) => readCfrSection(ctx, m, partsOnly, mode === 'query'), plural);
  if (!list) return null;
  ctx.citedCfr = true;
  const cites = list.items.map((item, n) => cfrCitation(title, item, partsOnly, n === 0 ? toks.get(i).start : item.start));
  return { cites, next: list.next };
};
