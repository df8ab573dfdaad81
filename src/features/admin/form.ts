import type { z } from 'zod';
import type { AppContext } from '../../lib/http.ts';
import { messageCatalogs, type MessageKey, type Translate } from '../../lib/i18n/index.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/crypto.ts';

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

/** Values placed in message texts such as "Use at least {min} characters." */
const PARAMS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

/**
 * Validates form values with a zod schema whose messages are catalog keys, giving either the
 * parsed data or the first message per field in the reader's language.
 */
export function validateForm<S extends z.ZodType>(
  schema: S, values: Record<string, string>, t: Translate,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    errors[field] = issue.message in messageCatalogs.en ? t(issue.message as MessageKey, PARAMS) : t('admin.error.invalid');
  }
  return { ok: false, errors };
}
