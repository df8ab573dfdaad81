import type { Db } from '../../db/database.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { linkReferences } from '../resources/index.ts';
import type { ReferenceEntry } from './import.batch.ts';
import { existingSlugs, loadReferences, type StoredReferences } from './interchange.repo.ts';
import { sortedSet } from './interchange.schema.ts';

/** What the reference pass did and what it could not link. */
export interface ReferenceResult {
  /** Resources counted unchanged by their content whose references changed. */
  nowUpdated: number;
  linked: number;
  warnings: { line: number; message: string }[];
}

/**
 * Links series, translations and supersessions once every line is written, so a reference may
 * point at a resource further down the file. Each chunk is compared with what is stored first
 * and only differing resources are relinked, in one transaction per chunk; a slug that names no
 * resource in the file or the library is left unlinked and reported.
 */
export async function linkAllReferences(db: Db, entries: ReferenceEntry[], chunkSize: number, signal?: AbortSignal): Promise<ReferenceResult> {
  const result: ReferenceResult = { nowUpdated: 0, linked: 0, warnings: [] };
  agreeOnSeriesLength(entries, result.warnings);
  for (let start = 0; start < entries.length; start += chunkSize) {
    if (signal?.aborted) break;
    const chunk = entries.slice(start, start + chunkSize);
    const stored = await loadReferences(db, [...new Set(chunk.map((e) => e.slug))]);
    const targets = await existingSlugs(db, [...new Set(chunk.flatMap((e) => [...(e.translationOf ? [e.translationOf] : []), ...e.supersedes]))]);
    const toLink: ReferenceEntry[] = [];
    for (const e of chunk) {
      const current = stored.get(e.slug);
      if (!current) continue;
      const missing = [...(e.translationOf ? [e.translationOf] : []), ...e.supersedes].filter((s) => !targets.has(s));
      for (const slug of new Set(missing)) {
        const field = slug === e.translationOf ? 'translationOf' : 'supersedes';
        result.warnings.push({ line: e.line, message: `${field} "${slug}" names no resource in the file or the library; left unlinked` });
      }
      const wanted: StoredReferences = {
        series: e.series ? { slug: e.series.slug, part: e.series.part, of: e.series.of } : null,
        translationOf: e.translationOf && targets.has(e.translationOf) ? e.translationOf : null,
        supersedes: sortedSet(e.supersedes.filter((s) => targets.has(s))),
      };
      if (!sameReferences(current, wanted)) toLink.push(e);
    }
    if (toLink.length === 0) continue;
    await db.transaction().execute(async (trx) => {
      for (const e of toLink) await linkReferences(trx, e);
      await bumpGeneration(trx);
    });
    result.linked += toLink.length;
    result.nowUpdated += new Set(toLink.filter((e) => e.outcome === 'unchanged').map((e) => e.slug)).size;
  }
  return result;
}

/**
 * A series has one part count, but its lines may disagree (two series sharing a slug, or a
 * series that grew while older parts still say "of 2"). Linking them as written would leave
 * whichever came last and flip on every run; the largest count is used and the disagreement reported.
 */
function agreeOnSeriesLength(entries: ReferenceEntry[], warnings: ReferenceResult['warnings']): void {
  const longest = new Map<string, { of: number; line: number; counts: Set<number> }>();
  for (const e of entries) {
    if (!e.series) continue;
    const seen = longest.get(e.series.slug);
    if (!seen) longest.set(e.series.slug, { of: e.series.of, line: e.line, counts: new Set([e.series.of]) });
    else {
      seen.counts.add(e.series.of);
      if (e.series.of > seen.of) Object.assign(seen, { of: e.series.of, line: e.line });
    }
  }
  for (const [slug, { of, line, counts }] of longest) {
    if (counts.size < 2) continue;
    warnings.push({ line, message: `series "${slug}" is given ${[...counts].sort((a, b) => a - b).join(', ')} parts on different lines; using ${of}` });
  }
  for (const e of entries) {
    const of = e.series ? longest.get(e.series.slug)?.of : undefined;
    if (e.series && of !== undefined && of !== e.series.of) e.series = { ...e.series, of };
  }
}

function sameReferences(a: StoredReferences, b: StoredReferences): boolean {
  const sameSeries = a.series === null || b.series === null
    ? a.series === b.series
    : a.series.slug === b.series.slug && a.series.part === b.series.part && a.series.of === b.series.of;
  return sameSeries && a.translationOf === b.translationOf
    && a.supersedes.length === b.supersedes.length && a.supersedes.every((s, i) => s === b.supersedes[i]);
}
