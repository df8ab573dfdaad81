import { Feed } from 'feed';
import type { LibraryItem } from '../resources/index.ts';

/** How many entries a feed carries: the newest by publication date. */
export const FEED_SIZE = 50;

/** One feed entry: a library row with its topics, authors and update notes. */
export interface AtomEntry {
  item: LibraryItem;
  topics: { slug: string; name: string }[];
  authors: string[];
  /** What changed and when (in the resource's language), as staff listed them. */
  updates?: { on: string; note: string }[];
}

/** The words and date format an entry's currency note is written with, in the feed's language. */
export interface CurrencyLabels {
  reviewed: string;
  updates: string;
  date: (day: string) => string;
}

/** Everything a feed document is built from. */
export interface AtomInput {
  baseUrl: string;
  /** Absolute URL of this feed, with its filters: the feed's id and `rel="self"` link. */
  selfUrl: string;
  /** Absolute URL of the page listing the same resources: `rel="alternate"`. */
  alternateUrl: string;
  /** `/es` for a Spanish feed: entries link to the resources' pages in that language. */
  localePrefix?: string;
  title: string;
  subtitle: string;
  organization: { name: string };
  entries: AtomEntry[];
  /** Labels for the last-reviewed date and the updates in an entry's content. */
  currency?: CurrencyLabels;
}

// Characters XML 1.0 cannot carry at all; stored text should never hold them, but a feed must parse.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (s: string) => s.replace(INVALID_XML, '');

/** Text for an element the library marks `type="html"` (CDATA): escaped, so readers show it literally. */
function htmlText(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The library writes attribute values escaping only quotes; escape `&` and `<` ourselves. */
function attr(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A `YYYY-MM-DD` day as the instant it began, in UTC. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * When an entry last changed in a way readers care about: its revision day, else its publication
 * day, or the day of its latest update note when that is later.
 */
export function entryUpdated(item: Pick<LibraryItem, 'published_on' | 'updated_on'>, updates: { on: string }[] = []): Date {
  const day = updates.reduce((max, u) => (u.on > max ? u.on : max), item.updated_on ?? item.published_on);
  return dayStart(day);
}

/**
 * The entry's content when it has a review date or update notes: the summary, "Last reviewed …"
 * and the list of updates, as HTML with every text escaped (the library puts it in CDATA, and
 * escaped text can never close it).
 */
function currencyContent(entry: AtomEntry, labels: CurrencyLabels | undefined, language: string): string | undefined {
  const { item } = entry;
  const updates = entry.updates ?? [];
  if (!labels || (!item.reviewed_on && updates.length === 0)) return undefined;
  const parts = [`<p lang="${htmlText(language)}">${htmlText(item.summary)}</p>`];
  if (item.reviewed_on) parts.push(`<p>${htmlText(labels.reviewed)}: ${htmlText(labels.date(item.reviewed_on))}</p>`);
  if (updates.length) {
    const items = updates.map((u) => `<li>${htmlText(labels.date(u.on))}: <span lang="${htmlText(language)}">${htmlText(u.note)}</span></li>`);
    parts.push(`<p>${htmlText(labels.updates)}:</p><ul>${items.join('')}</ul>`);
  }
  return parts.join('');
}

/**
 * Builds an Atom 1.0 document with the `feed` library. The feed's `updated` is the newest entry's,
 * so the same content always gives the same bytes (and the same ETag).
 */
export function buildAtomFeed(input: AtomInput): string {
  const updated = input.entries.reduce<Date>((max, e) => {
    const d = entryUpdated(e.item, e.updates);
    return d > max ? d : max;
  }, new Date(0));
  const feed = new Feed({
    id: input.selfUrl,
    title: clean(input.title),
    description: clean(input.subtitle),
    link: input.alternateUrl,
    feedLinks: { atom: input.selfUrl },
    updated,
    generator: 'Haven',
    author: { name: clean(input.organization.name), link: input.baseUrl },
    copyright: clean(input.organization.name),
  });
  for (const entry of input.entries) {
    const { item, topics, authors } = entry;
    // The entry's id is the resource's one address, the same in every feed; its link is in the feed's language.
    const id = `${input.baseUrl}/resources/${item.slug}`;
    const link = `${input.baseUrl}${input.localePrefix ?? ''}/resources/${item.slug}`;
    feed.addItem({
      id,
      title: htmlText(item.title),
      link,
      date: entryUpdated(item, entry.updates),
      published: dayStart(item.published_on),
      description: htmlText(item.summary),
      content: currencyContent(entry, input.currency, item.language),
      // A superseded resource says so as a category of its own, so a reader can tell it is replaced.
      category: [
        ...topics.map((t) => ({ term: attr(t.slug), name: attr(t.name), scheme: attr(`${input.baseUrl}/topics/`) })),
        ...(Number(item.superseded) ? [{ term: 'superseded', name: 'Superseded', scheme: attr(`${input.baseUrl}/resources?superseded=include`) }] : []),
      ],
      author: authors.length ? authors.map((name) => ({ name: clean(name) })) : undefined,
    });
  }
  return feed.atom1();
}
