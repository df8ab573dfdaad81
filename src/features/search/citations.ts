import type { CitationTerms } from './analyzer/document.ts';
import type { QueryCitationReader } from './analyzer/query.ts';
import type { CitationSpans } from './search.snippets.ts';

// The citation grammar (features/citations) plugs in here: one grammar for text and queries.
// Until it lands, search reads no citations.

/** Citation search keys in a text, one entry per mention. */
export const citationTermsOf: CitationTerms = () => [];

/** Citations in a query, with the exact key each stands for. */
export const readQueryCitations: QueryCitationReader = () => [];

/** Where citations are in a text, with their keys, for snippets. */
export const citationSpansOf: CitationSpans = () => [];
