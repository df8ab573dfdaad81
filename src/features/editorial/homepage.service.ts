import { deleteUnusedMedia } from '../uploads/index.ts';
import { z } from 'zod';
import { bumpGeneration } from '../../db/generation.ts';
import { homepageSchema, type HomepageSettings } from '../home/index.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { ContentRefusal, invalidFields, type FieldTexts } from '../../content/refusal.ts';
import { fieldsErrorFromIssues } from './editorial.errors.ts';
import type { Actor, EditorialDeps } from './editorial.service.ts';
import {
  currentFeatures, mediaExists, projectOrder, publishedIdBySlug, readHomepageDocument, replaceHomepageDocument, setFeature, setMediaAlt,
  setProjectPositions, setProjectSpanish, slugById,
} from './homepage.repo.ts';

const k = (key: MessageKey) => key;
const optionalSlug = z.string().trim().max(120, k('editorial.error.home.slug')).regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, k('editorial.error.home.slug'));
const teaser = z.string().trim().max(500, k('editorial.error.home.teaser.long'));
const latest = k('editorial.error.home.latest');

/** What the homepage curation form edits. Messages are catalog keys (see fieldsErrorFromIssues). */
export const homepageInputSchema = z.object({
  mission: z.string().trim().min(1, k('editorial.error.home.mission.required')).max(1000, k('editorial.error.home.mission.long')),
  heroAlt: z.string().trim().max(300, k('editorial.error.home.alt.long')),
  /** Spanish values shown on /es; empty ones fall back to English there, marked as English. */
  missionEs: z.string().trim().max(1000, k('editorial.error.home.mission.long')).default(''),
  heroAltEs: z.string().trim().max(300, k('editorial.error.home.alt.long')).default(''),
  featuredStatementTeaserEs: teaser.default(''),
  featuredResourceTeaserEs: teaser.default(''),
  projectSpanish: z.array(z.object({
    id: z.number().int().positive(),
    nameEs: z.string().trim().max(300, k('editorial.home.projects.error')),
    summaryEs: z.string().trim().max(2000, k('editorial.home.projects.error')),
  })).max(500, k('editorial.home.projects.error')).default([]),
  latestCount: z.number({ message: latest }).int(latest).min(1, latest).max(24, latest),
  featuredStatement: optionalSlug,
  featuredResource: optionalSlug,
  /** Shown instead of the item's summary on the homepage; empty shows the summary. */
  featuredStatementTeaser: teaser.default(''),
  featuredResourceTeaser: teaser.default(''),
  /** The featured resource's image's alt text. */
  featureAlt: z.string().trim().max(300, k('editorial.error.home.alt.long')).default(''),
  removeFeatureImage: z.boolean().default(false),
  /** Project id → position (smaller first). */
  projectPositions: z.array(z.object({ id: z.number().int().positive(), position: z.number().int().min(0).max(9999) }), { message: k('editorial.home.projects.error') })
    .max(500, k('editorial.home.projects.error')),
});
export type HomepageInput = z.infer<typeof homepageInputSchema>;

/**
 * The homepage document's save counter, kept in the same JSON document as the settings (the public
 * schema ignores it). A document written before counters existed (the seed) is version 0.
 */
const versionSchema = z.object({ version: z.number().int().nonnegative().catch(0).default(0) }).catch({ version: 0 });

/** The version a stored homepage document is at. */
function documentVersion(text: string | undefined): number {
  if (text === undefined) return 0;
  try {
    return versionSchema.parse(JSON.parse(text)).version;
  } catch {
    return 0;
  }
}

/**
 * Someone saved the homepage after this person opened the form: nothing was written. The refusal
 * (`conflict`) carries both versions; its text tells them their choices are kept and a second save
 * replaces the other one.
 */
function homepageConflict(currentVersion: number, expectedVersion: number): ContentRefusal {
  return new ContentRefusal('conflict', { key: 'editorial.home.conflict' }, { currentVersion, expectedVersion });
}

