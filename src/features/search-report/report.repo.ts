import type { Db } from '../../db/schema.ts';
import { byCodePoint } from '../../db/engine.ts';

/** Which searches a report covers: the days of one week (inclusive) and optionally one language. */
export interface ReportScope {
  from: string;
  to: string;
  language?: 'en' | 'es';
}

/** A query's line in the report. */
export interface QueryFigures {
  query: string;
  searches: number;
  /** Searches that found nothing. */
  empty: number;
  /** Of those searches, how many were offered "Did you mean". */
  suggested: number;
  /** How many were narrowed by filters or a topic page. */
  filtered: number;
  /** Results followed from searches for it. */
  clicks: number;
}

/** The week's totals. */
export interface ReportTotals {
  searches: number;
  queries: number;
  empty: number;
  clicks: number;
}

/** Rows per table of the report. */
export const REPORT_ROWS = 50;

function searchesIn(db: Db, scope: ReportScope) {
  let q = db.selectFrom('search_log').where('day', '>=', scope.from).where('day', '<=', scope.to);
  if (scope.language) q = q.where('language', '=', scope.language);
  return q;
}

function clicksIn(db: Db, scope: ReportScope) {
  let q = db.selectFrom('search_clicks').where('day', '>=', scope.from).where('day', '<=', scope.to);
  if (scope.language) q = q.where('language', '=', scope.language);
  return q;
}

const n = (value: unknown) => Number(value ?? 0);

/** The queries grouped with their counts, most searched first (then by query, alike on both engines). */
async function grouped(db: Db, scope: ReportScope, only: 'all' | 'empty' | 'unfollowed'): Promise<Omit<QueryFigures, 'clicks'>[]> {
  let q = searchesIn(db, scope);
  if (only === 'empty') q = q.where('results', '=', 0);
  if (only === 'unfollowed') {
    q = q.where('results', '>', 0).where((eb) => eb.not(eb.exists(
      eb.selectFrom('search_clicks').select('search_clicks.id')
        .whereRef('search_clicks.query', '=', 'search_log.query')
        .where('search_clicks.day', '>=', scope.from).where('search_clicks.day', '<=', scope.to)
        .$if(scope.language !== undefined, (sub) => sub.where('search_clicks.language', '=', scope.language!)),
    )));
  }
  const rows = await q
    .select((eb) => [
      'query',
      eb.fn.countAll<number>().as('searches'),
      eb.fn.sum<number>(eb.case().when('results', '=', 0).then(1).else(0).end()).as('empty'),
      eb.fn.sum<number>('suggested').as('suggested'),
      eb.fn.sum<number>('filtered').as('filtered'),
    ])
    .groupBy('query')
    .orderBy('searches', 'desc')
    .orderBy(byCodePoint(db, 'query'))
    .limit(REPORT_ROWS)
    .execute();
  return rows.map((r) => ({ query: r.query, searches: n(r.searches), empty: n(r.empty), suggested: n(r.suggested), filtered: n(r.filtered) }));
}

/** How many results were followed from searches for each of `queries` in the scope. */
async function clicksFor(db: Db, scope: ReportScope, queries: string[]): Promise<Map<string, number>> {
  if (queries.length === 0) return new Map();
  const rows = await clicksIn(db, scope).where('query', 'in', queries)
    .select((eb) => ['query', eb.fn.countAll<number>().as('clicks')]).groupBy('query').execute();
  return new Map(rows.map((r) => [r.query, n(r.clicks)]));
}

/**
 * The week's report: the most searched queries, the queries that found nothing, and the queries
 * that found results of which nobody followed one (in the same week and language), each with its
 * counts, REPORT_ROWS at most; and the week's totals.
 */
export async function searchReport(db: Db, scope: ReportScope): Promise<{ top: QueryFigures[]; empty: QueryFigures[]; unfollowed: QueryFigures[]; totals: ReportTotals }> {
  const [top, empty, unfollowed] = await Promise.all([grouped(db, scope, 'all'), grouped(db, scope, 'empty'), grouped(db, scope, 'unfollowed')]);
  const clicks = await clicksFor(db, scope, [...new Set(top.map((r) => r.query))]);
  const totalsRow = await searchesIn(db, scope).select((eb) => [
    eb.fn.countAll<number>().as('searches'),
    eb.fn.count<number>('query').distinct().as('queries'),
    eb.fn.sum<number>(eb.case().when('results', '=', 0).then(1).else(0).end()).as('empty'),
  ]).executeTakeFirstOrThrow();
  const clickRow = await clicksIn(db, scope).select((eb) => eb.fn.countAll<number>().as('clicks')).executeTakeFirstOrThrow();
  return {
    top: top.map((r) => ({ ...r, clicks: clicks.get(r.query) ?? 0 })),
    empty: empty.map((r) => ({ ...r, clicks: 0 })),
    unfollowed: unfollowed.map((r) => ({ ...r, clicks: 0 })),
    totals: { searches: n(totalsRow.searches), queries: n(totalsRow.queries), empty: n(totalsRow.empty), clicks: n(clickRow.clicks) },
  };
}
