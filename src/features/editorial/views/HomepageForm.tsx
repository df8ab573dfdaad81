import type { Translate } from '../../../platform/i18n/index.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../platform/views/form.tsx';
import { ResponsiveImage } from '../../media/index.ts';
import type { MediaRow } from '../../media/index.ts';
import type { FieldErrors } from '../../../platform/forms.ts';
import { formatSize } from '../../uploads/index.ts';
import { Group, Input, TextArea } from './fields.tsx';

/** The curation form's values as typed. */
export interface HomepageFormValues {
  mission: string;
  heroAlt: string;
  latestCount: string;
  featuredStatement: string;
  featuredResource: string;
  featuredStatementTeaser: string;
  featuredResourceTeaser: string;
  featureAlt: string;
  removeFeatureImage: boolean;
  /** Spanish values, edited beside the English ones; empty shows the English value on /es (marked). */
  missionEs: string;
  heroAltEs: string;
  featuredStatementTeaserEs: string;
  featuredResourceTeaserEs: string;
  projectsEs: Record<number, { name: string; summary: string }>;
  positions: Record<number, string>;
  /** The homepage version the form was opened at (after a conflict: the one stored now). */
  version: string;
}

/**
 * The homepage curation screen: hero image, mission, featured items (each with its teaser, the
 * resource with its image), project order, latest count.
 */
