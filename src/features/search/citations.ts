import { type Citation, citationSearchKeys, equivalentKeys, extractCitations, readQueryCitations as readCitationsInQuery } from '../citations/index.ts';
import type { QueryCitationReader } from './analyzer/query.ts';
import type { CitationSpans } from './search.snippets.ts';

// One grammar (features/citations) reads citations in resources and in queries, so every form of
// a citation a visitor types meets the keys its resources are indexed under.

/**
 * Citation search keys in a text, one entry per mention and key: the canonical key, its parents
 * ("INA 212" for "INA 212(h)"), its other names (8 U.S.C. for the INA) and a named case's name.
 */

/** Reads the citations of a text (the indexer keeps them to store the resource's authorities). */
export type CitationReader = (text: string) => readonly Citation[];

/** The grammar's reader, which every index writer uses. */
export const readCitations: CitationReader = (text) => extractCitations(text);

/** The search keys of citations already read, one entry per mention and key. */
export const searchKeysOf = (citations: readonly Citation[]): string[] => citations.flatMap((c) => citationSearchKeys(c));

/** Citations in a query, each with the exact key it asks for. */
export const readQueryCitations: QueryCitationReader = (q) =>
  readCitationsInQuery(q).map((c) => ({ start: c.start, end: c.end, key: c.key, display: c.display }));

/** Where citations are in a text, with their search keys, for snippets. */
export const citationSpansOf: CitationSpans = Object.assign(
  (text: string) => extractCitations(text).map((c) => ({ start: c.start, end: c.end, keys: citationSearchKeys(c) })),
  { equivalents: equivalentKeys },
);
