import { Feed } from 'feed';
import type { LibraryItem } from '../resources/index.ts';

/** How many entries a feed carries: the newest by publication date. */
export const FEED_SIZE = 50;

/** One feed entry: a library row with its topics and authors. */
export interface AtomEntry {
  item: LibraryItem;
  topics: { slug: string; name: string }[];
  authors: string[];
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

/** When an entry last changed in a way readers care about: its revision day, else its publication day. */
export function entryUpdated(item: Pick<LibraryItem, 'published_on' | 'updated_on'>): Date {
  return dayStart(item.updated_on ?? item.published_on);
}

/**
 * Builds an Atom 1.0 document with the `feed` library. The feed's `updated` is the newest entry's,
 * so the same content always gives the same bytes (and the same ETag).
 */
export function buildAtomFeed(input: AtomInput): string {
  const updated = input.entries.reduce<Date>((max, e) => {
    const d = entryUpdated(e.item);
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
  for (const { item, topics, authors } of input.entries) {
    // The entry's id is the resource's one address, the same in every feed; its link is in the feed's language.
    const id = `${input.baseUrl}/resources/${item.slug}`;
    const link = `${input.baseUrl}${input.localePrefix ?? ''}/resources/${item.slug}`;
    feed.addItem({
      id,
      title: htmlText(item.title),
      link,
      date: entryUpdated(item),
      published: dayStart(item.published_on),
      description: htmlText(item.summary),
      category: topics.map((t) => ({ term: attr(t.slug), name: attr(t.name), scheme: attr(`${input.baseUrl}/topics/`) })),
      author: authors.length ? authors.map((name) => ({ name: clean(name) })) : undefined,
    });
  }
  return feed.atom1();
}
