import { z } from 'zod';
import { emailField } from '../users/index.ts';

// Messages are catalog keys (the messages.*.ts catalogs); validateForm translates them.
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The login form. The password is only checked for presence: the account decides the rest. */
export const loginSchema = z.object({
  email: emailField,
  password: z.preprocess(text, z.string().min(1, 'admin.error.password.required').max(1000, 'admin.error.password.long')),
  next: z.preprocess(text, z.string().max(2000)).optional(),
});

/** The second-factor form: a TOTP code or a recovery code. */
export const secondFactorSchema = z.object({
  code: z.preprocess(text, z.string().trim().min(6, 'admin.error.code').max(20, 'admin.error.code')),
});

/** The TOTP enrolment confirmation: a current code, and the account's password again. */
export const enrolSchema = z.object({
  code: z.preprocess(text, z.string().trim().regex(/^\d{3}\s?\d{3}$/, 'admin.error.code')),
  password: z.preprocess(text, z.string().min(1, 'admin.error.password.required').max(1000, 'admin.error.password.long')),
});

/** Forms that only ask for the account's password (turning 2FA off, new recovery codes). */
export const passwordOnlySchema = z.object({
  password: z.preprocess(text, z.string().min(1, 'admin.error.password.required').max(1000, 'admin.error.password.long')),
});
