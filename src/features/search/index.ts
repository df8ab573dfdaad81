/**
 * Ranked search over the library: analysis (stems, stop words, citations, synonyms), the index
 * kept in step by triggers and the content-write hook, query evaluation, snippets and suggestions.
 */
import { onContentWrite } from '../../db/generation.ts';
import { citationTermsOf } from './citations.ts';
import { indexQueued } from './search.indexer.ts';

export { SearchService, type SearchHit, type SearchPage, type SearchRequest } from './search.service.ts';
export type { ParsedQuery, QueryGroup } from './analyzer/query.ts';
export type { Snippet } from './search.snippets.ts';
export type { Correction } from './search.expand.ts';
export type { FacetCounts, SearchFilter, SearchSort } from './search.engine.ts';
export { indexQueued } from './search.indexer.ts';
export type * from './search.table.ts';
export { rebuildSearchIndex } from './search.reindex.ts';
export { reindexCommand } from './search.cli.ts';
export { synonymsAdmin } from './synonyms.admin.tsx';
export { searchPublic } from './search.public.tsx';
export { SuggestService, type Suggestion } from './search.suggest.ts';
export { normalizeTyped } from './analyzer/text.ts';

// Every transaction that writes content brings the index up to date before it commits
// (bumpGeneration runs this), so the index never disagrees with what was committed.
onContentWrite((trx) => indexQueued(trx, citationTermsOf).then(() => undefined));
