import { diffSnapshots, type FieldChange } from '../../../content/diff.ts';
import { documentFields } from './documents.type.ts';
import type { DocumentKind, DocumentSnapshot } from './kinds.ts';

/**
 * What changed from snapshot `a` to `b` of a `kind`, field by field, with a word diff for title,
 * summary and body (long unchanged stretches of the body shortened). Unchanged fields are left out.
 */
export function diffDocuments(kind: DocumentKind, a: Partial<DocumentSnapshot>, b: Partial<DocumentSnapshot>): FieldChange[] {
  return diffSnapshots(documentFields(kind), a, b);
}
