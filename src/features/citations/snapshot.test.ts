/**
 * The extractor's exact output, pinned: every citation (key, kind, span, display, pin, name,
 * court, year, parallels) found in every passage of the four recognition test sets and in the
 * title, summary and body of every advisory of the search evaluation (bench/eval/advisories.jsonl),
 * read as text (default state, and New York as default), and the same passages and the judged
 * search queries read as queries. It was recorded before the extractor was optimized, so a change
 * meant to be a pure speed-up must leave it untouched.
 *
 * A deliberate change of behaviour (a fixed bug, a new rule) regenerates it:
 *   UPDATE_CITATION_SNAPSHOT=1 npm test -- src/features/citations/snapshot.test.ts
 * and the commit says why the snapshot changed.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractCitations, readQueryCitations } from './index.ts';

const SNAPSHOT = new URL('./fixtures/output-snapshot.json', import.meta.url);
const PASSAGE_SETS = ['advisory-passages.jsonl', 'other-styles.jsonl', 'third-styles.jsonl', 'pdf-text.jsonl'];
const ADVISORIES = new URL('../../../bench/eval/advisories.jsonl', import.meta.url);
const QUERIES = new URL('../../../bench/eval/queries.json', import.meta.url);

interface Source { id: string; text: string }
/** One snapshot line: where the text came from, a hash of it, and what was read from it. */
interface Entry { id: string; sha: string; cites: unknown[][] }

const jsonl = (url: URL): Record<string, unknown>[] => readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function sources(): { texts: Source[]; queries: Source[] } {
  const passages: Source[] = PASSAGE_SETS.flatMap((name) => jsonl(new URL(`./fixtures/${name}`, import.meta.url))
    .map((p, n) => ({ id: `${name}#${n + 1}`, text: String(p.text) })));
  const advisories: Source[] = jsonl(ADVISORIES).flatMap((a) => (['title', 'summary', 'body'] as const)
    .filter((f) => typeof a[f] === 'string' && a[f])
    .map((f) => ({ id: `advisories:${String(a.slug)}:${f}`, text: String(a[f]) })));
  const queries: Source[] = (JSON.parse(readFileSync(QUERIES, 'utf8')) as { q: string }[]).map((q, n) => ({ id: `queries.json#${n + 1}`, text: q.q }));
  return { texts: [...passages, ...advisories], queries: [...queries, ...passages] };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** The output of the extractor on every source, in a stable, diff-friendly form. */
function record(): Entry[] {
  const { texts, queries } = sources();
  const out: Entry[] = [];
  for (const s of texts) {
    out.push({
      id: `text:${s.id}`, sha: sha(s.text),
      cites: extractCitations(s.text).map((c) => [c.start, c.end, c.key, c.kind, c.display, c.pin, c.name, c.court, c.year, c.parallel]),
    });
    out.push({
      id: `text(NY):${s.id}`, sha: sha(s.text),
      cites: extractCitations(s.text, { defaultState: 'NY' }).map((c) => [c.start, c.end, c.key, c.kind, c.display, c.pin, c.name, c.court, c.year, c.parallel]),
    });
  }
  for (const s of queries) {
    out.push({ id: `query:${s.id}`, sha: sha(s.text), cites: readQueryCitations(s.text).map((c) => [c.start, c.end, c.key, c.kind, c.display]) });
  }
  return out;
}

const serialize = (entries: Entry[]) => `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;

describe('extractor output snapshot', () => {
  it('reads every fixture passage, advisory and query exactly as recorded', () => {
    const now = record();
    if (process.env.UPDATE_CITATION_SNAPSHOT === '1') {
      writeFileSync(SNAPSHOT, serialize(now));
      console.log(`wrote ${now.length} entries, ${now.reduce((n, e) => n + e.cites.length, 0)} citations`);
      return;
    }
    const then = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Entry[];
    assert.ok(now.reduce((n, e) => n + e.cites.length, 0) > 2000, 'the snapshot covers thousands of citations');
    assert.deepEqual(now.map((e) => e.id), then.map((e) => e.id), 'the same sources, in the same order');
    for (let n = 0; n < now.length; n += 1) {
      assert.equal(now[n].sha, then[n].sha, `${now[n].id}: the source text changed; regenerate the snapshot deliberately`);
      assert.deepEqual(now[n].cites, then[n].cites, `${now[n].id}: output differs from the snapshot`);
    }
  });
});
