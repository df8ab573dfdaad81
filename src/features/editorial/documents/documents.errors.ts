import { AppError, type ErrorText } from '../../../platform/errors.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import type { PublishState } from '../../../content/content.table.ts';
import type { WorkflowAction } from '../workflow.ts';
import type { DocumentInput, DocumentKind } from './kinds.ts';

/**
 * The service has no language: its refusals carry catalog keys (and English `message`s for logs
 * and the JSON error shape), and the staff screens translate them into the page's language.
 */

/** Input that fails validation: one problem per field, as catalog keys with their values. */
export class DocumentFieldsError extends AppError {
  constructor(readonly fields: Partial<Record<string, ErrorText>>) {
    super('bad_request', 'Some fields need attention. Each problem is shown beside its field.', { fields: Object.keys(fields) }, { key: 'documents.error.fields' });
    this.name = 'DocumentFieldsError';
  }
}

/** Field problems as keys without values, the shape parseDocumentInput returns. */
export function fieldsError(errors: Partial<Record<string, MessageKey>>): DocumentFieldsError {
  return new DocumentFieldsError(Object.fromEntries(Object.entries(errors).map(([f, key]) => [f, { key: key! }])));
}

/**
 * Someone else saved the item since this person opened it. Carries what they submitted (null for
 * a workflow button), so the form comes back with their text: nothing typed is lost.
 */
export class DocumentConflictError extends AppError {
  constructor(readonly kind: DocumentKind, readonly submitted: DocumentInput | null, readonly currentVersion: number, readonly expectedVersion: number) {
    super('conflict', `Someone else saved this ${kind} after you opened it, so your changes were not saved.`, { currentVersion, expectedVersion },
      { key: 'documents.error.conflict' });
    this.name = 'DocumentConflictError';
  }
}

/** A workflow action the table does not allow from the item's state. */
export class TransitionRefused extends AppError {
  constructor(readonly kind: DocumentKind, readonly from: PublishState, readonly action: Exclude<WorkflowAction, 'publishDue'>) {
    super('conflict', `This ${kind} is ${from}; it cannot be ${action === 'submit' ? 'submitted' : action} from there.`, { from, action },
      { key: 'documents.error.transition' });
    this.name = 'TransitionRefused';
  }
}
