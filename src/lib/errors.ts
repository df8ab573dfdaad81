import type { MessageKey } from './i18n/en.ts';

/** Machine-readable error codes; each maps to one HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The visitor-facing text of an error as a catalog key and its values, so the site's error page
 * can show it in the page's language; `message` stays the English text the JSON API returns.
 */
export interface ErrorText {
  key: MessageKey;
  params?: Record<string, string | number>;
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
