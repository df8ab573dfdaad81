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

/** An account's sign-in sessions: the account's state, so ending them goes with account changes. */
/** What a session row is for: a signed-in session, or one awaiting its second factor. */
export type SessionStage = 'active' | 'mfa';

/** A database session, shared by every app node. */
export interface SessionsTable {
  /** sha256 (hex) of the random token in the cookie. */
  id: string;
  user_id: number;
  stage: SessionStage;
  /** The synchronizer token forms of this session carry. */
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute expiry: created_at plus the absolute timeout. */
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export type SessionRow = Selectable<SessionsTable>;

declare module '../../db/schema.ts' {
  interface Database {
    users: UsersTable;
    recovery_codes: RecoveryCodesTable;
    sessions: SessionsTable;
  }
}
