import { z } from 'zod';
import type { RecordKind, RefTable } from '../kind.ts';
import { insertRow, pagedRows } from './table.repo.ts';

/** Which table each revision's `entity_type` names. */
const ENTITY_TABLES: Record<string, RefTable> = { resource: 'resources', project: 'projects', statement: 'statements', page: 'pages' };
const COLUMN = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Revisions, only with --with-staff, carried generically: every stored column under its own name
 * and as stored (the snapshot and summary are text the editorial engine owns and may restructure),
 * except the two ids, which become natural keys: `entity_id` → `entity` (the slug) and `user_id` →
 * `user` (the email). A column added to the table later is carried without a change here.
 */
const revisionSchema = z.object({ entity_type: z.string(), entity: z.string(), user: z.string().nullable().optional() })
  .catchall(z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .refine((r) => Object.keys(r).every((k) => COLUMN.test(k)), 'has a key that is not a column name')
  .refine((r) => r.entity_type in ENTITY_TABLES, 'names an unknown entity_type');
type RevisionRecord = z.infer<typeof revisionSchema>;

export const revisionKind: RecordKind<RevisionRecord> = {
  kind: 'revision',
  staff: true,
  schema: revisionSchema,
  async *export(ctx) {
    let columns: string[] | undefined;
    for await (const row of pagedRows(ctx, 'revisions', 'all')) {
      columns ??= Object.keys(row).filter((c) => c !== 'id').sort();
      const out: Record<string, unknown> = {};
      for (const c of columns) {
        if (c === 'entity_id') out.entity = await ctx.refs.keyOf(ENTITY_TABLES[row.entity_type as string], row.entity_id as number);
        else if (c === 'user_id') out.user = row.user_id === null ? null : await ctx.refs.keyOf('users', row.user_id as number);
        else out[c] = row[c] ?? null;
      }
      yield out as RevisionRecord;
    }
  },
  async import(ctx, record) {
    const { entity, user, ...columns } = record;
    await insertRow(ctx, 'revisions', {
      ...columns,
      entity_id: await ctx.refs.idOf(ENTITY_TABLES[record.entity_type], entity),
      user_id: user ? await ctx.refs.idOf('users', user) : null,
    });
  },
};
