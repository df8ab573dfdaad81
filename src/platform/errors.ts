import type { MessageKey } from './i18n/catalog.ts';
import { translator, type Translate } from './i18n/index.ts';

/** Machine-readable error codes; each maps to one HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
  insufficient_storage: 507,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The visitor-facing text of an error as a catalog key and its values, so the site's error page
 * can show it in the page's language; `message` stays the English text the JSON API returns.
 */
export interface ErrorText {
  key: MessageKey;
  params?: Record<string, string | number>;
  /**
   * Placeholders whose value is itself a phrase to translate first ("is a draft" / "es un
   * borrador"). `params` should hold the English phrase too, for pages that only read `params`.
   */
  parts?: Record<string, ErrorText>;
}

/** An ErrorText in the language of `t`, its parts translated first. */
export function translateText(t: Translate, text: ErrorText): string {
  const parts = Object.fromEntries(Object.entries(text.parts ?? {}).map(([name, part]) => [name, translateText(t, part)]));
  return t(text.key, { ...text.params, ...parts });
}

const english = translator('en');

/** The English form of a text: the `message` of errors built from catalog keys, for logs and JSON. */
export function inEnglish(text: ErrorText): string {
  return translateText(english, text);
}

/**
 * An AppError built from a catalog text: its message is the English form (logs, JSON), and pages
 * show the text in the visitor's language.
 */
export function textError(code: ErrorCode, text: ErrorText, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, inEnglish(text), details, text);
}

/** What to show a person for an error: its catalog text in their language when it has one, else its message. */
export function errorMessage(t: Translate, err: AppError): string {
  return err.text ? translateText(t, err.text) : err.message;
}

/**
 * An error meant for the person who caused it: its message is safe to show as is.
 * Anything thrown that is not an AppError is treated as a bug and shown as a generic 500.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra facts for the error page or JSON body, e.g. which parameters were wrong. */
    readonly details: Record<string, unknown> = {},
    /** The same message as a catalog key, for the HTML error page in the visitor's language. */
    readonly text?: ErrorText,
  ) {
    super(message);
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }

  /**
   * What to show a person, in the language of `t`: the catalog text when there is one, else the
   * message. Subclasses that carry more (the content engine's field problems) say that too.
   */
  say(t: Translate): string {
    return errorMessage(t, this);
  }
}

/**
 * Shorthand for the common "that does not exist" case. Without a message the page says, in the
 * visitor's language, that the page could not be found.
 */
export function notFound(message?: string): AppError {
  return message === undefined
    ? new AppError('not_found', 'We could not find that page.', {}, { key: 'error.404.body' })
    : new AppError('not_found', message);
}

/** Shorthand for invalid input. */
export function badRequest(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('bad_request', message, details);
}
