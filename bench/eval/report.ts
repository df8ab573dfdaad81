import type { Figures, QueryOutcome } from './metrics.ts';

/** The figures of one engine, as printed and as kept in last-run.json. */
export interface EngineRun {
  figures: Record<string, Figures>;
  queries: QueryOutcome[];
}

/** last-run.json: the figures of the last full run, per engine. */
export interface RunFile {
  date: string;
  machine: string;
  commit: string | null;
  engines: Partial<Record<string, EngineRun>>;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number, digits: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(digits)}`;

/** A rate, with its change since the last run in points when there is one. */
function rateCell(now: number, before: number | undefined): string {
  if (before === undefined) return percent(now);
  const delta = (now - before) * 100;
  return `${percent(now)} ${Math.abs(delta) < 0.05 ? '' : `(${signed(delta, 1)})`}`.trimEnd();
}

function mrrCell(now: number, before: number | undefined): string {
  if (before === undefined) return now.toFixed(3);
  const delta = now - before;
  return `${now.toFixed(3)} ${Math.abs(delta) < 0.0005 ? '' : `(${signed(delta, 3)})`}`.trimEnd();
}

/** The table of one engine: a row per group, each figure with its change since `previous`. */
export function formatTable(figures: Record<string, Figures>, previous?: Record<string, Figures>): string {
  const header = ['group', 'n', 'hit@1', 'hit@5', 'hit@10', 'MRR', 'best@1', 'zero'];
  const rows = Object.entries(figures).map(([name, f]) => {
    const p = previous?.[name]?.n === f.n ? previous[name] : undefined;
    return [
      name, String(f.n), rateCell(f.hit1, p?.hit1), rateCell(f.hit5, p?.hit5), rateCell(f.hit10, p?.hit10),
      mrrCell(f.mrr, p?.mrr), rateCell(f.best1, p?.best1), p && p.zero !== f.zero ? `${f.zero} (${signed(f.zero - p.zero, 0)})` : String(f.zero),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Where the first relevant result of a query landed, in words. */
export function landing(o: QueryOutcome): string {
  if (o.error) return `refused: ${o.error}`;
  if (o.firstRelevantRank === null) return o.total === 0 ? 'no results' : `not in the ${o.total} results`;
  const best = o.bestRank === o.firstRelevantRank ? '' : o.bestRank ? `; best answer #${o.bestRank}` : '; best answer not returned';
  return `first relevant #${o.firstRelevantRank} of ${o.total} (${o.firstRelevantSlug}${best})`;
}

/** The queries whose first relevant result is not in the top 5, with where it landed. */
export function formatMisses(outcomes: readonly QueryOutcome[], verbose: boolean): string {
  const misses = outcomes.filter((o) => o.firstRelevantRank === null || o.firstRelevantRank > 5);
  if (misses.length === 0) return 'Every query has a relevant result in its top 5.';
  const lines = misses.map((o) => {
    const head = `  [${o.set}/${o.kind}] ${JSON.stringify(o.q)} → ${landing(o)}`;
    return verbose && o.top.length ? `${head}\n      top 5: ${o.top.slice(0, 5).join(', ')}` : head;
  });
  return [`${misses.length} of ${outcomes.length} queries miss the top 5:`, ...lines].join('\n');
}

const rankValue = (r: number | null) => r ?? Number.POSITIVE_INFINITY;

/**
 * Queries whose first relevant result moved since the last run: every one that got worse,
 * and with `verbose` every one that got better.
 */
export function formatChanges(now: readonly QueryOutcome[], before: readonly QueryOutcome[], verbose: boolean): string {
  const old = new Map(before.map((o) => [`${o.set}\u0000${o.q}`, o]));
  const better: string[] = [];
  const worse: string[] = [];
  for (const o of now) {
    const p = old.get(`${o.set}\u0000${o.q}`);
    if (!p || rankValue(p.firstRelevantRank) === rankValue(o.firstRelevantRank)) continue;
    const text = `  [${o.set}/${o.kind}] ${JSON.stringify(o.q)}: ${p.firstRelevantRank ?? '—'} → ${o.firstRelevantRank ?? '—'}`;
    (rankValue(o.firstRelevantRank) < rankValue(p.firstRelevantRank) ? better : worse).push(text);
  }
  const out = [`Since the last run: ${better.length} queries ranked their first relevant result higher, ${worse.length} lower.`];
  if (worse.length) out.push('Lower:', ...worse);
  if (verbose && better.length) out.push('Higher:', ...better);
  return out.join('\n');
}
