import type { z } from 'zod';
import { textError } from './errors.ts';
import type { AppContext } from './http.ts';
import { hasMessage, type Translate } from './i18n/index.ts';

/** One message per field name, shown beside the field. */
export type FieldErrors = Partial<Record<string, string>>;

/** The text fields of a submitted form (files and repeated fields are ignored; `_csrf` dropped). */
export async function readForm(c: AppContext): Promise<Record<string, string>> {
  const body = await c.req.parseBody().catch(() => ({}));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name !== '_csrf' && typeof value === 'string') out[name] = value;
  }
  return out;
}

/** The body types an HTML form sends; anything else is not a form submission. */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * The submitted form as FormData (files included), for handlers that need more than `readForm`.
 * A body that is not a form (JSON, plain text, no content type) is a 415 and a form body that
 * cannot be parsed (a broken multipart body) a 400, each with a plain message: never a 500.
 */
export async function readFormData(c: AppContext): Promise<FormData> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!FORM_TYPES.has(type)) throw textError('unsupported_media_type', { key: 'admin.error.body.type' });
  try {
    return await c.req.formData();
  } catch {
    throw textError('bad_request', { key: 'admin.error.body.unreadable' });
  }
}

/** The text fields of a submitted form read with `readFormData` (repeated fields: the last one). */
export async function readFormFields(c: AppContext): Promise<Record<string, string>> {
  const form = await readFormData(c);
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Validates form values with a zod schema whose messages are catalog keys, giving either the
 * parsed data or the first message per field in the reader's language. `params` fills the
 * messages' placeholders, e.g. `{ min: 12 }` for "Use at least {min} characters."
 */
export function validateForm<S extends z.ZodType>(
  schema: S, values: Record<string, string>, t: Translate, params: Record<string, string | number> = {},
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    errors[field] = hasMessage(issue.message) ? t(issue.message, params) : t('admin.error.invalid');
  }
  return { ok: false, errors };
}
