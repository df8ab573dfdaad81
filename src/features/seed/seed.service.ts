import { PRIVATE_FILE_MODE, makePrivateDirSync } from '../../platform/private-files.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/database.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { IMAGE_WIDTHS } from '../media/index.ts';
import { writeSetting } from '../home/index.ts';
import { attachmentsDir, randomKey, removeFiles } from '../uploads/index.ts';
import { IdCache, ensureTopic, ensureType, linkReferences, upsertResource, type ResourceWrite } from '../resources/index.ts';
import { demoFeatureAlt, demoHeroAlt, demoHeroAltEs, demoMission, demoMissionEs, demoOrganization, demoStatementTeaserEs } from './demo/organization.ts';
import { demoPages, demoProjects, demoStatement } from './demo/projects.ts';
import { demoResources } from './demo/resources.ts';
import { demoTopics, demoTypes } from './demo/taxonomy.ts';
import type { DemoResource } from './demo/types.ts';
import { demoAttachmentPdf } from './demo-pdf.ts';

const DEMO_IMAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/demo-images');
const FEATURED_RESOURCE = 'local-policy-interventions-for-protecting-immigrants';

/** True when the database holds no content at all (fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [resources, settings] = await Promise.all([
    db.selectFrom('resources').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('settings').select('key').limit(1).executeTakeFirst(),
  ]);
  return !resources && !settings;
}

type StoredAttachments = Map<string, ResourceWrite['attachments']>;

function toWrite(r: DemoResource, stored: StoredAttachments = new Map()): ResourceWrite {
  return {
    slug: r.slug, type: r.type, title: r.title, summary: r.summary, body: r.body, topics: r.topics,
    language: r.language, audience: r.audience, status: 'published', publishedOn: r.publishedOn,
    updatedOn: r.updatedOn ?? null, postedAt: r.postedAt, authors: r.authors ?? [],
    series: r.series ?? null, translationOf: r.translationOf ?? null, supersedes: r.supersedes ?? [],
    attachments: stored.get(r.slug) ?? [],
  };
}

/**
 * Gives every demo attachment a real file, stored the way uploads are: a small PDF generated from
 * the resource (demo-pdf.ts) under a random name in `$DATA_DIR/attachments`, with its true size.
 * Its search text is the text the generator laid out rather than a pdf.js extraction: it is the
 * same text (demo-pdf.test.ts extracts every demo file with pdf.js to prove it), and extracting 35
 * files would make every seed of every test database markedly slower. The files are written
 * plainly, not through a temporary name like uploads: no row names them until the seed commits.
 */
