import { AppError, inEnglish, translateText, type ErrorCode, type ErrorText } from '../platform/errors.ts';
import type { Translate } from '../platform/i18n/index.ts';
import type { PublishState } from './content.table.ts';

/**
 * Why the content engine refused a request, and the one place each reason becomes an HTTP
 * status: the app's onError answers every ContentRefusal with the status of its AppError code.
 */
export const REFUSAL_STATUS = {
  /** Fields that fail validation or a reference check (a taken slug, an unknown topic). */
  invalid: 'bad_request',
  /** Someone else saved the item first (optimistic version check). */
  conflict: 'conflict',
  /** The workflow does not allow this step from the item's state. */
  transition: 'conflict',
  /** An old revision whose fields no longer pass the checks. */
  restore: 'conflict',
  /** The item, or the revision asked for, does not exist. */
  missing: 'not_found',
  /** The content type's policy does not let this person take this step. */
  forbidden: 'forbidden',
} as const satisfies Record<string, ErrorCode>;

export type RefusalReason = keyof typeof REFUSAL_STATUS;

/** Field name → the catalog text of its problem, so a form shows it in the page's language. */
export type FieldTexts = Partial<Record<string, ErrorText>>;

/** The facts a refusal carries for the screen that shows it. */
export interface RefusalFacts {
  /** Problems by field (`invalid`, `restore`). */
  fields?: FieldTexts;
  /** What the person submitted, so a form can come back with their text (`conflict`). */
  submitted?: unknown;
  /** The version stored now and the one the person started from (`conflict`). */
  currentVersion?: number;
  expectedVersion?: number;
  /** The state and the refused step (`transition`). */
  from?: PublishState;
  /** (A WorkflowAction; typed as text so this module stays below workflow.ts.) */
  action?: string;
  /** The revision asked for (`restore`, `missing`). */
  version?: number;
}

/**
 * The one refusal of the content engine, whatever the content type: a reason (mapped to an HTTP
 * status by REFUSAL_STATUS), the catalog text of the whole refusal, and the facts a screen needs.
 * Its `message` is the English text (logs, JSON); pages translate `text` and `fields`.
 */
export class ContentRefusal extends AppError {
  override name = 'ContentRefusal';
  readonly fields: FieldTexts;
  readonly submitted: unknown;
  readonly currentVersion: number | undefined;
  readonly expectedVersion: number | undefined;
  readonly from: PublishState | undefined;
  readonly action: string | undefined;
  readonly version: number | undefined;

  constructor(readonly reason: RefusalReason, text: ErrorText, facts: RefusalFacts = {}) {
    const fields = facts.fields ?? {};
    const english = Object.values(fields).filter((f): f is ErrorText => Boolean(f)).map(inEnglish);
    const message = reason === 'restore' ? [inEnglish(text), ...english].join(' ') : inEnglish(text);
    super(REFUSAL_STATUS[reason], message, detailsOf(reason, fields, facts), text);
    this.fields = fields;
    this.submitted = facts.submitted ?? null;
    this.currentVersion = facts.currentVersion;
    this.expectedVersion = facts.expectedVersion;
    this.from = facts.from;
    this.action = facts.action;
    this.version = facts.version;
  }

  /** Each field's problem in the language of `t` (`params` fills placeholders such as a noun). */
  fieldMessages(t: Translate, params: Record<string, string> = {}): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [field, text] of Object.entries(this.fields)) {
      if (text) out[field] = translateText(t, { ...text, params: { ...params, ...text.params } });
    }
    return out;
  }

  /** The whole refusal in the language of `t`; field problems follow the sentence they belong to. */
  override say(t: Translate, params: Record<string, string> = {}): string {
    const fields = Object.values(this.fieldMessages(t, params));
    if (this.reason === 'invalid' && fields.length) return fields.join(' ');
    const head = this.text ? translateText(t, { ...this.text, params: { ...params, ...this.text.params } }) : this.message;
    return [head, ...fields].join(' ');
  }
}

function detailsOf(reason: RefusalReason, fields: FieldTexts, facts: RefusalFacts): Record<string, unknown> {
  const english = Object.fromEntries(Object.entries(fields).filter(([, v]) => v).map(([k, v]) => [k, inEnglish(v!)]));
  if (reason === 'invalid' || reason === 'restore') return { fields: english, ...(facts.version ? { version: facts.version } : {}) };
  if (reason === 'conflict') return { currentVersion: facts.currentVersion, expectedVersion: facts.expectedVersion };
  if (reason === 'transition') return { from: facts.from, action: facts.action };
  return facts.version ? { version: facts.version } : {};
}

/** A refusal of invalid fields. */
export function invalidFields(fields: FieldTexts, text: ErrorText = { key: 'content.refused.fields' }): ContentRefusal {
  return new ContentRefusal('invalid', text, { fields });
}

/**
 * Field problems from zod issues whose messages are catalog keys (first per top-level field); a
 * message that is not a key (a zod default) becomes `fallback`.
 */
export function refusalFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[], isKey: (s: string) => boolean, fallback: ErrorText,
): ContentRefusal {
  const fields: FieldTexts = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    fields[field] ??= isKey(issue.message) ? { key: issue.message as ErrorText['key'] } : fallback;
  }
  return invalidFields(fields);
}

/** True when `err` is a ContentRefusal for one of `reasons` (any reason when none are named). */
export function refused(err: unknown, ...reasons: RefusalReason[]): err is ContentRefusal {
  return err instanceof ContentRefusal && (reasons.length === 0 || reasons.includes(err.reason));
}
