import type { Db } from '../../db/database.ts';
import type { Role } from '../../lib/http.ts';
import type { ResourceInput } from './editorial.schema.ts';

let counter = 0;

/** Inserts a staff account directly (no password), for tests that only need a user id. */
export async function insertStaff(db: Db, role: Role, name = `${role} ${++counter}`): Promise<{ id: number; email: string; name: string; role: Role }> {
  const email = `${role}-${process.pid}-${++counter}@haven.test`;
  const now = new Date().toISOString();
  const row = await db.insertInto('users').values({
    email, name, role, password_hash: 'not-a-hash', totp_secret: null, totp_enabled: 0, totp_last_step: null, disabled: 0, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, email, name, role };
}

/** A valid resource input on the demo taxonomy, with a unique slug unless one is given. */
export function draftInput(overrides: Partial<ResourceInput> = {}): ResourceInput {
  return {
    title: 'Matter of Pickering after vacatur', slug: `pickering-${++counter}`, type: 'practice-advisory',
    topics: ['crimes-and-immigration'], language: 'en', audience: 'practitioners',
    summary: 'When a vacated conviction still counts for immigration purposes.',
    body: '## Background\n\nA conviction vacated for a defect in the proceedings no longer counts.',
    publishedOn: '2024-11-01', updatedOn: null, authors: ['Staff Attorney'], series: null, translationOf: null, supersedes: [],
    ...overrides,
  };
}
