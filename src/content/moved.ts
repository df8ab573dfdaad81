import type { Db } from '../db/database.ts';
import type { AppContext } from '../platform/http.ts';
import type { RevisionEntity } from './content.table.ts';
import { movedTo, type ContentTable } from './redirects.repo.ts';

/**
 * For a public page that found no published item at `/<base>/<slug>…`: when the slug is one an
 * item had before an editor changed it, a 301 to the same address with the current slug (the
 * language prefix, the rest of the path and the query kept); otherwise undefined (a 404 follows).
 * Cited and bookmarked addresses keep working.
 */
export async function redirectIfMoved(
  c: AppContext, db: Db, item: { entity: RevisionEntity; table: ContentTable; base: string }, slug: string,
): Promise<Response | undefined> {
  const to = await movedTo(db, item.entity, item.table, slug);
  if (!to) return undefined;
  const url = new URL(c.req.url);
  const from = `${item.base}/${slug}`;
  const at = url.pathname.indexOf(from);
  if (at < 0) return undefined;
  const path = url.pathname.slice(0, at) + `${item.base}/${to}` + url.pathname.slice(at + from.length);
  return c.redirect(path + url.search, 301);
}
