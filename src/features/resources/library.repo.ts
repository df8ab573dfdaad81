import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/engine.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { byLocalName, localName, localNameLang } from '../topics/index.ts';
import type { LibrarySort } from './resources.schema.ts';

/** A library filter with slugs already resolved to ids. */
export interface LibraryFilter {
  q?: string;
  typeId?: number;
  topicId?: number;
  projectId?: number;
  language?: string;
  /** Everything but this language (the second half of a language-first list, see listLibrary). */
  exceptLanguage?: string;
  audience?: string;
  from?: string;
  to?: string;
  /** Resources citing any of these authority keys (an authority and its subsections). */
  authorityKeys?: string[];
  /** Leave out resources a published one supersedes (the library page's default). */
  hideSuperseded?: boolean;
}

export type Facet = 'type' | 'topic' | 'language' | 'audience' | 'superseded';

/** True for a resource a published one supersedes. */
function isSuperseded(eb: ResourcesEb): Expression<SqlBool> {
  return eb.exists(eb.selectFrom('resource_supersedes as rs').innerJoin('resources as newer', 'newer.id', 'rs.resource_id')
    .select('rs.resource_id').whereRef('rs.superseded_id', '=', 'resources.id').where('newer.status', '=', 'published'));
}

export interface LibraryItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: string;
  audience: string;
  published_on: string;
  updated_on: string | null;
  posted_at: string;
  /** `ILRC-2025-0001`; null only for a resource published before its transaction ended. */
  document_number: string | null;
  /** When staff last checked it, `YYYY-MM-DD`, or null. */
  reviewed_on: string | null;
  type_slug: string;
  /** In the reader's language (Spanish on /es pages when set); `type_lang` says which. */
  type_name: string;
  type_lang: string;
  superseded: number;
}

type ResourcesEb = ExpressionBuilder<Database, 'resources'>;

/**
 * The WHERE clause for a filter, optionally ignoring one facet (for that facet's own counts).
 * Words (`q`) are not a condition here: a query with words is answered by the search feature.
 */
function matches(_db: Db, eb: ResourcesEb, f: LibraryFilter, ignoring?: Facet | readonly Facet[]): Expression<SqlBool> {
  const ignored = new Set<Facet>(ignoring === undefined ? [] : typeof ignoring === 'string' ? [ignoring] : ignoring);
  const conditions: Expression<SqlBool>[] = [eb('resources.status', '=', 'published')];
  if (f.typeId !== undefined && !ignored.has('type')) conditions.push(eb('resources.type_id', '=', f.typeId));
  if (f.language !== undefined && !ignored.has('language')) conditions.push(eb('resources.language', '=', f.language));
  if (f.exceptLanguage !== undefined) conditions.push(eb('resources.language', '!=', f.exceptLanguage));
  if (f.audience !== undefined && !ignored.has('audience')) conditions.push(eb('resources.audience', '=', f.audience));
  if (f.from !== undefined) conditions.push(eb('resources.published_on', '>=', f.from));
  if (f.to !== undefined) conditions.push(eb('resources.published_on', '<=', f.to));
  if (f.topicId !== undefined && !ignored.has('topic')) {
    conditions.push(
      eb.exists(
        eb.selectFrom('resource_topics').select('resource_topics.resource_id')
          .whereRef('resource_topics.resource_id', '=', 'resources.id')
          .where('resource_topics.topic_id', '=', f.topicId),
      ),
    );
  }
  if (f.hideSuperseded && !ignored.has('superseded')) conditions.push(eb.not(isSuperseded(eb)));
  if (f.authorityKeys !== undefined) {
    conditions.push(
      f.authorityKeys.length === 0 ? sql<SqlBool>`1 = 0` : eb.exists(
        eb.selectFrom('resource_authorities').select('resource_authorities.resource_id')
          .whereRef('resource_authorities.resource_id', '=', 'resources.id')
          .where('resource_authorities.key', 'in', f.authorityKeys),
      ),
    );
  }
  if (f.projectId !== undefined) {
    conditions.push(
      eb.exists(
        eb.selectFrom('project_resources').select('project_resources.resource_id')
          .whereRef('project_resources.resource_id', '=', 'resources.id')
          .where('project_resources.project_id', '=', f.projectId),
      ),
    );
  }
  return eb.and(conditions);
}

