// The demo site as tests read it: demo/site.jsonl (interchange v2) turned into plain lists, so a
// route test computes its expectations from the same data the seed imports.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The demo site's file and the folder beside it that holds its PDFs and images. */
export const DEMO_FILE = path.join(ROOT, 'demo', 'site.jsonl');
/**
 * The tiny shared dataset for route tests that need a site but not the whole demo: nine of the
 * demo's resources (a translation pair, a supersession pair, a series, old and reviewed advisories)
 * with the demo's taxonomy, pages and settings. `createTestEnv(dialect, { dataset: 'tiny' })`.
 */
export const TINY_FILE = path.join(ROOT, 'test', 'fixtures', 'tiny', 'site.jsonl');

type Rec = Record<string, any>;
const readRecords = (file: string): Rec[] => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const records = readRecords(DEMO_FILE);
const ofKind = (kind: string) => records.filter((r) => r.kind === kind);
const orUndefined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
const listOrUndefined = <T>(v: T[]): T[] | undefined => (v.length ? v : undefined);

export interface DemoAttachment {
  filename: string;
  title: string;
  /** The file in demo/, its size and the text stored for search. */
  file: string;
  bytes: number;
  text: string | null;
}

export interface DemoResource {
  slug: string;
  type: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  language: 'en' | 'es';
  audience: 'practitioners' | 'community' | 'advocates';
  publishedOn: string;
  updatedOn?: string;
  postedAt: string;
  /** Author names, in order; `bylines` adds each one's affiliation. */
  authors?: string[];
  bylines?: { name: string; affiliation: string | null }[];
  reviewedOn?: string;
  updates?: { on: string; note: string }[];
  series?: { slug: string; title: string; part: number; of: number };
  translationOf?: string;
  supersedes?: string[];
  attachments?: DemoAttachment[];
  projects?: string[];
}

const seriesTitles = new Map(ofKind('series').map((s) => [s.slug as string, s.title as string]));

/** A site file's resources, in the file's order (the order of their ids). */
const resourcesOf = (all: Rec[]): DemoResource[] => all.filter((r) => r.kind === 'resource').map((r) => ({
  slug: r.slug, type: r.type, title: r.title, summary: r.summary, body: r.body, topics: r.topics, language: r.language,
  audience: r.audience, publishedOn: r.publishedOn, updatedOn: orUndefined(r.updatedOn), postedAt: r.postedAt,
  authors: listOrUndefined(r.authors.map((a: Rec) => a.name)),
  bylines: listOrUndefined(r.authors),
  reviewedOn: orUndefined(r.reviewedOn),
  updates: listOrUndefined(r.updates),
  series: r.series ? { slug: r.series, title: seriesTitles.get(r.series)!, part: r.seriesPart, of: r.seriesOf } : undefined,
  translationOf: orUndefined(r.translationOf), supersedes: listOrUndefined(r.supersedes),
  attachments: listOrUndefined(r.attachments.map((a: Rec) => ({
    filename: a.filename, title: a.title, file: path.join(ROOT, 'demo', a.file), bytes: a.bytes, text: a.text,
  }))),
  projects: listOrUndefined(r.projects),
}));

/** Every demo resource, in the file's order (the order of their ids). */
export const demoResources: DemoResource[] = resourcesOf(records);
/** The tiny dataset's resources. */
export const tinyResources: DemoResource[] = resourcesOf(readRecords(TINY_FILE));

/** Resource types, in the order the library's type filter lists them. */
export const demoTypes: { slug: string; name: string; nameEs: string; noticeAfterYears?: number }[] = ofKind('type').map((t) => ({
  slug: t.slug, name: t.name, nameEs: t.nameEs, noticeAfterYears: orUndefined(t.noticeAfterYears),
}));

export const demoTopics: { slug: string; name: string; description: string; nameEs: string; descriptionEs: string }[] = ofKind('topic').map((t) => ({
  slug: t.slug, name: t.name, description: t.description, nameEs: t.nameEs, descriptionEs: t.descriptionEs,
}));

export const demoProjects: { slug: string; name: string; summary: string; body: string; nameEs?: string; summaryEs?: string }[] = ofKind('project').map((p) => ({
  slug: p.slug, name: p.name, summary: p.summary, body: p.body, nameEs: orUndefined(p.nameEs), summaryEs: orUndefined(p.summaryEs),
}));

const statement = ofKind('statement')[0];
export const demoStatement: { slug: string; title: string; summary: string; body: string; publishedOn: string } = {
  slug: statement.slug, title: statement.title, summary: statement.summary, body: statement.body, publishedOn: statement.publishedOn,
};

export const demoPages: { slug: string; title: string; summary: string; body: string }[] = ofKind('page').map((p) => ({
  slug: p.slug, title: p.title, summary: p.summary, body: p.body,
}));

const setting = (key: string): Rec => ofKind('setting').find((s) => s.key === key)!.value;

/** The organization settings document. */
export const demoOrganization = setting('organization') as {
  name: string; shortName: string; tagline: string; taglineEs: string; email: string; phone: string; address: string;
};
const homepage = setting('homepage');
export const demoMission: string = homepage.mission;
export const demoMissionEs: string = homepage.missionEs;
export const demoHeroAlt: string = homepage.heroAlt;
export const demoHeroAltEs: string = homepage.heroAltEs;
export const demoFeatureAlt: string = ofKind('image').find((i) => i.key === 'demo-protest')!.alt;
/** The featured statement's teaser on Spanish pages. */
export const demoStatementTeaserEs: string = ofKind('homepage-feature').find((f) => f.shows === 'statement')!.teaserEs;
