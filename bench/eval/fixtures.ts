import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The judged search queries and the advisory set they are judged against, as files: the
 * evaluation (`run.ts`) and its fixture test (`test/eval-set.test.ts`) read them through here,
 * so both see the same shapes.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The advisory set, in the interchange format (docs/interchange.md). */
export const ADVISORIES_FILE = path.join(HERE, 'advisories.jsonl');
/** The judged queries. */
export const QUERIES_FILE = path.join(HERE, 'queries.json');
/** Figures of the last full run, for the next run's differences (git-ignored). */
export const LAST_RUN_FILE = path.join(HERE, 'last-run.json');

/** What a query is like; the evaluation reports each kind on its own. */
export const KINDS = ['citation', 'question-en', 'question-es', 'typo', 'shorthand', 'title', 'phrase'] as const;
export type QueryKind = (typeof KINDS)[number];

/**
 * Which library a query is asked of. `demo`: the demo site alone, as a visitor of the shipped
 * site searches it. `advisories`: the demo site plus the advisory set, as an organization's own
 * library would be; its judgments consider the demo resources too.
 */
export const SETS = ['demo', 'advisories'] as const;
export type QuerySet = (typeof SETS)[number];

const querySchema = z.strictObject({
  q: z.string().min(1).max(200),
  kind: z.enum(KINDS),
  set: z.enum(SETS),
  /** Slugs of the resources that answer the query; the first is the best answer. */
  relevant: z.array(z.string().regex(/^[a-z0-9-]{1,120}$/)).min(1),
  note: z.string().optional(),
});

/** One judged query. */
export type EvalQuery = z.infer<typeof querySchema>;

/** Reads and validates the judged queries; throws naming the first bad entry. */
export function loadQueries(file = QUERIES_FILE): EvalQuery[] {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const parsed = z.array(querySchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path.basename(file)}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The advisory set's lines as plain objects (the importer validates them; this only reads). */
export function loadAdvisoryLines(file = ADVISORIES_FILE): Record<string, unknown>[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Whether a query is a plain question a community member types. */
export function isQuestion(query: { kind: QueryKind }): boolean {
  return query.kind === 'question-en' || query.kind === 'question-es';
}
