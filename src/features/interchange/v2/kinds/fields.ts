import { z } from 'zod';
import type { Field } from '../kind.ts';

/** Schemas shared by the kinds' field lists. */
export const slug = z.string().regex(/^[a-z0-9-]{1,120}$/, 'must be 1–120 lower-case letters, digits and hyphens');
export const text = z.string().refine((s) => !s.includes('\u0000'), 'must not contain the NUL character (\\u0000)');
export const optText = text.nullable();
export const int = z.number().int();
export const optInt = z.number().int().nullable();
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** An instant as stored: ISO-8601 UTC text. */
export const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'must be an ISO-8601 UTC instant');
export const optInstant = instant.nullable();
/** A document number, `{PREFIX}-{YEAR}-{NNNN}` (src/features/resources/document-numbers.repo.ts). */
export const documentNumber = z.string().regex(/^[A-Z][A-Z0-9]{0,11}-\d{4}-\d{4,9}$/, 'must be a document number such as ILRC-2024-0001');
export const status = z.enum(['draft', 'review', 'scheduled', 'published', 'archived']);

/** The workflow columns every editable document shares (content.table.ts). */
export const WORKFLOW_FIELDS: readonly Field[] = [
  { json: 'status', column: 'status', schema: status },
  { json: 'version', column: 'version', schema: int },
  { json: 'createdAt', column: 'created_at', schema: instant },
  { json: 'updatedAt', column: 'updated_at', schema: instant },
  { json: 'publishAt', column: 'publish_at', schema: optInstant },
  { json: 'submittedAt', column: 'submitted_at', schema: optInstant },
  { json: 'author', column: 'author_id', schema: z.string().nullable(), ref: 'users' },
];
