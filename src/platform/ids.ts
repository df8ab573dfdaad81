import { z } from 'zod';

/** The largest id (and version) either engine stores: PostgreSQL's `integer`, 2^31 − 1. */
export const MAX_ID = 2_147_483_647;

/**
 * A row id (or version number) as it arrives in a path, a query or a form: decimal digits only,
 * from 1 to 2^31 − 1. Anything else — a sign, a fraction, an exponent, 2^31 and beyond (which
 * PostgreSQL would refuse as out of range, a 500) — is not an id, and the caller answers 404 or 400.
 */
export const idSchema = z.union([
  z.string().regex(/^[0-9]{1,10}$/).transform(Number),
  z.number().int(),
]).pipe(z.number().int().min(1).max(MAX_ID));

/** The id `value` names, or null when it is not one (see idSchema). */
export function parseId(value: unknown): number | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