function storeDemoAttachments(dataDir: string, keys: string[]): StoredAttachments {
  const dir = attachmentsDir(dataDir);
  makePrivateDirSync(dir);
  const stored: StoredAttachments = new Map();
  for (const r of demoResources) {
    if (!r.attachments?.length) continue;
    stored.set(r.slug, r.attachments.map((a) => {
      const pdf = demoAttachmentPdf(r, a);
      const storageKey = `${randomKey()}.pdf`;
      keys.push(storageKey);
      fs.writeFileSync(path.join(dir, storageKey), pdf.data, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return { filename: a.filename, title: a.title, bytes: pdf.data.length, mimeType: 'application/pdf', storageKey, textContent: pdf.text };
    }));
  }
  return stored;
}

/** Copies the bundled demo image variants into `$DATA_DIR/media` under `demo-<name>` keys. */
function installDemoImages(dataDir: string): void {
  const target = path.join(dataDir, 'media');
  makePrivateDirSync(target);
  for (const name of ['hero', 'protest']) {
    for (const width of IMAGE_WIDTHS) {
      const source = path.join(DEMO_IMAGE_DIR, `${name}-${width}.webp`);
      if (!fs.existsSync(source)) continue;
      fs.copyFileSync(source, path.join(target, `demo-${name}-${width}.webp`));
      fs.chmodSync(path.join(target, `demo-${name}-${width}.webp`), PRIVATE_FILE_MODE);
    }
  }
}

/**
 * Writes the demo site (organization, homepage, taxonomy, resources with their attachment files,
 * projects, statement, pages) in one transaction: a failure leaves the database as it was and
 * removes the attachment files written for it.
 */
export async function seedDemo(db: Db, dataDir: string, now: Date = new Date()): Promise<{ resources: number }> {
  installDemoImages(dataDir);
  const stamp = now.toISOString();
  const keys: string[] = [];
  try {
    await writeDemoContent(db, storeDemoAttachments(dataDir, keys), stamp);
  } catch (err) {
    await removeFiles(attachmentsDir(dataDir), keys);
    throw err;
  }
  return { resources: demoResources.length };
}

async function writeDemoContent(db: Db, stored: StoredAttachments, stamp: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const cache = new IdCache();
    for (const [position, t] of demoTypes.entries()) {
      const id = await ensureType(trx, t.slug, cache, t.name);
      await trx.updateTable('resource_types').set({ name: t.name, name_es: t.nameEs, position, notice_after_years: t.noticeAfterYears ?? null }).where('id', '=', id).execute();
    }
    for (const t of demoTopics) {
      const id = await ensureTopic(trx, t.slug, cache, t.name);
      await trx.updateTable('topics').set({ name: t.name, name_es: t.nameEs, description: t.description, description_es: t.descriptionEs }).where('id', '=', id).execute();
    }
    const ids = new Map<string, number>();
    for (const r of demoResources) ids.set(r.slug, (await upsertResource(trx, toWrite(r, stored), stamp, cache)).id);
    for (const r of demoResources) await linkReferences(trx, toWrite(r));

    for (const [position, p] of demoProjects.entries()) {
      const { id } = await trx.insertInto('projects')
        .values({
          slug: p.slug, name: p.name, summary: p.summary, name_es: p.nameEs ?? null, summary_es: p.summaryEs ?? null, body: p.body,
          status: 'published', position, created_at: stamp, updated_at: stamp,
        })
        .returning('id').executeTakeFirstOrThrow();
      const members = demoResources.filter((r) => r.projects?.includes(p.slug)).map((r) => ({ project_id: id, resource_id: ids.get(r.slug)! }));
      if (members.length) await trx.insertInto('project_resources').values(members).execute();
    }
    const statement = await trx.insertInto('statements')
      .values({
        slug: demoStatement.slug, title: demoStatement.title, summary: demoStatement.summary, body: demoStatement.body,
        published_on: demoStatement.publishedOn, status: 'published', created_at: stamp, updated_at: stamp,
      })
      .returning('id').executeTakeFirstOrThrow();
    for (const page of demoPages) {
      await trx.insertInto('pages').values({ ...page, status: 'published', created_at: stamp, updated_at: stamp }).execute();
    }

    const image = (key: string, width: number, height: number, alt: string) =>
      trx.insertInto('media').values({ storage_key: key, mime_type: 'image/webp', width, height, bytes: 0, alt, created_at: stamp })
        .returning('id').executeTakeFirstOrThrow();
    const hero = await image('demo-hero', 1440, 630, demoHeroAlt);
    const protest = await image('demo-protest', 1440, 960, demoFeatureAlt);
    await trx.insertInto('homepage_features').values([
      { position: 0, kind: 'statement', statement_id: statement.id, resource_id: null, teaser: null, teaser_es: demoStatementTeaserEs, media_id: null },
      { position: 1, kind: 'resource', statement_id: null, resource_id: ids.get(FEATURED_RESOURCE) ?? null, teaser: null, media_id: protest.id },
    ]).execute();
    await writeSetting(trx, 'organization', demoOrganization);
    await writeSetting(trx, 'homepage', { heroMediaId: hero.id, heroAlt: demoHeroAlt, mission: demoMission, heroAltEs: demoHeroAltEs, missionEs: demoMissionEs, latestCount: 6 });
    await bumpGeneration(trx);
  });
}