/** The homepage as the curation form shows it. */
export interface HomepageCuration {
  /** Increases with every save; the form carries the one it was opened at. */
  version: number;
  settings: HomepageSettings;
  featuredStatement: string;
  featuredResource: string;
  /** The blocks' own teasers ('' when they show the item's summary). */
  featuredStatementTeaser: string;
  featuredResourceTeaser: string;
  featuredStatementTeaserEs: string;
  featuredResourceTeaserEs: string;
  /** The featured resource block's image, if it has one. */
  featureMediaId: number | null;
  projects: { id: number; slug: string; name: string; summary: string; name_es: string | null; summary_es: string | null; status: string; position: number }[];
}

/** Reads the current curation: settings, featured items (as slugs) with teasers and image, and project order. */
export async function loadHomepageCuration(deps: Pick<EditorialDeps, 'db'>): Promise<HomepageCuration> {
  const { db } = deps;
  const stored = await readHomepageDocument(db);
  let raw: unknown;
  try {
    raw = stored === undefined ? undefined : JSON.parse(stored);
  } catch {
    raw = undefined;
  }
  const parsed = homepageSchema.safeParse(raw);
  const settings = parsed.success ? parsed.data : { heroMediaId: null, heroAlt: '', mission: '', heroAltEs: '', missionEs: '', latestCount: 6 };
  const features = await currentFeatures(db);
  return {
    version: documentVersion(stored),
    settings,
    featuredStatement: (await slugById(db, 'statements', features.statement?.statement_id)) ?? '',
    featuredResource: (await slugById(db, 'resources', features.resource?.resource_id)) ?? '',
    featuredStatementTeaser: features.statement?.teaser ?? '',
    featuredResourceTeaser: features.resource?.teaser ?? '',
    featuredStatementTeaserEs: features.statement?.teaser_es ?? '',
    featuredResourceTeaserEs: features.resource?.teaser_es ?? '',
    featureMediaId: features.resource?.media_id ?? null,
    projects: await projectOrder(db),
  };
}

/** Validated curation input with its featured items resolved to ids. */
interface CheckedHomepage {
  input: HomepageInput;
  statementId: number | null;
  resourceId: number | null;
  heroMediaId: number | null;
  featureMediaId: number | null;
}

/** A new image for the hero or the featured resource: true while it is still to be uploaded, then its media id. */
export interface NewImages {
  hero?: number | boolean;
  feature?: number | boolean;
}

/**
 * Validates curation input without writing anything: featured items must be published, and an
 * image (the current one, or one about to be uploaded when its entry in `images` is true) needs
 * alt text. Throws an `invalid` ContentRefusal keyed by field. (Passing a number or boolean as `images` still
 * means the hero, as before.)
 */
export async function checkHomepage(deps: Pick<EditorialDeps, 'db'>, raw: unknown, images: NewImages | number | boolean = {}): Promise<CheckedHomepage> {
  const fresh: NewImages = typeof images === 'object' ? images : { hero: images };
  const parsed = homepageInputSchema.safeParse(raw);
  if (!parsed.success) throw fieldsErrorFromIssues(parsed.error.issues);
  const input = parsed.data;
  const { db } = deps;
  const current = await loadHomepageCuration(deps);
  const errors: FieldTexts = {};
  const statementId = input.featuredStatement ? await publishedIdBySlug(db, 'statements', input.featuredStatement) : null;
  const resourceId = input.featuredResource ? await publishedIdBySlug(db, 'resources', input.featuredResource) : null;
  if (statementId === undefined) errors.featuredStatement = { key: 'editorial.error.home.statement.unknown', params: { slug: input.featuredStatement } };
  if (resourceId === undefined) errors.featuredResource = { key: 'editorial.error.home.resource.unknown', params: { slug: input.featuredResource } };
  for (const [field, id] of [['hero', fresh.hero], ['featureImage', fresh.feature]] as const) {
    if (typeof id === 'number' && !(await mediaExists(db, id))) errors[field] = { key: 'editorial.error.home.image.gone' };
  }
  const hero = typeof fresh.hero === 'number' ? fresh.hero : current.settings.heroMediaId;
  if ((hero !== null || fresh.hero === true) && !input.heroAlt) errors.heroAlt = { key: 'editorial.error.home.heroAlt.required' };
  const feature = typeof fresh.feature === 'number' ? fresh.feature : input.removeFeatureImage ? null : current.featureMediaId;
  if (fresh.feature !== undefined && fresh.feature !== false && !input.featuredResource) errors.featureImage = { key: 'editorial.error.home.featureImage.resource' };
  if ((feature !== null || fresh.feature === true) && input.featuredResource && !input.featureAlt) errors.featureAlt = { key: 'editorial.error.home.featureAlt.required' };
  const known = new Set(current.projects.map((p) => p.id));
  if ([...input.projectPositions, ...input.projectSpanish].some((p) => !known.has(p.id))) errors.projects = { key: 'editorial.error.home.projects.gone' };
  if (Object.keys(errors).length) throw invalidFields(errors);
  return { input, statementId: statementId ?? null, resourceId: resourceId ?? null, heroMediaId: hero, featureMediaId: feature };
}

