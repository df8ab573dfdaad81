/**
 * Shapes of the bundled demo content. Everything here is written for Haven's demo; nothing is
 * copied from any organization's publications.
 */

export interface DemoType {
  slug: string;
  name: string;
}

export interface DemoTopic {
  slug: string;
  name: string;
  description: string;
}

export interface DemoResource {
  slug: string;
  /** A DemoType slug. */
  type: string;
  title: string;
  /** Plain text shown in listings. */
  summary: string;
  /** Markdown: headings (##), lists, links, emphasis. */
  body: string;
  /** DemoTopic slugs. */
  topics: string[];
  language: 'en' | 'es';
  audience: 'practitioners' | 'community' | 'advocates';
  /** YYYY-MM-DD, the publication date readers see. */
  publishedOn: string;
  updatedOn?: string;
  /** ISO instant it went up on the site; decides "Latest Items" order. */
  postedAt: string;
  authors?: string[];
  series?: { slug: string; title: string; part: number; of: number };
  translationOf?: string;
  supersedes?: string[];
  /** Downloads: the seed writes each one a small PDF of its own (demo-pdf.ts), so no size here. */
  attachments?: DemoAttachment[];
  /** Project slugs this resource belongs to. */
  projects?: string[];
}

export interface DemoAttachment {
  filename: string;
  title: string;
}

export interface DemoProject {
  slug: string;
  name: string;
  summary: string;
  body: string;
  /** The name and description on Spanish pages (projects.name_es / summary_es). */
  nameEs?: string;
  summaryEs?: string;
}

export interface DemoStatement {
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedOn: string;
}

export interface DemoPage {
  slug: string;
  title: string;
  summary: string;
  body: string;
}
