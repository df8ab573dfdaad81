import { z } from 'zod';
import { cleanLine } from '../../platform/text.ts';
import { ROLES } from '../../platform/http.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.ts';

// Messages are catalog keys (the messages.*.ts catalogs); validateForm translates them.
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** An email address, trimmed and lower-cased: the account's identity. */
export const emailField = z.preprocess(
  text,
  z.string().trim().toLowerCase().min(1, 'admin.error.email').max(254, 'admin.error.email').pipe(z.email('admin.error.email')),
);

/** A new password: at least 12 characters, not absurdly long; kept exactly as typed. */
export const newPasswordField = z.preprocess(
  text,
  z.string().min(PASSWORD_MIN_LENGTH, 'admin.error.password.short').max(PASSWORD_MAX_LENGTH, 'admin.error.password.long'),
);

/** A person's display name. */
export const nameField = z.preprocess((v) => cleanLine(text(v)), z.string().trim().min(1, 'admin.error.name').max(100, 'admin.error.name'));

/** One of the three roles. */
export const roleField = z.preprocess(text, z.enum(ROLES, 'admin.error.role'));

/** A password typed twice, which must match. */
export function withConfirmation<T extends z.ZodRawShape>(shape: T) {
  return z.object({ ...shape, password: newPasswordField, password_confirm: z.preprocess(text, z.string()) })
    .refine((v) => {
      const typed = v as unknown as { password: string; password_confirm: string };
      return typed.password === typed.password_confirm;
    }, { path: ['password_confirm'], message: 'admin.error.password.mismatch' });
}

/** The admin's "add a user" form. */
export const createUserSchema = withConfirmation({ email: emailField, name: nameField, role: roleField });
export type CreateUserInput = z.output<typeof createUserSchema>;

/** The admin's "change role" form. */
export const changeRoleSchema = z.object({ role: roleField });

/** The admin's "reset password" form. */
export const resetPasswordSchema = withConfirmation({});

/** The account owner's "change password" form. */
export const changeOwnPasswordSchema = withConfirmation({
  current_password: z.preprocess(text, z.string().min(1, 'admin.error.password.required')),
});
