import { scan } from './grammar/scan.ts';
import type { ExtractOptions, QueryCitation } from './types.ts';

/** Queries longer than this are read only up to here (nobody types a citation past it). */
export const MAX_QUERY_SCAN = 2000;

/**
 * The citations in what a visitor typed, read forgivingly: any case, missing punctuation and
 * spaces ("212h", "i 601 a", "8 usc 1101 a 43", "Padilla vs. Kentucky"), a bare section read as
 * the INA when it is one ("212(h)", "240A(b)(1)"), a bare "1003.23" as 8 C.F.R. when that part
 * exists. Each comes with the one key the query asks for (no ancestors, no equivalents) and its
 * span in the query, so the caller can drop those words from the plain-word search.
 */
export function readQueryCitations(q: string, options: ExtractOptions = {}): QueryCitation[] {
  if (typeof q !== 'string' || q.length === 0) return [];
  try {
    const text = q.length > MAX_QUERY_SCAN ? q.slice(0, MAX_QUERY_SCAN) : q;
    return scan(text, 'query', options.defaultState === undefined ? 'CA' : options.defaultState)
      .map(({ key, kind, display, start, end }) => ({ key, kind, display, start, end }));
  } catch {
    return [];
  }
}

/** The query with the citations' spans removed and spaces collapsed: the plain-word part. */
export function queryWithoutCitations(q: string, citations: readonly Pick<QueryCitation, 'start' | 'end'>[]): string {
  if (typeof q !== 'string') return '';
  let out = '';
  let pos = 0;
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    if (c.start < pos) continue;
    out += `${q.slice(pos, c.start)} `;
    pos = c.end;
  }
  return (out + q.slice(pos)).replace(/\s+/g, ' ').trim();
}