/** The columns of a library row but its superseded flag, with type names in `locale`. */
export function libraryRowQuery(db: Db, locale: Locale) {
  return db
    .selectFrom('resources')
    .innerJoin('resource_types', 'resource_types.id', 'resources.type_id')
    .select([
      'resources.id', 'resources.slug', 'resources.title', 'resources.summary', 'resources.language',
      'resources.audience', 'resources.published_on', 'resources.updated_on', 'resources.posted_at',
      'resources.document_number', 'resources.reviewed_on', 'resource_types.slug as type_slug', localName(locale, 'resource_types').as('type_name'), localNameLang(locale, 'resource_types').as('type_lang'),
    ]);
}

/** The columns of a library row, superseded flag included, with type names in `locale`. */
function itemQuery(db: Db, locale: Locale) {
  return libraryRowQuery(db, locale)
    .select((eb) =>
      eb.fn.coalesce(
        // CROSS JOIN fixes the join order on SQLite (rows of this resource first, then their
        // newer versions by primary key); written as an inner join, the planner may instead
        // walk every published resource for each row.
        eb.selectFrom('resource_supersedes as rs')
          .crossJoin('resources as newer')
          .select(sql<number>`1`.as('one'))
          .whereRef('rs.superseded_id', '=', 'resources.id')
          .whereRef('newer.id', '=', 'rs.resource_id')
          .where('newer.status', '=', 'published')
          .limit(1),
        sql<number>`0`,
      ).as('superseded'),
    );
}

