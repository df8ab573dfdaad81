import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { byCodePoint } from '../../db/engine.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { byLocalName, localName, localNameLang } from '../topics/index.ts';
import { authoritiesOfResource, type ResourceAuthority } from '../authorities/index.ts';
import type { AttachmentRow, ResourceRow } from './resources.table.ts';

export interface ResourceRef {
  slug: string;
  title: string;
  language: string;
  published_on: string;
  /** The last substantive revision (`YYYY-MM-DD`), when there was one after publication. */
  updated_on?: string | null;
}

export interface ResourceDetail {
  resource: ResourceRow;
  /** Type and topic names are in the reader's language (see localName); `lang` says which one. */
  type: { slug: string; name: string; lang: string; notice_after_years: number | null };
  topics: { slug: string; name: string; lang: string }[];
  /** Byline order; the affiliation is the one this resource credits (null: none). */
  authors: ResourceAuthorCredit[];
  /** What changed and when, in the order staff listed them. */
  updates: { on: string; note: string }[];
  attachments: AttachmentRow[];
  series: { slug: string; title: string; parts: number | null; members: (ResourceRef & { part: number | null })[] } | null;
  /** The original, when this resource is a translation. */
  original: ResourceRef | null;
  /** Other language versions (of the original, or of this resource), excluding this one. */
  translations: ResourceRef[];
  supersedes: ResourceRef[];
  supersededBy: ResourceRef[];
  projects: { slug: string; name: string }[];
  /** What it cites, in order of first citation; only a published resource has them (see docs/authorities.md). */
  authorities: ResourceAuthority[];
}

/** An author as a resource credits them. */
export interface ResourceAuthorCredit {
  name: string;
  affiliation: string | null;
}

const refColumns = ['slug', 'title', 'language', 'published_on', 'updated_on'] as const;

/**
 * A published resource with everything its page shows, or undefined. Drafts never come back.
 * `locale` picks the language of type and topic names (Spanish names on /es pages, when set).
 */
export async function findPublishedResource(db: Db, slug: string, locale: Locale = 'en'): Promise<ResourceDetail | undefined> {
  const resource = await db.selectFrom('resources').selectAll().where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst();
  return resource ? loadResourceDetail(db, resource, locale) : undefined;
}

/**
 * Everything a resource's page shows beside the row itself. Related items (series parts,
 * translations, supersession, projects) are published ones only, so no link leads to a page that
 * is not there; the resource itself is always listed among its series' parts, so a draft's
 * private preview shows where it will sit.
 */
