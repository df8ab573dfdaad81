import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { textError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import { formatSize } from './uploads.storage.ts';

/** Room for the form fields that travel with the files. */
const FORM_ALLOWANCE = 2 * 1024 * 1024;

/**
 * Refuses a staff-area request body larger than the upload limit (plus room for the form's
 * other fields) with a 413 before it is read into memory. Each file is checked again on its own.
 */
export function uploadBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes + FORM_ALLOWANCE,
    onError: () => {
      throw textError('payload_too_large', { key: 'editorial.upload.large.body', params: { max: formatSize(maxBytes) } });
    },
  });
}
