/**
 * The resources feature's public surface: other features and the app import only from here.
 */
import { onContentWrite } from '../../db/generation.ts';
import { numberPublishedResources } from './document-numbers.repo.ts';

export { facetCounts, listLibrary, topicsForResources } from './library.repo.ts';
export type { FacetCounts, LibraryFilter, LibraryItem } from './library.repo.ts';
export { latestPublished } from './latest.repo.ts';
export { outdatedTranslation } from './translations.repo.ts';
export { LibraryService, libraryOf, type SearchExplanation } from './library.service.ts';
export { libraryQueryOrThrow, resourcesPublic } from './resources.public.tsx';
export { findPublishedResource, loadResourceDetail } from './resources.repo.ts';
export type { ResourceAuthorCredit, ResourceDetail, ResourceRef } from './resources.repo.ts';
export { AUDIENCES, LIBRARY_PARAMS, MAX_PAGE, SORTS, libraryQuerySchema, libraryQueryString, parseLibraryQuery } from './resources.schema.ts';
export type { Audience, QueryProblem } from './resources.schema.ts';
export { RESOURCE_STATUSES } from './resources.table.ts';
export type { AttachmentsTable, ResourceStatus, ResourcesTable } from './resources.table.ts';
export { IdCache, applySeriesCount, ensureTopic, ensureType, linkReferences, titleFromSlug, upsertResource } from './resources.write.repo.ts';
export type { ResourceUpdateNote, ResourceWrite } from './resources.write.repo.ts';
export { topicsPublic } from './topics.public.tsx';
export { authoritiesPublic, authorityPath } from './authorities.public.tsx';
export { ResourceCard } from './views/ResourceCard.tsx';
export { ResourcePage } from './views/ResourcePage.tsx';
export { numberPublishedResources, raiseCounter, raiseDocumentCounter } from './document-numbers.repo.ts';
export { bylineName } from './person-name.ts';

// Whoever publishes a resource (editor, scheduler, import, seed), it gets its document number in
// the same transaction, before the search index reads it.
onContentWrite((trx) => numberPublishedResources(trx).then(() => undefined), { early: true });
