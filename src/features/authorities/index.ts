/**
 * Authorities: what each published resource cites (statutes, regulations, decisions, forms…),
 * stored by the search indexer from the same reading of the text that indexes it (as editors'
 * overrides correct it), and read by the authority pages, the resource page, related resources,
 * the API and the staff report. See docs/authorities.md.
 */
export type * from './authorities.table.ts';
export { CITED_FIELDS, citedAuthorities, type CitedAuthorityRow, type CitedField, type FieldCitations } from './cited.ts';
export { replaceResourceAuthorities } from './authorities.write.repo.ts';
export {
  authoritiesForResources, authoritiesOfResource, authorityCite, authoritySubtree, countCiting, findAuthority, listAuthorities,
  resourceIdsCiting, subsectionsOf, type AuthorityCount, type ResourceAuthority,
} from './authorities.repo.ts';
export {
  MARK_ACTIONS, OVERRIDE_ACTIONS, applyOverrides, readFieldCitations, readTypedAuthority, recognizedAuthorities,
  type AuthorityOverride, type CitationProblem, type CitedTexts, type RecognizedAuthority, type TypedAuthority,
} from './overrides.ts';
export { overridesOfResource, removeOverride, setOverride, type StoredOverride } from './overrides.repo.ts';
export { authoritiesReportAdmin } from './authorities.admin.tsx';
