import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** The editorial workflow for projects, statements and pages (filled in by the documents work). */
export function documentsWorkflowSchema(_dialect: Dialect) {
  return {
    async up(_db: Kysely<any>) {},
  };
}
