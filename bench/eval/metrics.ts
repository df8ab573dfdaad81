import { KINDS, SETS, isQuestion, type EvalQuery } from './fixtures.ts';

/** What one query returned, reduced to what the figures need. */
export interface QueryOutcome {
  q: string;
  kind: EvalQuery['kind'];
  set: EvalQuery['set'];
  /** 1-based rank of the first result judged relevant; null when none was returned. */
  firstRelevantRank: number | null;
  /** Rank of the judged best answer (the first of `relevant`); null when not returned. */
  bestRank: number | null;
  /** The first relevant result returned, for the list of misses. */
  firstRelevantSlug: string | null;
  /** Results the API reported for the query. */
  total: number;
  /** The first ten results, in order. */
  top: string[];
  /** The API refused the query (status and message); counts as no result. */
  error?: string;
}

/** Figures for a group of queries. Rates are fractions of `n`; `zero` is a count. */
export interface Figures {
  n: number;
  hit1: number;
  hit5: number;
  hit10: number;
  /** Mean reciprocal rank of the first relevant result (0 when none is returned). */
  mrr: number;
  /** The judged best answer is ranked first. */
  best1: number;
  /** Queries that returned no result at all. */
  zero: number;
}

/** Ranks of the judged resources in a result list. */
export function judge(query: EvalQuery, slugs: readonly string[], total: number, error?: string): QueryOutcome {
  const relevant = new Set(query.relevant);
  const index = slugs.findIndex((s) => relevant.has(s));
  const best = slugs.indexOf(query.relevant[0]);
  return {
    q: query.q,
    kind: query.kind,
    set: query.set,
    firstRelevantRank: index < 0 ? null : index + 1,
    bestRank: best < 0 ? null : best + 1,
    firstRelevantSlug: index < 0 ? null : slugs[index],
    total,
    top: slugs.slice(0, 10),
    ...(error ? { error } : {}),
  };
}

/** hit@k, MRR, best@1 and zero-result count over a list of outcomes. */
export function summarize(outcomes: readonly QueryOutcome[]): Figures {
  const n = outcomes.length;
  const within = (k: number) => outcomes.filter((o) => o.firstRelevantRank !== null && o.firstRelevantRank <= k).length;
  const rate = (count: number) => (n === 0 ? 0 : count / n);
  const reciprocal = outcomes.reduce((sum, o) => sum + (o.firstRelevantRank ? 1 / o.firstRelevantRank : 0), 0);
  return {
    n,
    hit1: rate(within(1)),
    hit5: rate(within(5)),
    hit10: rate(within(10)),
    mrr: rate(reciprocal),
    best1: rate(outcomes.filter((o) => o.bestRank === 1).length),
    zero: outcomes.filter((o) => o.total === 0).length,
  };
}

/**
 * The groups a report shows, in order: each kind, each library, the two groups the issue's
 * "done when" names (citations against the advisory set, questions against the demo), and all.
 */
export const GROUPS: { name: string; test: (o: QueryOutcome) => boolean }[] = [
  ...KINDS.map((kind) => ({ name: kind, test: (o: QueryOutcome) => o.kind === kind })),
  ...SETS.map((set) => ({ name: `set: ${set}`, test: (o: QueryOutcome) => o.set === set })),
  { name: 'advisory citations', test: (o) => o.set === 'advisories' && o.kind === 'citation' },
  { name: 'demo questions', test: (o) => o.set === 'demo' && isQuestion(o) },
  { name: 'all', test: () => true },
];

/** Figures per group; groups without queries (after --kind or --set) are left out. */
export function figuresByGroup(outcomes: readonly QueryOutcome[]): Record<string, Figures> {
  const result: Record<string, Figures> = {};
  for (const group of GROUPS) {
    const members = outcomes.filter(group.test);
    if (members.length > 0) result[group.name] = summarize(members);
  }
  return result;
}
