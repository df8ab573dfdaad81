import { z } from 'zod';
import type { RecordKind } from '../kind.ts';
import { instant, slug } from './fields.ts';

/** Which table each content type's items live in, the natural key of a redirect's target. */
const TABLE_OF = { resource: 'resources', project: 'projects', statement: 'statements', page: 'pages' } as const;

const redirectSchema = z.object({
  of: z.enum(['resource', 'project', 'statement', 'page']),
  from: slug,
  to: slug,
  createdAt: instant,
}).strict();

/** The columns a redirect record carries (`entity_id` as the target's slug, `to`). */
export const REDIRECT_COLUMNS = ['id', 'entity_type', 'old_slug', 'entity_id', 'created_at'];

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Former addresses (`slug_redirects`, migration 022): an item's old slug and the item it leads to
 * now, by its current slug. After every content kind, since it names items of all of them.
 */
export const slugRedirectKind: RecordKind<z.infer<typeof redirectSchema>> = {
  kind: 'slug-redirect',
  schema: redirectSchema,
  async *export(ctx) {
    const rows = await ctx.db.selectFrom('slug_redirects').select(['entity_type', 'old_slug', 'entity_id', 'created_at']).execute();
    rows.sort((a, b) => byCodePoint(a.entity_type, b.entity_type) || byCodePoint(a.old_slug, b.old_slug));
    for (const r of rows) {
      yield { of: r.entity_type, from: r.old_slug, to: await ctx.refs.keyOf(TABLE_OF[r.entity_type], r.entity_id), createdAt: r.created_at };
    }
  },
  async import(ctx, record) {
    const id = await ctx.refs.idOf(TABLE_OF[record.of], record.to);
    await ctx.trx.insertInto('slug_redirects').values({ entity_type: record.of, old_slug: record.from, entity_id: id, created_at: record.createdAt }).execute();
  },
};
