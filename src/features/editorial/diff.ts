import { diffSnapshots, type FieldChange } from '../../content/diff.ts';
import type { ResourceSnapshot } from './editorial.schema.ts';
import { RESOURCE_FIELDS } from './resources.type.ts';

// Word diffs and field diffs are the content engine's; resources diff by their own fields.
export { collapseUnchanged, diffText } from '../../content/diff.ts';
export type { DiffPart, FieldChange } from '../../content/diff.ts';

/**
 * What changed from snapshot `a` to snapshot `b`, field by field in reading order, with a word
 * diff for title, summary and body. Unchanged fields are left out, so an empty list means the
 * two revisions hold the same content.
 */
export function diffRevisions(a: Partial<ResourceSnapshot>, b: Partial<ResourceSnapshot>): FieldChange[] {
  return diffSnapshots(RESOURCE_FIELDS, a, b);
}
