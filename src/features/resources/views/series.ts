import type { Locale } from '../../../platform/i18n/index.ts';
import type { ResourceDetail } from '../resources.repo.ts';

type Series = NonNullable<ResourceDetail['series']>;
type Member = Series['members'][number];

/**
 * A part's title as the series list shows it after "Part 2:": the series title and the part's own
 * "Part 2:" / "Parte 2:" dropped from the front, so the list does not read "Part 1: …, Part 1: …".
 * The whole title when nothing would be left.
 */
export function partTitle(title: string, seriesTitle: string): string {
  let rest = title;
  if (seriesTitle && rest.toLowerCase().startsWith(seriesTitle.toLowerCase())) rest = rest.slice(seriesTitle.length).replace(/^\s*[,:.;–—-]\s*/, '');
  rest = rest.replace(/^(part|parte)\s+\d+\s*[,:.;–—-]\s*/i, '');
  return rest.trim() || title;
}

/**
 * The series' parts, each part once: when several members claim one part number (a translation
 * placed in the series beside its original), the page's own resource wins, then the one in the
 * reader's language, then the first. Titles are shortened with partTitle.
 */
export function seriesEntries(series: Series, selfSlug: string, locale: Locale): Member[] {
  const byPart = new Map<string, Member>();
  const score = (m: Member) => (m.slug === selfSlug ? 2 : m.language.split('-')[0] === locale ? 1 : 0);
  for (const m of series.members) {
    const key = m.part === null ? `slug:${m.slug}` : String(m.part);
    const held = byPart.get(key);
    if (!held || score(m) > score(held)) byPart.set(key, m);
  }
  return [...byPart.values()].map((m) => ({ ...m, title: partTitle(m.title, series.title) }));
}
