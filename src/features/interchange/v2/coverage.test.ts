import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../../test/support/app.ts';
import type { Field } from './kind.ts';
import { ATTACHMENT_FIELDS } from './kinds/attachments.repo.ts';
import { PAGE_FIELDS, PROJECT_FIELDS, STATEMENT_FIELDS } from './kinds/documents.repo.ts';
import { IMAGE_FIELDS } from './kinds/media.repo.ts';
import { RECOVERY_CODE_FIELDS, USER_FIELDS } from './kinds/people.repo.ts';
import { REDIRECT_COLUMNS } from './kinds/redirects.repo.ts';
import { COUNTER_COLUMNS, RESOURCE_FIELDS } from './kinds/resources.repo.ts';
import { FEATURE_FIELDS, HELP_FIELDS, SYNONYM_FIELDS } from './kinds/site.repo.ts';
import { AUTHOR_FIELDS, SERIES_FIELDS, TOPIC_FIELDS, TYPE_FIELDS } from './kinds/taxonomy.repo.ts';

const columns = (fields: readonly Field[]) => fields.map((f) => f.column);

/**
 * Every column of every table a site is made of, and where interchange v2 carries it (or why it
 * does not). A column added by a migration fails this test until it is given a place: for a table
 * with a field list, one line in that list.
 */
const CARRIED: Record<string, string[]> = {
  resources: [...columns(RESOURCE_FIELDS), 'id', 'translation_of_id' /* translationOf */, 'sort_title' /* derived from the title */],
  attachments: [...columns(ATTACHMENT_FIELDS), 'id', 'resource_id', 'position' /* list order */, 'storage_key' /* file + sha256 */],
  resource_types: [...columns(TYPE_FIELDS), 'id'],
  topics: [...columns(TOPIC_FIELDS), 'id'],
  series: [...columns(SERIES_FIELDS), 'id'],
  authors: [...columns(AUTHOR_FIELDS), 'id'],
  projects: [...columns(PROJECT_FIELDS), 'id'],
  statements: [...columns(STATEMENT_FIELDS), 'id'],
  pages: [...columns(PAGE_FIELDS), 'id'],
  media: [...columns(IMAGE_FIELDS), 'id'],
  homepage_features: [...columns(FEATURE_FIELDS), 'id'],
  search_synonyms: [...columns(SYNONYM_FIELDS), 'id'],
  help_entries: [...columns(HELP_FIELDS), 'id'],
  users: [...columns(USER_FIELDS), 'id'],
  recovery_codes: [...columns(RECOVERY_CODE_FIELDS), 'id'],
  // Lists of a resource record.
  resource_topics: ['resource_id', 'topic_id', 'listed_on' /* database triggers */],
  resource_authors: ['resource_id', 'author_id', 'position', 'affiliation'],
  resource_updates: ['id', 'resource_id', 'position', 'noted_on', 'note'],
  document_counters: COUNTER_COLUMNS,
  slug_redirects: REDIRECT_COLUMNS,
  resource_supersedes: ['resource_id', 'superseded_id'],
  resource_authority_overrides: ['resource_id', 'key', 'action', 'kind', 'display', 'note', 'user_id' /* by, with --with-staff */, 'created_at'],
  project_resources: ['project_id', 'resource_id'],
  settings: ['key', 'value'],
};

/** Carried whatever their columns are (revisions: every column as stored). */
const GENERIC = ['revisions'];

/** Not part of what a site is: derived (rebuilt on import), operational, or personal logs. */
const NOT_CARRIED = [
  'content_state', 'sessions', 'login_attempts', 'audit_events', 'authorities', 'resource_authorities',
  'search_postings', 'search_docs', 'search_attrs', 'search_words', 'search_queue', 'search_log', 'search_clicks', 'search_log_state',
];

describeEachDialect('interchange v2 covers the schema', (env) => {
  it('carries every column of every content table, or says why not', async () => {
    const tables = (await env().db.introspection.getTables()).filter((t) => !t.name.startsWith('kysely_') && !t.name.startsWith('search_fts'));
    const problems: string[] = [];
    for (const table of tables) {
      if (GENERIC.includes(table.name) || NOT_CARRIED.includes(table.name)) continue;
      const carried = CARRIED[table.name];
      if (!carried) {
        problems.push(`table ${table.name}: not carried; add a record kind (src/features/interchange/v2/kinds/) or list it in NOT_CARRIED`);
        continue;
      }
      for (const c of table.columns) {
        if (!carried.includes(c.name)) problems.push(`${table.name}.${c.name}: not carried; add a Field to its kind's field list`);
      }
      for (const c of carried) {
        if (!table.columns.some((col) => col.name === c)) problems.push(`${table.name}.${c}: in a field list but not in the table`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