export function HomepageForm(props: {
  t: Translate; values: HomepageFormValues; errors: FieldErrors; hero: MediaRow | null; feature: MediaRow | null; done?: string; maxUploadBytes: number;
  /** Why the whole form was refused (someone saved first, or the form is out of date). */
  problem?: string;
  statements: { slug: string; title: string }[]; resources: { slug: string; title: string }[];
  projects: { id: number; name: string; summary: string; status: string }[];
}) {
  const { t, values: v, errors } = props;
  const labels: Record<string, string> = {
    hero: t('editorial.home.hero'), heroAlt: t('editorial.home.heroAlt'), mission: t('editorial.home.mission'),
    featuredStatement: t('editorial.home.statement'), featuredResource: t('editorial.home.resource'),
    latestCount: t('editorial.home.latest'), projects: t('editorial.home.projects'),
    featuredStatementTeaser: t('editorial.home.statement.teaser'), featuredResourceTeaser: t('editorial.home.resource.teaser'),
    featureImage: t('editorial.home.feature.upload'), featureAlt: t('editorial.home.featureAlt'),
    missionEs: t('editorial.home.es.mission'), heroAltEs: t('editorial.home.es.heroAlt'),
    featuredStatementTeaserEs: t('editorial.home.es.statement.teaser'), featuredResourceTeaserEs: t('editorial.home.es.resource.teaser'),
  };
  const esHint = t('editorial.home.es.hint');
  const imageHint = t('editorial.home.hero.hint', { max: formatSize(props.maxUploadBytes) });
  return (
    <>
      <h1>{t('editorial.home.title')}</h1>
      <p class="lead">{t('editorial.home.intro')}</p>
      {props.done ? <Notice kind="success"><p>{props.done} <a href="/">{t('editorial.home.view')}</a></p></Notice> : null}
      {props.problem ? <Notice kind="error" role="alert"><p>{props.problem}</p></Notice> : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form class="form" method="post" action="/admin/homepage" enctype="multipart/form-data" novalidate>
        <CsrfField />
        <input type="hidden" name="version" value={v.version} />
        <Group legend={labels.hero}>
          {props.hero ? <figure class="hero-current"><ResponsiveImage media={props.hero} sizes="20rem" /><figcaption>{t('editorial.home.hero.current')}</figcaption></figure> : null}
          <Input name="hero" type="file" label={t('editorial.home.hero.upload')} accept="image/jpeg,image/png,image/webp" error={errors.hero}
            hint={imageHint} />
          <Input name="heroAlt" label={labels.heroAlt} value={v.heroAlt} error={errors.heroAlt} hint={t('editorial.home.heroAlt.hint')} maxlength={300} />
          <Input name="heroAltEs" label={labels.heroAltEs} value={v.heroAltEs} error={errors.heroAltEs} hint={esHint} maxlength={300} lang="es" />
        </Group>
        <TextArea name="mission" label={labels.mission} value={v.mission} error={errors.mission} rows={4} required />
        <TextArea name="missionEs" label={labels.missionEs} value={v.missionEs} error={errors.missionEs} rows={4} hint={esHint} lang="es" />
        <Group legend={t('editorial.home.featured')}>
          <Input name="featuredStatement" label={labels.featuredStatement} value={v.featuredStatement} error={errors.featuredStatement} list="statement-choices" hint={t('editorial.home.slug.hint')} />
          <datalist id="statement-choices">{props.statements.map((s) => <option value={s.slug}>{s.title}</option>)}</datalist>
          <TextArea name="featuredStatementTeaser" label={labels.featuredStatementTeaser} value={v.featuredStatementTeaser} error={errors.featuredStatementTeaser}
            hint={t('editorial.home.teaser.hint')} rows={3} />
          <TextArea name="featuredStatementTeaserEs" label={labels.featuredStatementTeaserEs} value={v.featuredStatementTeaserEs} error={errors.featuredStatementTeaserEs}
            hint={esHint} rows={3} lang="es" />
          <Input name="featuredResource" label={labels.featuredResource} value={v.featuredResource} error={errors.featuredResource} list="resource-choices" hint={t('editorial.home.slug.hint')} />
          <datalist id="resource-choices">{props.resources.map((r) => <option value={r.slug}>{r.title}</option>)}</datalist>
          <TextArea name="featuredResourceTeaser" label={labels.featuredResourceTeaser} value={v.featuredResourceTeaser} error={errors.featuredResourceTeaser}
            hint={t('editorial.home.teaser.hint')} rows={3} />
          <TextArea name="featuredResourceTeaserEs" label={labels.featuredResourceTeaserEs} value={v.featuredResourceTeaserEs} error={errors.featuredResourceTeaserEs}
            hint={esHint} rows={3} lang="es" />
          {props.feature ? (
            <figure class="hero-current">
              <ResponsiveImage media={props.feature} sizes="20rem" />
              <figcaption>{t('editorial.home.feature.current')}</figcaption>
            </figure>
          ) : null}
          <Input name="featureImage" type="file" label={labels.featureImage} accept="image/jpeg,image/png,image/webp" error={errors.featureImage} hint={imageHint} />
          <Input name="featureAlt" label={labels.featureAlt} value={v.featureAlt} error={errors.featureAlt} hint={t('editorial.home.heroAlt.hint')} maxlength={300} />
          {props.feature ? (
            <p class="field"><label><input type="checkbox" name="removeFeatureImage" value="yes" checked={v.removeFeatureImage} /> {t('editorial.home.feature.remove')}</label></p>
          ) : null}
        </Group>
        <Group legend={labels.projects}>
          {errors.projects ? <p class="field-error" id="f-projects">{errors.projects}</p> : null}
          <p class="fine-print">{t('editorial.home.projects.hint')}</p>
          {props.projects.map((p) => (
            <Input name={`position-${p.id}`} type="number" label={`${p.name}${p.status === 'published' ? '' : ` (${t('editorial.home.projects.hidden')})`}`}
              value={v.positions[p.id] ?? ''} min="0" max="9999" inputmode="numeric" />
          ))}
        </Group>
        <Group legend={t('editorial.home.es.projects')}>
          <p class="fine-print">{esHint}</p>
          {props.projects.map((p) => (
            <div class="project-spanish">
              <Input name={`nameEs-${p.id}`} label={t('editorial.home.es.project.name', { name: p.name })} value={v.projectsEs[p.id]?.name ?? ''} maxlength={300} lang="es" />
              <TextArea name={`summaryEs-${p.id}`} label={t('editorial.home.es.project.summary', { name: p.name })} value={v.projectsEs[p.id]?.summary ?? ''}
                hint={t('editorial.home.es.project.english', { summary: p.summary })} rows={3} lang="es" />
            </div>
          ))}
        </Group>
        <Input name="latestCount" type="number" label={labels.latestCount} value={v.latestCount} error={errors.latestCount} min="1" max="24" inputmode="numeric" />
        <p><button type="submit" class="button">{t('editorial.home.save')}</button></p>
      </form>
    </>
  );
}
