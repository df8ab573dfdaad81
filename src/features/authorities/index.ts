/**
 * Authorities: what each published resource cites (statutes, regulations, decisions, forms…),
 * stored by the search indexer from the same reading of the text that indexes it, and read by the
 * authority pages, the resource page, related resources and the API. See docs/authorities.md.
 */
export type * from './authorities.table.ts';
export { CITED_FIELDS, citedAuthorities, type CitedAuthorityRow, type CitedField, type FieldCitations } from './cited.ts';
export { replaceResourceAuthorities } from './authorities.write.repo.ts';
export {
  authoritiesForResources, authoritiesOfResource, authorityCite, authoritySubtree, countCiting, findAuthority, listAuthorities,
  resourceIdsCiting, subsectionsOf, type AuthorityCount, type ResourceAuthority,
} from './authorities.repo.ts';
