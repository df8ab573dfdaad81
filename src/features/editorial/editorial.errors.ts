import { AppError, errorMessage, inEnglish, translateText, type ErrorText } from '../../platform/errors.ts';
import { hasMessage, type Translate } from '../../platform/i18n/index.ts';
import type { FieldErrors } from '../../platform/forms.ts';
import type { ResourceInput } from './editorial.schema.ts';

/** The message of a save that lost the race (English; pages show `editorial.error.conflict`). */
export function conflictMessage(): string {
  return inEnglish({ key: 'editorial.error.conflict' });
}

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
    text: ErrorText = { key: 'editorial.error.conflict' },
  ) {
    super('conflict', message, { currentVersion, expectedVersion }, text);
    this.name = 'ConflictError';
  }
}

/** Field name → the catalog text of its problem, so a form shows it in the page's language. */
export type FieldTexts = Partial<Record<string, ErrorText>>;

/**
 * Input that fails validation: one message per field, for the form to show beside each.
 * `fields` holds English messages (logs, JSON); `texts` the same as catalog keys, where known.
 */
export class FieldsError extends AppError {
  readonly texts: FieldTexts;
  constructor(readonly fields: FieldErrors, message = inEnglish({ key: 'editorial.error.fields' }), texts: FieldTexts = {}) {
    super('bad_request', message, { fields }, { key: 'editorial.error.fields' });
    this.name = 'FieldsError';
    this.texts = texts;
  }

  /** A FieldsError from catalog texts; its English messages are derived from them. */
  static of(texts: FieldTexts): FieldsError {
    const fields: FieldErrors = {};
    for (const [field, text] of Object.entries(texts)) if (text) fields[field] = inEnglish(text);
    return new FieldsError(fields, undefined, texts);
  }

  /** Each field's message in the language of `t` (the English one where no text was given). */
  messages(t: Translate): FieldErrors {
    const out: FieldErrors = {};
    for (const [field, message] of Object.entries(this.fields)) {
      const text = this.texts[field];
      out[field] = text ? translateText(t, text) : message;
    }
    return out;
  }
}

/** A revision whose fields no longer pass the checks (a slug now taken, a type since removed). */
export class RestoreError extends AppError {
  constructor(readonly version: number, readonly problems: FieldsError) {
    super('conflict', `${inEnglish({ key: 'editorial.error.restore', params: { version } })} ${Object.values(problems.fields).join(' ')}`,
      { fields: problems.fields }, { key: 'editorial.error.restore', params: { version } });
    this.name = 'RestoreError';
  }
}

/** An error's text for a staff page in the language of `t`, field problems included. */
export function staffMessage(t: Translate, err: AppError): string {
  if (err instanceof FieldsError) return Object.values(err.messages(t)).join(' ');
  if (err instanceof RestoreError) return `${errorMessage(t, err)} ${Object.values(err.problems.messages(t)).join(' ')}`;
  return errorMessage(t, err);
}

/**
 * Field problems from zod issues whose messages are catalog keys (first per top-level field);
 * a message that is not a key (a zod default) becomes the generic "This value is not valid."
 */
export function fieldsErrorFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldsError {
  const texts: FieldTexts = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    texts[field] ??= { key: hasMessage(issue.message) ? issue.message : 'editorial.error.invalid' };
  }
  return FieldsError.of(texts);
}
