import type { Db } from '../../db/database.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { localized } from '../../platform/i18n/localized.ts';
import { localName, localNameLang } from '../topics/index.ts';

export interface FeatureBlock {
  position: number;
  kind: 'statement' | 'resource';
  slug: string;
  title: string;
  teaser: string;
  /** The language the teaser is in: English where no Spanish teaser was written (on /es). */
  teaserLang: string;
  /** The resource's type in the reader's language; `typeLang` is the language it is in. */
  typeName: string | null;
  typeLang: string | null;
  media: { id: number; storage_key: string; width: number; height: number; alt: string; mime_type: string } | null;
}

/**
 * The homepage's featured blocks in order, each joined to its published item and image.
 * A block whose item is unpublished disappears rather than showing a dead link. Type names are
 * in `locale` (Spanish on /es pages when set).
 */
export async function listFeatureBlocks(db: Db, locale: Locale = 'en'): Promise<FeatureBlock[]> {
  const rows = await db
    .selectFrom('homepage_features as f')
    .leftJoin('statements as s', (j) => j.onRef('s.id', '=', 'f.statement_id').on('s.status', '=', 'published'))
    .leftJoin('resources as r', (j) => j.onRef('r.id', '=', 'f.resource_id').on('r.status', '=', 'published'))
    .leftJoin('resource_types as rt', 'rt.id', 'r.type_id')
    .leftJoin('media as m', 'm.id', 'f.media_id')
    .select([
      'f.position', 'f.kind', 'f.teaser', 'f.teaser_es',
      's.slug as s_slug', 's.title as s_title', 's.summary as s_summary',
      'r.slug as r_slug', 'r.title as r_title', 'r.summary as r_summary', localName(locale, 'rt').as('type_name'), localNameLang(locale, 'rt').as('type_lang'),
      'm.id as m_id', 'm.storage_key', 'm.width', 'm.height', 'm.alt', 'm.mime_type',
    ])
    .orderBy('f.position').orderBy('f.id')
    .execute();
  const blocks: FeatureBlock[] = [];
  for (const r of rows) {
    const slug = r.kind === 'statement' ? r.s_slug : r.r_slug;
    const title = r.kind === 'statement' ? r.s_title : r.r_title;
    if (!slug || !title) continue;
    const teaser = localized(locale, r.teaser ?? (r.kind === 'statement' ? r.s_summary : r.r_summary) ?? '', r.teaser_es);
    blocks.push({
      position: r.position,
      kind: r.kind,
      slug,
      title,
      teaser: teaser.text,
      teaserLang: teaser.lang,
      typeName: r.kind === 'resource' ? r.type_name : null,
      typeLang: r.kind === 'resource' ? r.type_lang : null,
      media: r.m_id === null || r.storage_key === null
        ? null
        : { id: r.m_id, storage_key: r.storage_key, width: r.width ?? 0, height: r.height ?? 0, alt: r.alt ?? '', mime_type: r.mime_type ?? '' },
    });
  }
  return blocks;
}

/** One media row by id, or undefined. */
export async function findMedia(db: Db, id: number) {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
}
