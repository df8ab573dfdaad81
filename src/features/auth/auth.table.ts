import type { Generated, Selectable } from 'kysely';

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

/** One failed sign-in, under a key such as `email:ana@example.org` or `ip:192.0.2.1`. */
export interface LoginAttemptsTable {
  id: Generated<number>;
  key: string;
  at: string;
}

export type SessionRow = Selectable<SessionsTable>;

declare module '../../db/schema.ts' {
  interface Database {
    sessions: SessionsTable;
    login_attempts: LoginAttemptsTable;
  }
}
