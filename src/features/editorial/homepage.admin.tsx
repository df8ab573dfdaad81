import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { readFormData } from '../../platform/forms.ts';
import { authorize } from '../admin/index.ts';
import { findMedia } from '../home/index.ts';
import type { MediaRow } from '../media/index.ts';
import { discardImage, removeMediaFiles, storeImageUpload } from '../uploads/index.ts';
import type { Upload } from '../uploads/index.ts';
import { invalidFields, refused } from '../../content/refusal.ts';
import { readUploads } from './editorial.form.ts';
import { currentUser, doneMessage, editorialDeps } from './editorial.http.ts';
import type { FieldErrors } from '../../platform/forms.ts';
import { recentResourceChoices, statementChoices } from './homepage.repo.ts';
import { checkHomepage, loadHomepageCuration, saveHomepage, type HomepageCuration } from './homepage.service.ts';
import { HomepageForm, type HomepageFormValues } from './views/HomepageForm.tsx';

function valuesOf(cur: HomepageCuration, featureAlt: string): HomepageFormValues {
  return {
    mission: cur.settings.mission, heroAlt: cur.settings.heroAlt, latestCount: String(cur.settings.latestCount),
    missionEs: cur.settings.missionEs, heroAltEs: cur.settings.heroAltEs,
    featuredStatementTeaserEs: cur.featuredStatementTeaserEs, featuredResourceTeaserEs: cur.featuredResourceTeaserEs,
    projectsEs: Object.fromEntries(cur.projects.map((p) => [p.id, { name: p.name_es ?? '', summary: p.summary_es ?? '' }])),
    featuredStatement: cur.featuredStatement, featuredResource: cur.featuredResource,
    featuredStatementTeaser: cur.featuredStatementTeaser, featuredResourceTeaser: cur.featuredResourceTeaser, featureAlt, removeFeatureImage: false,
    positions: Object.fromEntries(cur.projects.map((p) => [p.id, String(p.position)])),
    version: String(cur.version),
  };
}

const num = (v: string) => (/^\s*\d{1,4}\s*$/.test(v) ? Number(v) : Number.NaN);

/**
 * Homepage curation for editors: hero image and its alt text, mission, featured statement and
 * resource with their teasers and the resource's image, project order and how many latest items
 * to show. Saving bumps the content generation, so the homepage on every node shows the change
 * on its next request.
 */
