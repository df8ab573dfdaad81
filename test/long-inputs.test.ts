// Every regular expression that runs on what a visitor or staff member sends, fed 100,000
// repeated characters of the kinds that make backtracking expressions quadratic. Each must
// finish within a hard bound; one of them (the upload name check) took 8 s before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../src/features/search/analyzer/query.ts';
import { SynonymSet } from '../src/features/search/analyzer/synonyms.ts';
import { wordsOf } from '../src/features/search/analyzer/words.ts';
import { readQueryCitations } from '../src/features/search/citations.ts';
import { extractCitations } from '../src/features/citations/index.ts';
import { legacyEvent } from '../src/db/migrations/021_structured_revisions.ts';
import { isTimeZone } from '../src/features/editorial/schedule-time.ts';
import { parseResourceInput } from '../src/features/editorial/editorial.rules.ts';
import { isTotpShaped, hashRecoveryCode } from '../src/features/auth/totp.ts';
import { parseLine } from '../src/features/interchange/interchange.schema.ts';
import { parseLibraryQuery } from '../src/features/resources/resources.schema.ts';
import { sanitizeUploadName, titleFromFilename } from '../src/features/uploads/filename.ts';
import { preferredLocale } from '../src/platform/i18n/negotiate.ts';
import { pickEncoding } from '../src/platform/page-cache.ts';
import { titleSortKey } from '../src/platform/sort-key.ts';
import { draftInput } from './support/factories.ts';

/** A hard safety bound: linear work on 100,000 characters takes tens of ms, the quadratic cases seconds. */
const BOUND_MS = 1_500;
const N = 100_000;

/** Runs `fn`, ignoring what it returns or throws, and returns how long it took. */
function timed(fn: () => unknown): number {
  const started = performance.now();
  try {
    fn();
  } catch {
    // Refusing the input is fine; taking long to do so is not.
  }
  return performance.now() - started;
}

/** Runs of the characters backtracking expressions trip on, alone and followed by something that fails a match. */
const runs = ['.', ' ', '\t', '-', 'a', '_a', 'a-', '/', '\\', '=', ';', ',', '0', '.a', 'q=1;', ' and ', '\u00e9', '\u0301'];
const hostile = runs.flatMap((r) => {
  const run = r.repeat(Math.ceil(N / r.length)).slice(0, N);
  return [run, `x${run}!`, `${run}.pdf`, `x${run}.pdf`];
});

const cases: [string, (input: string) => unknown][] = [
  ['sanitizeUploadName', (s) => sanitizeUploadName(s, ['pdf'])],
  ['sanitizeUploadName (the longest name it reads)', (s) => sanitizeUploadName(s.slice(0, 1000), ['pdf'])],
  ['titleFromFilename', (s) => titleFromFilename(s)],
  ['titleSortKey', (s) => titleSortKey(s)],
  ['parseQuery (search)', (s) => parseQuery(s, readQueryCitations, new SynonymSet([['cimt', 'crime involving moral turpitude']]))],
  ['extractCitations', (s) => extractCitations(s)],
  ['wordsOf', (s) => wordsOf(s)],
  ['parseLibraryQuery', (s) => parseLibraryQuery(new URLSearchParams({ q: s, type: s, from: s }))],
  ['pickEncoding (Accept-Encoding)', (s) => pickEncoding(`br;q=${s}, gzip;${s}`)],
  ['preferredLocale (Accept-Language)', (s) => preferredLocale(`es;q=${s}, ${s}`)],
  ['isTimeZone', (s) => isTimeZone(s)],
  ['isTotpShaped and hashRecoveryCode', (s) => [isTotpShaped(s), hashRecoveryCode(s)]],
  ['parseResourceInput (slug, title, authors)', (s) => parseResourceInput(draftInput({ slug: s, title: s.slice(0, 300), authors: [{ name: s, affiliation: s }] }))],
  ['interchange parseLine (language tag, slug)', (s) => parseLine(JSON.stringify({ slug: s, language: `en${s}`, title: s }))],
  ['legacyEvent (old revision summaries, migration 021)', (s) => legacyEvent(`Edited ${s} and 3 more fields`)],
];

describe('regular expressions on user input, 100,000 repeated characters', () => {
  for (const [name, fn] of cases) {
    it(`${name} stays linear`, () => {
      let worst = 0;
      let worstInput = '';
      for (const input of hostile) {
        const ms = timed(() => fn(input));
        if (ms > worst) [worst, worstInput] = [ms, input];
      }
      assert.ok(worst < BOUND_MS, `${name} took ${Math.round(worst)} ms on ${JSON.stringify(worstInput.slice(0, 12))}… (${worstInput.length} characters)`);
    });
  }
});
