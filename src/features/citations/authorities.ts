import type { Citation, CitationKind } from './types.ts';

/** One authority a text cites, with every place it cites it. */
export interface CitedAuthority {
  key: string;
  kind: CitationKind;
  /** The fullest display among its citations (one with a case name and a court is preferred). */
  display: string;
  name: string | null;
  /** Pin cites used, in order, without repeats. */
  pins: string[];
  /** Keys of parallel citations seen with it. */
  parallel: string[];
  /** How many times the text cites it. */
  count: number;
}

const richness = (c: Citation) => (c.name ? 2 : 0) + (c.court || c.year ? 1 : 0) + (/^\d/.test(c.key) && c.display.includes(',') ? 1 : 0);

/**
 * The distinct authorities of a list of citations (from `extractCitations`), in order of first
 * citation: what a resource's "Authorities cited" lists and what is stored per resource.
 */
export function authoritiesOf(citations: readonly Citation[]): CitedAuthority[] {
  const byKey = new Map<string, { a: CitedAuthority; best: Citation }>();
  for (const c of citations) {
    const seen = byKey.get(c.key);
    if (!seen) {
      byKey.set(c.key, {
        a: { key: c.key, kind: c.kind, display: c.display, name: c.name, pins: c.pin ? [c.pin] : [], parallel: [...c.parallel], count: 1 },
        best: c,
      });
      continue;
    }
    seen.a.count += 1;
    if (c.pin && !seen.a.pins.includes(c.pin)) seen.a.pins.push(c.pin);
    for (const p of c.parallel) if (!seen.a.parallel.includes(p)) seen.a.parallel.push(p);
    if (!seen.a.name && c.name) seen.a.name = c.name;
    if (richness(c) > richness(seen.best)) { seen.best = c; seen.a.display = c.display; }
  }
  return [...byKey.values()].map((v) => v.a);
}
