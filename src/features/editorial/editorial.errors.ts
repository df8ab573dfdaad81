import { AppError } from '../../lib/errors.ts';
import type { FieldErrors, ResourceInput } from './editorial.schema.ts';

/**
 * Someone else saved the item since this person opened it. Carries what they submitted, so the
 * form can be shown again with their text, beside what is stored now: nothing typed is lost.
 */
export class ConflictError extends AppError {
  constructor(
    message: string,
    /** The fields this person submitted (null for a workflow action, which submits none). */
    readonly submitted: ResourceInput | null,
    /** The version stored now. */
    readonly currentVersion: number,
    /** The version this person started from. */
    readonly expectedVersion: number,
  ) {
    super('conflict', message, { currentVersion, expectedVersion });
    this.name = 'ConflictError';
  }
}

/** Input that fails validation: one message per field, for the form to show beside each. */
export class FieldsError extends AppError {
  constructor(readonly fields: FieldErrors, message = 'Some fields need attention. Each problem is shown beside its field.') {
    super('bad_request', message, { fields });
    this.name = 'FieldsError';
  }
}

/** The message shown when a save loses the race. */
export const CONFLICT_MESSAGE =
  'Someone else saved this resource after you opened it, so your changes were not saved. Your text is kept below: compare it with the current version and save again.';
