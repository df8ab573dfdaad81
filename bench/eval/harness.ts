import type { Db } from '../../src/db/database.ts';
import type { Dialect } from '../../src/db/engine.ts';
import { importFile, type ImportSummary, type LineNote } from '../../src/features/interchange/import.service.ts';
import { createTestEnv, type TestEnv } from '../../test/support/app.ts';
import { ADVISORIES_FILE, type EvalQuery } from './fixtures.ts';
import { judge, type QueryOutcome } from './metrics.ts';

/** Results read per request: the API's largest page. */
const PAGE_SIZE = 100;
/** Pages read at most per query; the evaluated library holds well under 300 resources. */
const MAX_PAGES = 3;

/** The outcome of importing the advisory set through the real importer. */
export interface AdvisoryImport {
  summary: ImportSummary;
  failures: LineNote[];
  warnings: LineNote[];
}

/** Imports bench/eval/advisories.jsonl into a database, as `haven import` would. */
export async function importAdvisories(db: Db, dataDir: string, file = ADVISORIES_FILE): Promise<AdvisoryImport> {
  const failures: LineNote[] = [];
  const warnings: LineNote[] = [];
  const summary = await importFile({ db, dataDir, file, onFailure: (n) => failures.push(n), onWarning: (n) => warnings.push(n) });
  return { summary, failures, warnings };
}

interface ApiList {
  data: { slug: string }[];
  meta: { total: number };
}

/**
 * Asks the public JSON API what a visitor's query finds, in the API's default order for a
 * query (no `sort`), reading every page of results up to MAX_PAGES.
 */
export async function search(env: TestEnv, q: string): Promise<{ slugs: string[]; total: number; error?: string }> {
  const slugs: string[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const params = new URLSearchParams({ q, pageSize: String(PAGE_SIZE), page: String(page) });
    const res = await env.request(`/api/v1/resources?${params}`);
    const text = await res.text();
    if (res.status !== 200) return { slugs, total, error: `${res.status} ${errorMessage(text)}`.trim() };
    const body = JSON.parse(text) as ApiList;
    total = body.meta.total;
    slugs.push(...body.data.map((d) => d.slug));
    if (slugs.length >= total || body.data.length < PAGE_SIZE) break;
  }
  return { slugs, total };
}

/** The API's error message, or the start of whatever else answered. */
function errorMessage(text: string): string {
  try {
    return (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text.slice(0, 120);
  } catch {
    return text.slice(0, 120);
  }
}

async function ask(env: TestEnv, query: EvalQuery): Promise<QueryOutcome> {
  const { slugs, total, error } = await search(env, query.q);
  return judge(query, slugs, total, error);
}

/**
 * Runs the queries on one engine: a fresh database with the demo site, the `demo` queries on
 * it as shipped, then the advisory set imported and the `advisories` queries on both together.
 * Returns the outcomes in the order of `queries`.
 */
export async function evaluateEngine(dialect: Dialect, queries: readonly EvalQuery[]): Promise<QueryOutcome[]> {
  const env = await createTestEnv(dialect);
  try {
    const outcomes = new Map<EvalQuery, QueryOutcome>();
    for (const query of queries.filter((q) => q.set === 'demo')) outcomes.set(query, await ask(env, query));
    const advisoryQueries = queries.filter((q) => q.set === 'advisories');
    if (advisoryQueries.length > 0) {
      const imported = await importAdvisories(env.db, env.config.dataDir);
      if (imported.failures.length > 0 || imported.summary.aborted) {
        const reasons = imported.failures.map((f) => `line ${f.line}: ${f.message}`).join('; ');
        throw new Error(`the advisory set did not import cleanly: ${imported.summary.aborted ?? reasons}`);
      }
      for (const query of advisoryQueries) outcomes.set(query, await ask(env, query));
    }
    return queries.map((q) => outcomes.get(q)!);
  } finally {
    await env.close();
  }
}
