import type { Kysely } from 'kysely';
import type { Dialect } from './helpers.ts';

/**
 * Revisions as data (issue 12, phase 2): what happened (`event`), the version a restore came from
 * (`restored_from`) and the changed fields as JSON `[{field, from, to}]` (`changes`), so the
 * history is said in the reader's language from facts instead of English sentences read back.
 *
 * Existing rows are converted once, here: the summaries the services used to write are
 * recognised by their fixed wording, and each row's changed fields are worked out by comparing its
 * snapshot with the entity's previous one. A summary not recognised keeps `event` NULL and is
 * shown as stored. `summary` stays (English, for logs and exports).
 *
 * Frozen as written: imports nothing from runtime code; the wording below is the old services'.
 */
const STEPS: Readonly<Record<string, string>> = {
  'Created': 'created',
  'As it was before its first edit here': 'baseline',
  'Saved without changes': 'saved',
  'Submitted for review': 'submit',
  'Returned to draft': 'withdraw',
  'Published': 'publish',
  'Scheduled': 'schedule',
  'Unpublished': 'unpublish',
  'Archived': 'archive',
  'Reopened as a draft': 'reopen',
  'Published on schedule': 'publishDue',
};

/** Field order of the old diffs (resources, then what projects, statements and pages add). */
const ORDER = [
  'title', 'summary', 'body', 'slug', 'type', 'topics', 'language', 'audience', 'publishedOn', 'updatedOn', 'authors', 'series',
  'translationOf', 'supersedes', 'position', 'attachments', 'status', 'publishAt',
];
const PROSE = new Set(['title', 'summary', 'body']);

interface Row {
  id: number;
  entity_type: string;
  entity_id: number;
  snapshot: string;
  summary: string;
}

/** The event an old summary records (exported for the long-inputs test of its patterns). */
export function legacyEvent(summary: string): { event: string | null; restoredFrom: number | null } {
  if (STEPS[summary]) return { event: STEPS[summary], restoredFrom: null };
  const restored = /^Restored version (\d+)$/.exec(summary);
  if (restored) return { event: 'restored', restoredFrom: Number(restored[1]) };
  if (/^Scheduled for \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/.test(summary)) return { event: 'schedule', restoredFrom: null };
  if (/^Edited .+$/.test(summary)) return { event: 'saved', restoredFrom: null };
  return { event: null, restoredFrom: null };
}

function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown>): unknown[] {
  if (!before) return [];
  const keys = [...ORDER, ...Object.keys(after).filter((k) => !ORDER.includes(k))];
  const out: unknown[] = [];
  for (const field of keys) {
    if (!(field in after) && !(field in before)) continue;
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) continue;
    out.push(PROSE.has(field) ? { field } : { field, from: before[field] ?? null, to: after[field] ?? null });
  }
  return out;
}

function parse(json: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(json);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Works out `event`, `restored_from` and `changes` of every revision from its summary and the
 * entity's snapshots. Run once, by this migration; exported for the test that checks the
 * conversion on both engines.
 */
export async function convertLegacyRevisions(db: Kysely<any>): Promise<void> {
  // Keyset pages in (entity, version) order, carrying the previous snapshot across pages.
  let last: [string, number, number, number] | null = null;
  let previous: { entity: string; snapshot: Record<string, unknown> | null } | null = null;
  for (;;) {
    let query = db.selectFrom('revisions').select(['id', 'entity_type', 'entity_id', 'version', 'snapshot', 'summary'])
      .orderBy('entity_type').orderBy('entity_id').orderBy('version').orderBy('id').limit(500);
    if (last) {
      const [type, entity, version, id] = last;
      query = query.where((eb) => eb.or([
        eb('entity_type', '>', type),
        eb.and([eb('entity_type', '=', type), eb('entity_id', '>', entity)]),
        eb.and([eb('entity_type', '=', type), eb('entity_id', '=', entity), eb('version', '>', version)]),
        eb.and([eb('entity_type', '=', type), eb('entity_id', '=', entity), eb('version', '=', version), eb('id', '>', id)]),
      ]));
    }
    const rows = (await query.execute()) as (Row & { version: number })[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const entity = `${row.entity_type}:${row.entity_id}`;
      const snapshot = parse(row.snapshot);
      const before = previous?.entity === entity ? previous.snapshot : null;
      const { event, restoredFrom } = legacyEvent(row.summary);
      const changes = snapshot ? changesOf(before, snapshot) : null;
      await db.updateTable('revisions')
        .set({ event, restored_from: restoredFrom, changes: changes === null ? null : JSON.stringify(changes) })
        .where('id', '=', row.id).execute();
      previous = { entity, snapshot };
      last = [row.entity_type, Number(row.entity_id), Number(row.version), Number(row.id)];
    }
  }
}

export function structuredRevisionsSchema(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('revisions').addColumn('event', 'text').execute();
      await db.schema.alterTable('revisions').addColumn('restored_from', 'integer').execute();
      await db.schema.alterTable('revisions').addColumn('changes', 'text').execute();
      await convertLegacyRevisions(db);
    },
  };
}
