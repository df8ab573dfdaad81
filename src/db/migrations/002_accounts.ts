import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { setNull, withId, type Dialect } from './helpers.ts';

/**
 * Staff accounts and access: users with optional TOTP and hashed recovery codes, database
 * sessions (so several app nodes share them), failed-login bookkeeping for rate limiting, and the
 * audit log. Flags are 0/1 integers and instants ISO-8601 UTC text, the same on both engines.
 */
export function accountsSchema(dialect: Dialect) {
  const owned = (c: ColumnDefinitionBuilder) => c.notNull().references('users.id').onDelete('cascade');
  return {
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('users'), dialect)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('totp_secret', 'text')
        .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        // The last TOTP time step accepted, so a code cannot be replayed within its window.
        .addColumn('totp_last_step', 'integer')
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('recovery_codes'), dialect)
        .addColumn('user_id', 'integer', owned)
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recovery_codes_user').on('recovery_codes').columns(['user_id', 'code_hash']).execute();

      await db.schema
        .createTable('sessions')
        // sha256 of the cookie's token: a leaked table does not hand out live sessions.
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', owned)
        // 'active', or 'mfa' between the password step and the second factor.
        .addColumn('stage', 'text', (c) => c.notNull().defaultTo('active'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

      await withId(db.schema.createTable('login_attempts'), dialect)
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_attempts_key_at').on('login_attempts').columns(['key', 'at']).execute();

      await withId(db.schema.createTable('audit_events'), dialect)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', setNull('users.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_type', 'text')
        .addColumn('subject_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('ip', 'text')
        .execute();
      await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at', 'id']).execute();
      await db.schema.createIndex('audit_events_action_at').on('audit_events').columns(['action', 'at', 'id']).execute();
    },
  };
}
