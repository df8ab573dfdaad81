import { z } from 'zod';
import { ROLES } from '../../../../platform/http.ts';
import type { Field } from '../kind.ts';
import { instant, int, optInstant, optInt, optText, text } from './fields.ts';
import { tableKind } from './table.repo.ts';

/** Staff accounts, only with --with-staff: password hashes and 2FA secrets as stored. */
export const USER_FIELDS: readonly Field[] = [
  { json: 'email', column: 'email', schema: text },
  { json: 'name', column: 'name', schema: text },
  { json: 'role', column: 'role', schema: z.enum(ROLES) },
  { json: 'passwordHash', column: 'password_hash', schema: text },
  { json: 'totpSecret', column: 'totp_secret', schema: optText },
  { json: 'totpEnabled', column: 'totp_enabled', schema: int },
  { json: 'totpLastStep', column: 'totp_last_step', schema: optInt },
  { json: 'disabled', column: 'disabled', schema: int },
  { json: 'createdAt', column: 'created_at', schema: instant },
  { json: 'updatedAt', column: 'updated_at', schema: instant },
];

export const RECOVERY_CODE_FIELDS: readonly Field[] = [
  { json: 'user', column: 'user_id', schema: text, ref: 'users' },
  { json: 'codeHash', column: 'code_hash', schema: text },
  { json: 'usedAt', column: 'used_at', schema: optInstant },
  { json: 'createdAt', column: 'created_at', schema: instant },
];

export const userKind = tableKind({ kind: 'user', table: 'users', fields: USER_FIELDS, staff: true, naturalKeyOf: 'users' });
export const recoveryCodeKind = tableKind({ kind: 'recovery-code', table: 'recovery_codes', fields: RECOVERY_CODE_FIELDS, staff: true });
