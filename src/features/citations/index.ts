/**
 * Citations: one grammar that reads legal citations in resources (to index them and list their
 * authorities) and in search queries (to find them). Pure: no database, no HTTP.
 * See docs/citations.md for what is recognized and how keys are formed.
 */
export type { Citation, CitationKind, ExtractOptions, QueryCitation } from './types.ts';
export { extractCitations } from './extract.ts';
export { authoritiesOf, type CitedAuthority } from './authorities.ts';
export { readQueryCitations, queryWithoutCitations, MAX_QUERY_SCAN } from './query.ts';
export {
  ancestorKeys, canonicalKey, caseNameKey, citationSearchKeys, equivalentKeys, kindOfKey, parentKey, parseKey,
  type ParsedKey,
} from './keys.ts';
export { alsoCitedAs, displayKey, fullName, keyToSlug, slugToKey, type Locale } from './describe.ts';
export { CITATION_KINDS, inLocale, isCitationKind } from './kinds.ts';
export { INA_USC_TABLE, type InaSectionRow } from './data/ina-usc.ts';