export function homepageAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  const { db, config, clock } = site.deps;
  app.use('/admin/homepage', authorize('homepage.curate'));

  const page = async (c: AppContext, values?: HomepageFormValues, errors: FieldErrors = {}, status: ContentfulStatusCode = 200, problem?: string) => {
    const t = c.get('t');
    const cur = await loadHomepageCuration(site.deps);
    const [hero, feature, statements, resources] = await Promise.all([
      cur.settings.heroMediaId ? findMedia(db, cur.settings.heroMediaId) : Promise.resolve(undefined),
      cur.featureMediaId ? findMedia(db, cur.featureMediaId) : Promise.resolve(undefined),
      statementChoices(db), recentResourceChoices(db),
    ]);
    return adminPage(c, site, t('editorial.home.title'), (
      <HomepageForm t={t} values={values ?? valuesOf(cur, feature?.alt ?? '')} errors={errors} hero={hero ?? null} feature={feature ?? null}
        done={values ? undefined : doneMessage(c)} problem={problem} maxUploadBytes={config.uploadMaxBytes} statements={statements} resources={resources} projects={cur.projects} />
    ), status);
  };

  app.get('/admin/homepage', (c) => page(c));

  app.post('/admin/homepage', async (c) => {
    const t = c.get('t');
    const form = await readFormData(c);
    const text = (name: string) => { const v = form.get(name); return typeof v === 'string' ? v.slice(0, 5000) : ''; };
    const cur = await loadHomepageCuration(site.deps);
    const values: HomepageFormValues = {
      mission: text('mission'), heroAlt: text('heroAlt'), latestCount: text('latestCount'),
      missionEs: text('missionEs'), heroAltEs: text('heroAltEs'),
      featuredStatementTeaserEs: text('featuredStatementTeaserEs'), featuredResourceTeaserEs: text('featuredResourceTeaserEs'),
      projectsEs: Object.fromEntries(cur.projects.map((p) => [p.id, { name: text(`nameEs-${p.id}`), summary: text(`summaryEs-${p.id}`) }])),
      featuredStatement: text('featuredStatement').trim(), featuredResource: text('featuredResource').trim(),
      featuredStatementTeaser: text('featuredStatementTeaser'), featuredResourceTeaser: text('featuredResourceTeaser'),
      featureAlt: text('featureAlt'), removeFeatureImage: form.get('removeFeatureImage') === 'yes',
      positions: Object.fromEntries(cur.projects.map((p) => [p.id, text(`position-${p.id}`)])),
      version: text('version'),
    };
    const version = /^\d{1,9}$/.test(values.version) ? Number(values.version) : null;
    // Without the version it was opened at, a save could silently undo someone else's.
    if (version === null) return page(c, { ...values, version: String(cur.version) }, {}, 400, t('editorial.home.version'));
    const input = {
      mission: values.mission, heroAlt: values.heroAlt, latestCount: num(values.latestCount),
      missionEs: values.missionEs, heroAltEs: values.heroAltEs,
      featuredStatementTeaserEs: values.featuredStatementTeaserEs, featuredResourceTeaserEs: values.featuredResourceTeaserEs,
      // Only the projects whose Spanish fields were in the form (a project added since keeps its own).
      projectSpanish: cur.projects.filter((p) => form.has(`nameEs-${p.id}`) || form.has(`summaryEs-${p.id}`))
        .map((p) => ({ id: p.id, nameEs: values.projectsEs[p.id].name, summaryEs: values.projectsEs[p.id].summary })),
      featuredStatement: values.featuredStatement, featuredResource: values.featuredResource,
      featuredStatementTeaser: values.featuredStatementTeaser, featuredResourceTeaser: values.featuredResourceTeaser,
      featureAlt: values.featureAlt, removeFeatureImage: values.removeFeatureImage,
      projectPositions: cur.projects.map((p) => ({ id: p.id, position: values.positions[p.id] === '' ? p.position : num(values.positions[p.id]) })),
    };
    if (input.projectPositions.some((p) => Number.isNaN(p.position))) return page(c, values, { projects: t('editorial.home.projects.error') }, 400);
    const [hero] = await readUploads(form, 'hero');
    const [featureImage] = await readUploads(form, 'featureImage');
    const storage = { db, clock, dataDir: config.dataDir, maxBytes: config.uploadMaxBytes };
    const stored: MediaRow[] = [];
    /** Stores one image; a refusal names the form field it belongs to. */
    const store = async (upload: Upload, alt: string, fields: { file: string; alt: string }) => {
      try {
        const media = await storeImageUpload(storage, upload, alt);
        stored.push(media);
        return media.id;
      } catch (err) {
        if (err instanceof AppError && (err.status === 400 || err.status === 413 || err.status === 415)) {
          throw invalidFields({ [err.details.field === 'alt' ? fields.alt : fields.file]: err.text ?? { key: 'editorial.error.invalid' } });
        }
        throw err;
      }
    };
    try {
      // Everything is checked before an image is stored, so a refused form leaves no stray image.
      await checkHomepage(site.deps, input, { hero: Boolean(hero), feature: Boolean(featureImage) });
      const heroId = hero ? await store(hero, values.heroAlt, { file: 'hero', alt: 'heroAlt' }) : undefined;
      const featureId = featureImage ? await store(featureImage, values.featureAlt, { file: 'featureImage', alt: 'featureAlt' }) : undefined;
      const { removedMediaKeys } = await saveHomepage(editorialDeps(c, site), currentUser(c), input, heroId, featureId, version);
      // Committed: the images it replaced are no longer used by anything.
      await removeMediaFiles(config.dataDir, removedMediaKeys);
    } catch (err) {
      // A second image refused, or the save failed: the images stored for this form go again.
      for (const media of stored) await discardImage(storage, media);
      if (refused(err, 'invalid')) return page(c, values, err.fieldMessages(t), 400);
      // Their choices stay in the form, now at the stored version: saving again replaces the other save.
      if (refused(err, 'conflict')) {
        return page(c, { ...values, version: String(err.currentVersion) }, {}, 409, t('editorial.home.conflict'));
      }
      throw err;
    }
    return c.redirect('/admin/homepage?done=homepage', 303);
  });

  return app;
}
