import { authoritiesOf, extractCitations } from '../citations/index.ts';
import type { OverrideAction } from './authorities.table.ts';
import type { CitedAuthorityRow, CitedField, FieldCitations } from './cited.ts';
import { citedAuthorities } from './cited.ts';

/** An editor's override as the indexer and the editor read it. */
export interface AuthorityOverride {
  key: string;
  action: OverrideAction;
  kind: string;
  display: string;
  note: string | null;
}

export const OVERRIDE_ACTIONS: readonly OverrideAction[] = ['add', 'suppress', 'superseded', 'changed'];
/** The actions that say what a resource reports about an authority (read by the staff report). */
export const MARK_ACTIONS: readonly OverrideAction[] = ['superseded', 'changed'];

/** Why a typed citation was refused. */
export type CitationProblem = 'empty' | 'unread' | 'several';

/** One authority read from what an editor typed. */
export interface TypedAuthority {
  key: string;
  kind: string;
  display: string;
}

/**
 * Reads what an editor typed as one citation, with the grammar that reads resources (so an added
 * authority has the key the text would have given it): `8 C.F.R. § 212.7`, `INA 212(h)`,
 * `Matter of Pickering, 23 I&N Dec. 621`. Refused when it reads none, or several authorities.
 */
export function readTypedAuthority(text: string): { ok: true; value: TypedAuthority } | { ok: false; problem: CitationProblem } {
  const typed = text.trim().slice(0, 500);
  if (!typed) return { ok: false, problem: 'empty' };
  const found = authoritiesOf(extractCitations(typed));
  if (found.length === 0) return { ok: false, problem: 'unread' };
  if (found.length > 1) return { ok: false, problem: 'several' };
  const [a] = found;
  return { ok: true, value: { key: a!.key, kind: a!.kind, display: a!.display } };
}

/**
 * What a resource stores after its editors' overrides: the authorities its text cites, less the
 * suppressed ones, then the added ones it does not already cite (in the order they were added,
 * after the rest). Marks (`superseded`, `changed`) change nothing here.
 */
export function applyOverrides(rows: readonly CitedAuthorityRow[], overrides: readonly AuthorityOverride[]): CitedAuthorityRow[] {
  const suppressed = new Set(overrides.filter((o) => o.action === 'suppress').map((o) => o.key));
  const kept = rows.filter((r) => !suppressed.has(r.key));
  const have = new Set(kept.map((r) => r.key));
  for (const o of overrides) {
    if (o.action !== 'add' || have.has(o.key) || suppressed.has(o.key)) continue;
    have.add(o.key);
    kept.push({ key: o.key, kind: o.kind, display: o.display, pins: [], fields: [], mentions: 0, position: 0 });
  }
  return kept.map((r, position) => ({ ...r, position }));
}

/** How an authority shown to the editor came to be there. */
export type RecognizedState = 'read' | 'added' | 'suppressed';

/** One line of the editor's "Authorities" panel. */
export interface RecognizedAuthority {
  key: string;
  kind: string;
  display: string;
  fields: CitedField[];
  state: RecognizedState;
}

/**
 * What the editor shows: every authority the grammar reads in the resource's fields, each marked
 * `read` or `suppressed`, then those editors added (`added`), as the indexer will store them.
 */
export function recognizedAuthorities(found: readonly FieldCitations[], overrides: readonly AuthorityOverride[]): RecognizedAuthority[] {
  const suppressed = new Set(overrides.filter((o) => o.action === 'suppress').map((o) => o.key));
  const read = citedAuthorities(found);
  const out: RecognizedAuthority[] = read.map((r) => ({
    key: r.key, kind: r.kind, display: r.display, fields: r.fields, state: suppressed.has(r.key) ? 'suppressed' : 'read',
  }));
  const have = new Set(read.map((r) => r.key));
  for (const o of overrides) {
    if (o.action !== 'add' || have.has(o.key)) continue;
    have.add(o.key);
    out.push({ key: o.key, kind: o.kind, display: o.display, fields: [], state: 'added' });
  }
  return out;
}

/** The texts of a resource citations are read from (PDF texts joined, as the indexer reads them). */
export interface CitedTexts {
  title: string;
  summary: string;
  body: string;
  pdf: string;
}

/** Reads each field's citations with the grammar, as the indexer does on every save. */
export function readFieldCitations(texts: CitedTexts): FieldCitations[] {
  return (['title', 'summary', 'body', 'pdf'] as const).filter((f) => texts[f]).map((field) => ({ field, citations: extractCitations(texts[field]) }));
}
