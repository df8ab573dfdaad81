import type { Generated, Selectable } from 'kysely';
import type { Role } from '../../platform/http.ts';

/** A staff account. Flags are 0/1 so both engines store them the same way. */
export interface UsersTable {
  id: Generated<number>;
  /** Always stored lower-cased and trimmed. */
  email: string;
  name: string;
  role: Role;
  /** argon2id PHC string. */
  password_hash: string;
  /** Base32 TOTP secret; set but not enabled while enrolment awaits its first code. */
  totp_secret: string | null;
  totp_enabled: number;
  totp_last_step: number | null;
  disabled: number;
  created_at: string;
  updated_at: string;
}

/** One-time codes that stand in for the TOTP code; only their sha256 is kept. */
export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export type UserRow = Selectable<UsersTable>;

declare module '../../db/schema.ts' {
  interface Database {
    users: UsersTable;
    recovery_codes: RecoveryCodesTable;
  }
}
