import type { Generated } from 'kysely';

/** One failed sign-in, under a key such as `email:ana@example.org` or `ip:192.0.2.1`. */
export interface LoginAttemptsTable {
  id: Generated<number>;
  key: string;
  at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    login_attempts: LoginAttemptsTable;
  }
}
