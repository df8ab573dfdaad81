import type { Kysely } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { byCodePoint } from '../../../db/engine.ts';
import type { PublishState } from '../../../content/content.table.ts';
import { KINDS, type DocumentKind } from './kinds.ts';

const loose = (db: Db) => db as unknown as Kysely<any>;

/** The staff list's filters. */
export interface DocumentFilter {
  status?: PublishState;
  authorId?: number;
  /** YYYY-MM-DD: changed on or after this day. */
  updatedFrom?: string;
  /** Words in the title (a project's name). */
  q?: string;
  /** Only published documents and this account's own (for authors: no colleague's draft titles). */
  visibleTo?: number;
}

/** One row of the staff list. */
export interface DocumentListRow {
  id: number;
  title: string;
  slug: string;
  status: PublishState;
  publish_at: string | null;
  author_name: string | null;
  updated_at: string;
}

/** Documents of `kind` in every state matching `filter`, most recently changed first, with the total. */
export async function listDocuments(db: Db, kind: DocumentKind, filter: DocumentFilter, limit: number, offset: number): Promise<{ total: number; rows: DocumentListRow[] }> {
  const spec = KINDS[kind];
  let q = loose(db).selectFrom(`${spec.table} as d`);
  if (filter.status) q = q.where('d.status', '=', filter.status);
  if (filter.authorId) q = q.where('d.author_id', '=', filter.authorId);
  if (filter.updatedFrom) q = q.where('d.updated_at', '>=', filter.updatedFrom);
  const visibleTo = filter.visibleTo;
  if (visibleTo !== undefined) q = q.where((eb: any) => eb.or([eb('d.status', '=', 'published'), eb('d.author_id', '=', visibleTo)]));
  if (filter.q) q = q.where((eb: any) => eb(eb.fn('lower', [`d.${spec.titleColumn}`]), 'like', `%${filter.q!.toLowerCase().replace(/[\\%_]/g, '')}%`));
  const [count, rows] = await Promise.all([
    q.select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirst() as Promise<{ n: number | string } | undefined>,
    q.leftJoin('users as u', 'u.id', 'd.author_id')
      .select(['d.id', `d.${spec.titleColumn} as title`, 'd.slug', 'd.status', 'd.publish_at', 'd.updated_at', 'u.name as author_name'])
      .orderBy('d.updated_at', 'desc').orderBy('d.id', 'desc')
      .limit(limit).offset(offset).execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r: any) => ({ id: Number(r.id), title: r.title, slug: r.slug, status: r.status, publish_at: r.publish_at, author_name: r.author_name, updated_at: r.updated_at })),
  };
}

/** Accounts that wrote at least one document of `kind`, by name: the author filter's choices. */
export async function documentAuthors(db: Db, kind: DocumentKind): Promise<{ id: number; name: string }[]> {
  const table = KINDS[kind].table;
  const rows = await loose(db).selectFrom('users').select(['users.id', 'users.name'])
    .where((eb: any) => eb.exists(eb.selectFrom(`${table} as d`).select('d.id').whereRef('d.author_id', '=', 'users.id')))
    .orderBy(byCodePoint(db, 'users.name')).orderBy('users.id').execute();
  return rows.map((r: any) => ({ id: Number(r.id), name: r.name }));
}
