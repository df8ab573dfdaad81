import { authoritiesOf, type Citation } from '../citations/index.ts';

/** The parts of a resource citations are read from, in the order they are read and stored. */
export const CITED_FIELDS = ['title', 'summary', 'body', 'pdf'] as const;
export type CitedField = (typeof CITED_FIELDS)[number];

/** What a field of a resource cites, as the search indexer read it. */
export interface FieldCitations {
  field: CitedField;
  citations: readonly Citation[];
}

/** One row of `resource_authorities`, before it has a resource id. */
export interface CitedAuthorityRow {
  key: string;
  kind: string;
  display: string;
  pins: string[];
  fields: CitedField[];
  mentions: number;
  position: number;
}

/**
 * The distinct authorities a resource cites, from the citations of each of its fields: the
 * fullest display, pins and mention counts across fields (authoritiesOf), and which fields cite
 * each one. Ordered by first citation, title first and PDF text last.
 */
export function citedAuthorities(found: readonly FieldCitations[]): CitedAuthorityRow[] {
  const ordered = [...found].sort((a, b) => CITED_FIELDS.indexOf(a.field) - CITED_FIELDS.indexOf(b.field));
  const fieldsOf = new Map<string, Set<CitedField>>();
  for (const { field, citations } of ordered) {
    for (const c of citations) {
      const set = fieldsOf.get(c.key);
      if (set) set.add(field);
      else fieldsOf.set(c.key, new Set([field]));
    }
  }
  return authoritiesOf(ordered.flatMap((f) => f.citations)).map((a, position) => ({
    key: a.key,
    kind: a.kind,
    display: a.display,
    pins: a.pins,
    fields: CITED_FIELDS.filter((f) => fieldsOf.get(a.key)?.has(f)),
    mentions: a.count,
    position,
  }));
}
