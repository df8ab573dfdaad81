import { z } from 'zod';
import { bumpGeneration } from '../../lib/content-cache.ts';
import { readSetting, writeSetting } from '../home/settings.repo.ts';
import { homepageSchema, type HomepageSettings } from '../home/settings.schema.ts';
import { FieldsError } from './editorial.errors.ts';
import type { Actor, EditorialDeps } from './editorial.service.ts';
import { currentFeatures, mediaExists, projectOrder, publishedIdBySlug, setFeature, setProjectPositions } from './homepage.repo.ts';
import type { FieldErrors } from './editorial.schema.ts';

const optionalSlug = z.string().trim().max(120).regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'Enter a web address (slug) such as know-your-rights, or leave it empty.');

/** What the homepage curation form edits. */
export const homepageInputSchema = z.object({
  mission: z.string().trim().min(1, 'Enter the mission statement.').max(1000, 'The mission must be at most 1,000 characters.'),
  heroAlt: z.string().trim().max(300, 'The alt text must be at most 300 characters.'),
  latestCount: z.number({ message: 'Enter a number from 1 to 24.' }).int('Enter a whole number from 1 to 24.').min(1, 'Show at least 1 latest item.').max(24, 'Show at most 24 latest items.'),
  featuredStatement: optionalSlug,
  featuredResource: optionalSlug,
  /** Project id → position (smaller first). */
  projectPositions: z.array(z.object({ id: z.number().int().positive(), position: z.number().int().min(0).max(9999) })).max(500),
});
export type HomepageInput = z.infer<typeof homepageInputSchema>;

/** The homepage as the curation form shows it. */
export interface HomepageCuration {
  settings: HomepageSettings;
  featuredStatement: string;
  featuredResource: string;
  projects: { id: number; slug: string; name: string; status: string; position: number }[];
}

/** Reads the current curation: settings, featured items (as slugs) and project order. */
export async function loadHomepageCuration(deps: Pick<EditorialDeps, 'db'>): Promise<HomepageCuration> {
  const { db } = deps;
  const parsed = homepageSchema.safeParse(await readSetting(db, 'homepage'));
  const settings = parsed.success ? parsed.data : { heroMediaId: null, heroAlt: '', mission: '', latestCount: 6 };
  const features = await currentFeatures(db);
  const slugOf = async (table: 'statements' | 'resources', id: number | null | undefined) =>
    id ? (await db.selectFrom(table).select('slug').where('id', '=', id).executeTakeFirst())?.slug ?? '' : '';
  return {
    settings,
    featuredStatement: await slugOf('statements', features.statement?.statement_id),
    featuredResource: await slugOf('resources', features.resource?.resource_id),
    projects: await projectOrder(db),
  };
}

/** Validated curation input with its featured items resolved to ids. */
interface CheckedHomepage {
  input: HomepageInput;
  statementId: number | null;
  resourceId: number | null;
  heroMediaId: number | null;
}

/**
 * Validates curation input without writing anything: featured items must be published, and a
 * hero image (the current one, or one about to be uploaded when `newHero` is true) needs alt text.
 * Throws a FieldsError keyed by field.
 */
export async function checkHomepage(deps: Pick<EditorialDeps, 'db'>, raw: unknown, newHero: number | boolean = false): Promise<CheckedHomepage> {
  const parsed = homepageInputSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    throw new FieldsError(errors);
  }
  const input = parsed.data;
  const { db } = deps;
  const current = await loadHomepageCuration(deps);
  const errors: FieldErrors = {};
  const statementId = input.featuredStatement ? await publishedIdBySlug(db, 'statements', input.featuredStatement) : null;
  const resourceId = input.featuredResource ? await publishedIdBySlug(db, 'resources', input.featuredResource) : null;
  if (statementId === undefined) errors.featuredStatement = `There is no published statement "${input.featuredStatement}".`;
  if (resourceId === undefined) errors.featuredResource = `There is no published resource "${input.featuredResource}".`;
  if (typeof newHero === 'number' && !(await mediaExists(db, newHero))) errors.hero = 'That image is not available.';
  const hero = typeof newHero === 'number' ? newHero : current.settings.heroMediaId;
  if ((hero !== null || newHero === true) && !input.heroAlt) errors.heroAlt = 'Describe the hero image: people who cannot see it hear or read this text.';
  const known = new Set(current.projects.map((p) => p.id));
  if (input.projectPositions.some((p) => !known.has(p.id))) errors.projects = 'A project in the list no longer exists. Reload the page.';
  if (Object.keys(errors).length) throw new FieldsError(errors);
  return { input, statementId: statementId ?? null, resourceId: resourceId ?? null, heroMediaId: hero };
}

/**
 * Saves the homepage curation in one transaction and bumps the content generation, so every
 * node shows the change on its next request. `heroMediaId` replaces the hero image when given.
 */
export async function saveHomepage(deps: EditorialDeps, actor: Actor, raw: unknown, heroMediaId?: number): Promise<void> {
  const { input, statementId, resourceId, heroMediaId: hero } = await checkHomepage(deps, raw, heroMediaId ?? false);
  await deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, 'homepage', { heroMediaId: hero, heroAlt: input.heroAlt, mission: input.mission, latestCount: input.latestCount } satisfies HomepageSettings);
    await setFeature(trx, 'statement', statementId, 0);
    await setFeature(trx, 'resource', resourceId, 1);
    await setProjectPositions(trx, input.projectPositions);
    await deps.audit?.(trx, {
      action: 'homepage.update', userId: actor?.id ?? null, subjectType: 'homepage', subjectId: null,
      detail: { featuredStatement: input.featuredStatement || null, featuredResource: input.featuredResource || null, latestCount: input.latestCount, heroMediaId: hero },
    });
    await bumpGeneration(trx);
  });
}
