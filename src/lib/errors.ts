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
  ) {
    super(message);
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }
}

/** Shorthand for the common "that does not exist" case. */
export function notFound(message = 'We could not find that page.'): AppError {
  return new AppError('not_found', message);
}

/** Shorthand for invalid input. */
export function badRequest(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('bad_request', message, details);
}
