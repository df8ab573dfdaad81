import type { Db } from '../../db/schema.ts';
import { GenerationCache } from '../../platform/content-cache.ts';
import { localePath, type Locale } from '../../platform/i18n/index.ts';
import { titleSortKey } from '../../platform/sort-key.ts';
import { CITATION_PREFIX } from './analyzer/document.ts';
import { foldText, normalizeTyped } from './analyzer/text.ts';
import { readQueryCitations } from './citations.ts';
import { termsStartingWith, titlesStartingWith, topicNames } from './suggest.repo.ts';
import { titlesWithWordStarting } from './suggest.words.ts';

/** One suggestion: what it is, what to show, and where choosing it goes. */
export interface Suggestion {
  kind: 'citation' | 'topic' | 'title';
  label: string;
  href: string;
  /** The label's language when it is content (a title), for screen readers. */
  lang?: string;
}

/** At most this many suggestions, the most a list under a search box should hold. */
export const MAX_SUGGESTIONS = 8;
/** Suggestions start at this many characters (fewer match too much to help). */
export const MIN_SUGGEST_CHARS = 2;
/** What is typed is read up to this many characters. */
export const MAX_SUGGEST_CHARS = 100;

/**
 * As-you-type suggestions for the search boxes: citations the library cites, topics, then titles,
 * each found with an index lookup (the postings' term index, the title sort-key index, the small
 * topics table kept per content generation), never by reading the library.
 */
export class SuggestService {
  private readonly topics = new GenerationCache<{ slug: string; name: string; name_es: string | null; folded: string[] }[]>(1);
  private readonly answers = new GenerationCache<Suggestion[]>(500);

  constructor(private readonly db: Db) {}

  /** Drops the answers kept per generation (benchmarks time uncached suggestions with it). */
  forgetAnswers(): void {
    this.answers.clear();
  }

  /** Up to MAX_SUGGESTIONS for what was typed so far, labelled and linked for `locale`. */
  suggest(typed: string, locale: Locale, generation: number): Promise<Suggestion[]> {
    const q = normalizeTyped(typed).replace(/\s+/g, ' ').trim().slice(0, MAX_SUGGEST_CHARS);
    if ([...q].length < MIN_SUGGEST_CHARS) return Promise.resolve([]);
    return this.answers.get(`${locale}\u0001${q}`, generation, () => this.compute(q, locale, generation));
  }

  private async compute(q: string, locale: Locale, generation: number): Promise<Suggestion[]> {
    const [citations, topics, titles] = await Promise.all([this.citations(q, locale), this.topicsFor(q, locale, generation), this.titles(q, locale)]);
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    // Citations first (an exact authority is what a citation's typist wants), then topics, then titles;
    // each kind keeps at least a few places when the others have many.
    for (const [list, share] of [[citations, 3], [topics, 3], [titles, MAX_SUGGESTIONS]] as const) {
      let taken = 0;
      for (const s of list) {
        if (out.length >= MAX_SUGGESTIONS || taken >= share) break;
        if (seen.has(s.href)) continue;
        seen.add(s.href);
        out.push(s);
        taken++;
      }
    }
    for (const s of [...citations, ...topics, ...titles]) {
      if (out.length >= MAX_SUGGESTIONS) break;
      if (!seen.has(s.href)) {
        seen.add(s.href);
        out.push(s);
      }
    }
    return out;
  }

  /**
   * Citations the typed text reads as, and the cited subsections of it: "INA 212" offers
   * "INA 212(h)" and "INA 212(a)(9)(B)" when resources cite them. Only keys some resource has.
   */
  private async citations(q: string, locale: Locale): Promise<Suggestion[]> {
    const found = readQueryCitations(q);
    if (found.length === 0) return [];
    const keys = await termsStartingWith(this.db, CITATION_PREFIX + found[0]!.key, MAX_SUGGESTIONS);
    return keys.map((term) => {
      const key = term.slice(CITATION_PREFIX.length);
      return { kind: 'citation' as const, label: key, href: localePath(locale, `/resources?${new URLSearchParams({ q: key })}`) };
    });
  }

  /** Topics with a word of their name (in either language) starting with the text, or the whole name doing so. */
  private async topicsFor(q: string, locale: Locale, generation: number): Promise<Suggestion[]> {
    const all = await this.topics.get('all', generation, async () => (await topicNames(this.db)).map((t) => ({
      ...t, folded: [t.name, t.name_es ?? ''].filter(Boolean).map((n) => foldText(n)),
    })));
    const folded = foldText(q);
    if (!folded) return [];
    return all
      .filter((t) => t.folded.some((name) => name.startsWith(folded) || name.includes(` ${folded}`)))
      .map((t) => {
        const translated = locale === 'es' && t.name_es;
        // A topic not yet named in Spanish shows its English name on Spanish pages, marked as English.
        return { kind: 'topic' as const, label: translated || t.name, href: localePath(locale, `/topics/${t.slug}`), ...(locale === 'es' && !translated ? { lang: 'en' } : {}) };
      });
  }

  /** Published titles starting with the text (accents, case and opening punctuation aside), then titles with a later word doing so. */
  private async titles(q: string, locale: Locale): Promise<Suggestion[]> {
    const key = titleSortKey(q);
    if (!key) return [];
    const rows = await titlesStartingWith(this.db, key, MAX_SUGGESTIONS);
    // Then titles with a later word starting so, when the title starts left room.
    const seen = new Set(rows.map((r) => r.slug));
    for (const r of await titlesWithWordStarting(this.db, q, MAX_SUGGESTIONS - rows.length)) if (!seen.has(r.slug)) rows.push(r);
    return rows.map((r) => ({ kind: 'title' as const, label: r.title, href: localePath(locale, `/resources/${r.slug}`), lang: r.language }));
  }
}
