import { ContentRefusal, refusalFromIssues } from '../../content/refusal.ts';
import { type AppError, errorMessage } from '../../platform/errors.ts';
import { hasMessage, type Translate } from '../../platform/i18n/index.ts';

/** An error's text for a staff page in the language of `t`, field problems included. */
export function staffMessage(t: Translate, err: AppError): string {
  return err instanceof ContentRefusal ? err.say(t) : errorMessage(t, err);
}

/**
 * Field problems from zod issues whose messages are catalog keys (first per top-level field);
 * a message that is not a key (a zod default) becomes the generic "This value is not valid."
 */
export function fieldsErrorFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ContentRefusal {
  return refusalFromIssues(issues, hasMessage, { key: 'editorial.error.invalid' });
}
