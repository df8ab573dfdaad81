/**
 * The whole database schema, assembled. `src/db/schema.ts` declares `Database` with only the
 * database layer's own table; every file below adds its feature's tables to it by declaration
 * merging. Importing them here (types only: nothing is loaded at run time) is what makes the
 * schema complete wherever the app is compiled, and it is the one list to extend when a
 * feature gains a table.
 */
import type {} from '../content/content.table.ts';
import type {} from '../features/audit/index.ts';
import type {} from '../features/authorities/index.ts';
import type {} from '../features/auth/index.ts';
import type {} from '../features/home/index.ts';
import type {} from '../features/media/index.ts';
import type {} from '../features/pages/index.ts';
import type {} from '../features/help/index.ts';
import type {} from '../features/projects/index.ts';
import type {} from '../features/resources/index.ts';
import type {} from '../features/search/index.ts';
import type {} from '../features/search-report/index.ts';
import type {} from '../features/topics/index.ts';
import type {} from '../features/users/index.ts';

export type { Database, Db } from '../db/schema.ts';