/** The library rows of `ids` (published ones only), in the order given; type names in `locale`. */
export async function listLibraryByIds(db: Db, ids: number[], locale: Locale = 'en'): Promise<LibraryItem[]> {
  if (ids.length === 0) return [];
  const rows = await itemQuery(db, locale).where('resources.id', 'in', ids).where('resources.status', '=', 'published').execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the library in the requested order; ties always break on id so both engines agree.
 * `locale` picks the language of type names. On pages in another language than English (/es),
 * resources written in that language come first, then the others, each part in the requested
 * order, unless the visitor filtered by language: the page is cut from the two parts in turn,
 * each read on the same indexes as a plain list (no sort over a computed expression).
 */
export async function listLibrary(db: Db, f: LibraryFilter, sort: LibrarySort, limit: number, offset: number, locale: Locale = 'en'): Promise<LibraryItem[]> {
  if (locale === 'en' || f.language !== undefined) return listInOrder(db, f, sort, limit, offset, locale);
  const own = { ...f, language: locale };
  const ownCount = await countLibrary(db, own);
  const items = offset < ownCount ? await listInOrder(db, own, sort, limit, offset, locale) : [];
  if (items.length < limit) {
    items.push(...await listInOrder(db, { ...f, exceptLanguage: locale }, sort, limit - items.length, Math.max(0, offset - ownCount), locale));
  }
  return items;
}

async function listInOrder(db: Db, f: LibraryFilter, sort: LibrarySort, limit: number, offset: number, locale: Locale): Promise<LibraryItem[]> {
  // Late row lookup: find the page's ids by walking the narrow ordered indexes first, then read
  // the 20 full rows. Skipping `offset` rows otherwise means reading every skipped row whole.
  const pageIds = f.topicId !== undefined && sort !== 'title'
    ? topicPageIds(db, f, f.topicId, sort === 'oldest' ? 'oldest' : 'newest', limit, offset)
    : ordered(db.selectFrom('resources').select('resources.id').where((eb) => matches(db, eb, f)), db, sort).limit(limit).offset(offset);
  return ordered(itemQuery(db, locale).where('resources.id', 'in', pageIds), db, sort).execute();
}

/**
 * A topic-filtered page's ids, in date order, from the resource_topics listing index (see
 * migration 005): skipping `offset` entries there costs microseconds each, where walking the
 * resources and probing each one's topics cost ~90 ms at page 1,400. Other filters, when any,
 * are checked on the joined resource row; the order and ties are the same as `ordered`'s.
 */
function topicPageIds(db: Db, f: LibraryFilter, topicId: number, sort: 'newest' | 'oldest', limit: number, offset: number) {
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  let query = db.selectFrom('resource_topics').select('resource_topics.resource_id')
    .where('resource_topics.topic_id', '=', topicId)
    .where('resource_topics.listed_on', 'is not', null);
  if (f.from !== undefined) query = query.where('resource_topics.listed_on', '>=', f.from);
  if (f.to !== undefined) query = query.where('resource_topics.listed_on', '<=', f.to);
  const others = { ...f, topicId: undefined, from: undefined, to: undefined };
  if (Object.values(others).some((v) => v !== undefined)) {
    query = query.where((eb) => eb.exists(
      eb.selectFrom('resources').select('resources.id')
        .whereRef('resources.id', '=', 'resource_topics.resource_id')
        .where((inner) => matches(db, inner as unknown as ResourcesEb, others)),
    ));
  }
  return query.orderBy('resource_topics.listed_on', direction).orderBy('resource_topics.resource_id', direction).limit(limit).offset(offset);
}

/** Applies a library sort, always ending on the unique id so both engines agree. */
function ordered<QB extends SelectQueryBuilder<Database, 'resources', any>>(query: QB, db: Db, sort: LibrarySort): QB {
  // Relevance needs words; without them (a list of everything) it is newest first.
  if (sort === 'oldest') return query.orderBy('resources.published_on', 'asc').orderBy('resources.id', 'asc') as QB;
  if (sort === 'title') return query.orderBy(byCodePoint(db, 'resources.sort_title'), 'asc').orderBy('resources.id', 'asc') as QB;
  return query.orderBy('resources.published_on', 'desc').orderBy('resources.id', 'desc') as QB;
}

/** How many published resources match a filter, counted on its own (pages read the total from `facetCounts`; tests check one against the other). */
export async function countLibrary(db: Db, f: LibraryFilter): Promise<number> {
  const row = await db.selectFrom('resources').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => matches(db, eb, f)).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface FacetCounts {
  type: Map<number, number>;
  topic: Map<number, number>;
  language: Map<string, number>;
  audience: Map<string, number>;
  /** Superseded resources matching every other filter (what "include superseded" would show). */
  superseded?: number;
}

/**
 * For each facet, how many resources each of its choices would give with every other current
 * filter kept (so choosing a type shows the counts for the topics within it, and so on), and the
 * total. Type, language and audience come from one query grouped by all three, read without those
 * three filters and summed here per facet: one pass over the matching resources instead of four
 * (an authority cited by 20,000 resources made each pass cost 50–80 ms on SQLite).
 */
export async function facetCounts(db: Db, f: LibraryFilter): Promise<FacetCounts & { total: number }> {
  const [cells, topics, superseded] = await Promise.all([
    db.selectFrom('resources')
      .select(['resources.type_id as type', 'resources.language as language', 'resources.audience as audience', (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => matches(db, eb, f, ['type', 'language', 'audience']))
      .groupBy(['resources.type_id', 'resources.language', 'resources.audience']).execute(),
    db.selectFrom('resource_topics').innerJoin('resources', 'resources.id', 'resource_topics.resource_id')
      .select(['resource_topics.topic_id as key', (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => matches(db, eb, f, 'topic')).groupBy('resource_topics.topic_id').execute(),
    db.selectFrom('resources').select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.and([matches(db, eb, f, 'superseded'), isSuperseded(eb)])).executeTakeFirstOrThrow(),
  ]);
  const type = new Map<number, number>();
  const language = new Map<string, number>();
  const audience = new Map<string, number>();
  const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  let total = 0;
  for (const cell of cells) {
    const n = Number(cell.n);
    const typeOk = f.typeId === undefined || cell.type === f.typeId;
    const languageOk = f.language === undefined || cell.language === f.language;
    const audienceOk = f.audience === undefined || cell.audience === f.audience;
    if (languageOk && audienceOk) add(type, cell.type, n);
    if (typeOk && audienceOk) add(language, cell.language, n);
    if (typeOk && languageOk) add(audience, cell.audience, n);
    if (typeOk && languageOk && audienceOk) total += n;
  }
  return {
    total, type, language, audience,
    topic: new Map(topics.map((r) => [r.key, Number(r.n)])),
    superseded: Number(superseded.n),
  };
}

/** A topic named on a resource card, in the reader's language; `lang` is the language of `name`. */
export interface TopicName {
  slug: string;
  name: string;
  lang: string;
}

/** Topic names for a page of resources, keyed by resource id, in (localized) name order. */
export async function topicsForResources(db: Db, ids: number[], locale: Locale = 'en'): Promise<Map<number, TopicName[]>> {
  const out = new Map<number, TopicName[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('resource_topics')
    .innerJoin('topics', 'topics.id', 'resource_topics.topic_id')
    .select(['resource_topics.resource_id', 'topics.slug', localName(locale, 'topics').as('name'), localNameLang(locale, 'topics').as('lang')])
    .where('resource_topics.resource_id', 'in', ids)
    .orderBy(byLocalName(db, locale, 'topics')).orderBy('topics.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    list.push({ slug: r.slug, name: r.name, lang: r.lang });
    out.set(r.resource_id, list);
  }
  return out;
}