export async function loadResourceDetail(db: Db, resource: ResourceRow, locale: Locale = 'en'): Promise<ResourceDetail> {
  const id = resource.id;
  const originalId = resource.translation_of_id;
  const [type, topics, authors, attachments, original, translations, supersedes, supersededBy, projects, series, authorities, updates] = await Promise.all([
    db.selectFrom('resource_types').select(['slug', 'notice_after_years', localName(locale, 'resource_types').as('name'), localNameLang(locale, 'resource_types').as('lang')])
      .where('id', '=', resource.type_id).executeTakeFirstOrThrow(),
    db.selectFrom('resource_topics').innerJoin('topics', 'topics.id', 'resource_topics.topic_id')
      .select(['topics.slug', localName(locale, 'topics').as('name'), localNameLang(locale, 'topics').as('lang')])
      .where('resource_topics.resource_id', '=', id).orderBy(byLocalName(db, locale, 'topics')).orderBy('topics.id').execute(),
    db.selectFrom('resource_authors').innerJoin('authors', 'authors.id', 'resource_authors.author_id')
      .select(['authors.name', 'resource_authors.affiliation']).where('resource_authors.resource_id', '=', id)
      .orderBy('resource_authors.position').orderBy('authors.id').execute(),
    db.selectFrom('attachments').selectAll().where('resource_id', '=', id).orderBy('position').orderBy('id').execute(),
    originalId === null
      ? Promise.resolve(undefined)
      : db.selectFrom('resources').select(refColumns).where('id', '=', originalId).where('status', '=', 'published').executeTakeFirst(),
    db.selectFrom('resources').select(refColumns)
      .where('status', '=', 'published').where('id', '!=', id)
      .where((eb) => (originalId === null
        ? eb('translation_of_id', '=', id)
        : eb.or([eb('translation_of_id', '=', originalId), eb('id', '=', originalId)])))
      .orderBy(byCodePoint(db, 'language')).orderBy('id').execute(),
    db.selectFrom('resource_supersedes').innerJoin('resources', 'resources.id', 'resource_supersedes.superseded_id')
      .select(['resources.slug', 'resources.title', 'resources.language', 'resources.published_on'])
      .where('resource_supersedes.resource_id', '=', id).where('resources.status', '=', 'published')
      .orderBy('resources.published_on', 'desc').orderBy('resources.id', 'desc').execute(),
    db.selectFrom('resource_supersedes').innerJoin('resources', 'resources.id', 'resource_supersedes.resource_id')
      .select(['resources.slug', 'resources.title', 'resources.language', 'resources.published_on'])
      .where('resource_supersedes.superseded_id', '=', id).where('resources.status', '=', 'published')
      .orderBy('resources.published_on', 'desc').orderBy('resources.id', 'desc').execute(),
    db.selectFrom('project_resources').innerJoin('projects', 'projects.id', 'project_resources.project_id')
      .select(['projects.slug', 'projects.name']).where('project_resources.resource_id', '=', id).where('projects.status', '=', 'published')
      .orderBy('projects.position').orderBy('projects.id').execute(),
    resource.series_id === null ? Promise.resolve(null) : loadSeries(db, resource.series_id, id),
    authoritiesOfResource(db, id),
    db.selectFrom('resource_updates').select(['noted_on as on', 'note']).where('resource_id', '=', id).orderBy('position').orderBy('id').execute(),
  ]);
  return {
    resource, type, topics, authors, updates, attachments,
    original: original ?? null,
    translations: originalId === null ? translations : translations.filter((t) => t.slug !== original?.slug),
    supersedes, supersededBy, projects, series, authorities,
  };
}

async function loadSeries(db: Db, seriesId: number, selfId: number) {
  const series = await db.selectFrom('series').select(['slug', 'title', 'parts']).where('id', '=', seriesId).executeTakeFirst();
  if (!series) return null;
  const members = await db.selectFrom('resources')
    .select([...refColumns, 'series_part as part'])
    .where('series_id', '=', seriesId)
    .where((eb) => eb.or([eb('status', '=', 'published'), eb('id', '=', selfId)]))
    .orderBy(sql`coalesce(series_part, 0)`).orderBy('id').execute();
  return { ...series, members };
}

/** A stored attachment of a published resource, for download. */
export async function findPublishedAttachment(db: Db, resourceSlug: string, attachmentId: number) {
  return db.selectFrom('attachments').innerJoin('resources', 'resources.id', 'attachments.resource_id')
    .select(['attachments.id', 'attachments.filename', 'attachments.mime_type', 'attachments.storage_key', 'attachments.bytes'])
    .where('resources.slug', '=', resourceSlug).where('resources.status', '=', 'published').where('attachments.id', '=', attachmentId)
    .executeTakeFirst();
}

/** All resource types in display order, named in the reader's language (Spanish names on /es when set). */
export async function listTypes(db: Db, locale: Locale = 'en') {
  return db.selectFrom('resource_types')
    .select(['id', 'slug', localName(locale, 'resource_types').as('name'), localNameLang(locale, 'resource_types').as('lang')])
    .orderBy('position').orderBy(byLocalName(db, locale, 'resource_types')).orderBy('id').execute();
}

/** Languages that published resources are written in, most common first. */
export async function listLanguages(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('resources').select(['language', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'published').groupBy('language').orderBy(sql`count(*)`, 'desc').orderBy(byCodePoint(db, 'language')).execute();
  return rows.map((r) => r.language);
}