/**
 * Saves the homepage curation in one transaction and bumps the content generation, so every
 * node shows the change on its next request. `heroMediaId` replaces the hero image when given,
 * `featureMediaId` the featured resource's image. `expectedVersion` is the version the form was
 * opened at: if anyone saved since, nothing is written and a `conflict` ContentRefusal is thrown (the
 * settings document is replaced first, conditionally, so of two concurrent saves one wins).
 */
export async function saveHomepage(
  deps: EditorialDeps, actor: Actor, raw: unknown, heroMediaId: number | undefined, featureMediaId: number | undefined, expectedVersion: number,
): Promise<{ removedMediaKeys: string[] }> {
  const checked = await checkHomepage(deps, raw, { hero: heroMediaId ?? false, feature: featureMediaId ?? false });
  const { input, statementId, resourceId, heroMediaId: hero, featureMediaId: feature } = checked;
  return deps.db.transaction().execute(async (trx) => {
    const stored = await readHomepageDocument(trx);
    const current = documentVersion(stored);
    if (current !== expectedVersion) throw homepageConflict(current, expectedVersion);
    const replaced = [storedHeroMediaId(stored), (await currentFeatures(trx)).resource?.media_id ?? null]
      .filter((id): id is number => id !== null);
    const settings = {
      heroMediaId: hero, heroAlt: input.heroAlt, mission: input.mission, heroAltEs: input.heroAltEs, missionEs: input.missionEs, latestCount: input.latestCount,
    } satisfies HomepageSettings;
    if (!(await replaceHomepageDocument(trx, stored, JSON.stringify({ ...settings, version: current + 1 })))) {
      throw homepageConflict(documentVersion(await readHomepageDocument(trx)), expectedVersion);
    }
    await setFeature(trx, 'statement', statementId, 0, { teaser: input.featuredStatementTeaser || null, teaserEs: input.featuredStatementTeaserEs || null });
    await setFeature(trx, 'resource', resourceId, 1, { teaser: input.featuredResourceTeaser || null, teaserEs: input.featuredResourceTeaserEs || null, mediaId: feature });
    // The featured block shows the image with the media row's own alt text.
    if (feature !== null && resourceId !== null && input.featureAlt) await setMediaAlt(trx, feature, input.featureAlt);
    await setProjectPositions(trx, input.projectPositions);
    await setProjectSpanish(trx, input.projectSpanish);
    // Images this save replaced or removed go with it; their files after the commit (the caller).
    const removedMediaKeys = await deleteUnusedMedia(trx, replaced, [hero, feature]);
    await deps.audit?.(trx, {
      action: 'homepage.update', userId: actor?.id ?? null, subjectType: 'homepage', subjectId: null,
      detail: {
        featuredStatement: input.featuredStatement || null, featuredResource: input.featuredResource || null, latestCount: input.latestCount,
        heroMediaId: hero, featureMediaId: feature,
      },
    });
    await bumpGeneration(trx);
    return { removedMediaKeys };
  });
}

/** The hero image id a stored homepage document names, or null. */
function storedHeroMediaId(stored: string | undefined): number | null {
  try {
    const parsed = homepageSchema.safeParse(stored === undefined ? undefined : JSON.parse(stored));
    return parsed.success ? parsed.data.heroMediaId : null;
  } catch {
    return null;
  }
}
