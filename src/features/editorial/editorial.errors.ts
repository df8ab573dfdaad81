import { refusalFromIssues, type ContentRefusal } from '../../content/refusal.ts';
import { hasMessage } from '../../platform/i18n/index.ts';

/**
 * Field problems from zod issues whose messages are catalog keys (first per top-level field);
 * a message that is not a key (a zod default) becomes the generic "This value is not valid."
 */
export function fieldsErrorFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ContentRefusal {
  return refusalFromIssues(issues, hasMessage, { key: 'editorial.error.invalid' });
}
